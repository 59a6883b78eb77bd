import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldLine, icsLines, icsText } from '../../src/outputs/icalendar-text.ts';
import { buildSite } from '../support/build-site.ts';
import { HOSTILE_VENUE, archiveCopy, hostileArchive } from './hostile-archive.ts';

let site: string;
let hostile: string;
const read = (folder: string, file: string) => readFileSync(path.join(folder, file), 'utf8');

beforeAll(async () => {
  const [plain, withHostile] = await Promise.all([
    buildSite({ root: archiveCopy() }),
    buildSite({ root: hostileArchive() }),
  ]);
  for (const build of [plain, withHostile]) expect(build.exitCode, build.stderr).toBe(0);
  site = plain.out;
  hostile = withHostile.out;
});

/** Parses a calendar with ical.js, using the time zones the file itself defines. */
function events(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
}

describe('iCalendar files', () => {
  it('give the 8 September 2025 meeting at 18:30 in Europe/London, which is 17:30 UTC in summer time', () => {
    for (const file of ['meetings.ics', 'cyp/meetings.ics']) {
      const meeting = events(read(site, file)).find((e) => e.uid === 'cyp-2025-09-08@minutes.example.org')!;
      expect(meeting, file).toBeDefined();
      expect(meeting.startDate.zone.tzid).toBe('Europe/London');
      expect(meeting.startDate.toString()).toBe('2025-09-08T18:30:00');
      expect(meeting.startDate.toJSDate().toISOString()).toBe('2025-09-08T17:30:00.000Z');
      expect(meeting.summary).toBe('Children, Young People and Families PPB');
      expect(meeting.location).toBe('Civic Suite, Town Hall, Runcorn');
    }
  });

  it('include a VTIMEZONE for Europe/London that gives GMT in winter', () => {
    const ics = read(hostile, 'meetings.ics');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n');
    const january = events(ics).find((e) => e.uid === 'cyp-2026-01-12@minutes.example.org')!;
    expect(january.startDate.toJSDate().toISOString()).toBe('2026-01-12T10:00:00.000Z');
    expect(january.endDate.toJSDate().toISOString()).toBe('2026-01-12T11:15:00.000Z');
  });

  it('make meetings without a start time all-day events on their date', () => {
    const july = events(read(site, 'cyp/meetings.ics')).find((e) => e.uid === 'cyp-2024-07-15@minutes.example.org')!;
    expect(july.startDate.isDate).toBe(true);
    expect(july.startDate.toString()).toBe('2024-07-15');
    expect(july.endDate.toString()).toBe('2024-07-16');
    expect(july.description).toContain('The meeting ended at 8.30pm.');
  });

  it('have one event per meeting, with stable UIDs and DTSTAMPs taken from the content', () => {
    const ics = read(site, 'cyp/meetings.ics');
    expect(events(ics).map((e) => e.uid)).toEqual([
      'cyp-2024-07-15@minutes.example.org',
      'cyp-2025-01-20@minutes.example.org',
      'cyp-2025-09-08@minutes.example.org',
      'cyp-2025-11-10@minutes.example.org',
    ]);
    // Approved on 9 June 2025: the stamp is the approval, not the build.
    expect(ics).toMatch(/UID:cyp-2025-01-20@minutes\.example\.org\r\nDTSTAMP:20250609T000000Z\r\n/);
  });

  it('use CRLF line endings and fold every line at 75 octets', () => {
    const ics = read(hostile, 'meetings.ics');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  });

  it('escape commas, semicolons, backslashes and line breaks from the content', () => {
    const ics = read(hostile, 'meetings.ics');
    const meeting = events(ics).find((e) => e.uid === 'cyp-2026-01-12@minutes.example.org')!;
    expect(meeting.location).toBe(HOSTILE_VENUE);
    expect(meeting.description.split('\n')[0]).toBe('Draft minutes: 2 items, 2 decisions.');
  });
});

describe('iCalendar text rules', () => {
  it('any text survives escaping and folding: ical.js reads back what was written', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const ics = icsLines([
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'PRODID:-//test//EN',
          'BEGIN:VEVENT',
          'UID:x',
          'DTSTAMP:20250101T000000Z',
          `DESCRIPTION:${icsText(text)}`,
          'END:VEVENT',
          'END:VCALENDAR',
        ]);
        for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
        // Line breaks become \n; control characters, which iCalendar cannot carry, are dropped.
        expect(event.description ?? '').toBe(
          text.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ''),
        );
      }),
    );
  });

  it('escapes TEXT values', () => {
    expect(icsText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'é'.repeat(40)}${'✓'.repeat(30)}x`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((part) => part.startsWith(' ')),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});
