import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { longDate, mediumDate } from '../../src/text/dates.ts';

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
