import { DateTime, Settings } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isIsoDate, longDate, mediumDate } from '../../src/text/dates.ts';
import { localDateTime, zonedDateTime } from '../../src/outputs/content-dates.ts';

// Every page shows meetings' dates as UK minutes write them. The names are written by the build itself (Luxon was a
// second of a build at 10,000 meetings); they must stay exactly what Luxon writes in en-GB, which they were before.
describe('dates as the pages show them', () => {
  it('reads as UK minutes write a date', () => {
    expect(longDate('2025-09-08')).toBe('Monday 8 September 2025');
    expect(mediumDate('2025-09-08')).toBe('8 September 2025');
    expect(longDate('2024-02-29')).toBe('Thursday 29 February 2024');
  });

  it('is what Luxon writes in en-GB, for every weekday of two centuries', () => {
    const differ: string[] = [];
    for (let day = Date.UTC(1900, 0, 1); day < Date.UTC(2100, 0, 1); day += 5 * 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      const luxon = DateTime.fromISO(iso, { zone: 'utc' }).setLocale('en-GB');
      if (longDate(iso) !== luxon.toFormat('cccc d LLLL yyyy') || mediumDate(iso) !== luxon.toFormat('d LLLL yyyy'))
        differ.push(iso);
    }
    expect(differ).toEqual([]);
  });

  it('leaves what is not a real date to Luxon, as before', () => {
    expect(longDate('2025-02-30')).toBe('Invalid DateTime');
    expect(mediumDate('0999-01-01')).toBe('1 January 0999');
  });
});

// A meeting's date is refused when it does not exist; counted without Luxon (it cost 50 µs a date), it must refuse
// exactly what Luxon refuses.
describe('which dates are real', () => {
  it('refuses 30 February and 29 February outside leap years, as Luxon does, for ten thousand years', () => {
    const differ: string[] = [];
    for (let year = 0; year <= 9999; year++)
      for (const day of ['01-00', '02-28', '02-29', '02-30', '04-31', '12-31', '13-01', '00-10']) {
        const iso = `${String(year).padStart(4, '0')}-${day}`;
        if (isIsoDate(iso) !== DateTime.fromISO(iso, { zone: 'utc' }).isValid) differ.push(iso);
      }
    expect(differ).toEqual([]);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });
});

// Feeds, calendars and open data give a meeting's start with the site's offset that day. Read without Luxon's parsing
// where the clocks do not change nearby, it must be what Luxon writes, the days the clocks change among them.
describe('local times with their offset', () => {
  /** What Luxon writes for a local time when the build runs on the given day: it differs only in a repeated hour. */
  function luxonOn(runDay: string, iso: string, time: string, zone: string) {
    const now = Settings.now;
    Settings.now = () => Date.parse(runDay);
    try {
      return DateTime.fromISO(`${iso}T${time}`, { zone });
    } finally {
      Settings.now = now;
    }
  }

  it('is what Luxon writes, every day of ten years, in zones with and without summer time, and the first of a repeated hour', () => {
    const differ: string[] = [];
    let repeated = 0;
    for (const zone of ['Europe/London', 'America/St_Johns', 'Pacific/Apia', 'UTC'])
      for (let day = Date.UTC(2020, 0, 1); day < Date.UTC(2030, 0, 1); day += 86_400_000) {
        const iso = new Date(day).toISOString().slice(0, 10);
        for (const time of ['00:00', '01:30', '18:00', '23:59']) {
          const [january, july] = [luxonOn('2026-01-15', iso, time, zone), luxonOn('2026-07-15', iso, time, zone)];
          if (january.offset !== july.offset) repeated++;
          const first = january.offset >= july.offset ? january : july;
          if (localDateTime(iso, time, zone) !== first.toISO({ suppressMilliseconds: true }))
            differ.push(`${iso}T${time} ${zone}`);
        }
      }
    expect(differ).toEqual([]);
    // London's clocks go back at 02:00 BST: 01:30 comes twice each October.
    expect(repeated).toBeGreaterThanOrEqual(10);
  });

  it('moves a time the clocks skip, as Luxon does, and writes UTC as Z', () => {
    expect(localDateTime('2025-09-08', '18:00', 'Europe/London')).toBe('2025-09-08T18:00:00+01:00');
    expect(localDateTime('2025-01-08', '18:00', 'Europe/London')).toBe('2025-01-08T18:00:00+00:00');
    expect(localDateTime('2025-03-30', '01:30', 'Europe/London')).toBe('2025-03-30T02:30:00+01:00');
    expect(localDateTime('2025-09-08', '18:00', 'UTC')).toBe('2025-09-08T18:00:00Z');
  });

  // A meeting in the hour the clocks go back must be dated the same by a build in July and one in December.
  it('reads a time the clocks pass twice as its first occurrence, whatever day the build runs', () => {
    for (const runDay of ['2026-01-15', '2026-07-15']) {
      const now = Settings.now;
      Settings.now = () => Date.parse(runDay);
      try {
        expect(zonedDateTime('2025-10-26', '01:30', 'Europe/London').toISO()).toBe('2025-10-26T01:30:00.000+01:00');
        expect(zonedDateTime('2025-11-02', '01:30', 'America/New_York').toUTC().toISO()).toBe(
          '2025-11-02T05:30:00.000Z',
        );
      } finally {
        Settings.now = now;
      }
    }
  });
});
