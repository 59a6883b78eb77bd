import { DateTime } from 'luxon';
import type { Meeting } from '../model/types.ts';

/**
 * Dates for feeds, calendars and open data, taken from the content only, so
 * that two builds of the same archive are identical byte for byte. A meeting
 * is "published" on its date and "updated" when its minutes were approved.
 */
export function meetingUpdatedDate(meeting: Meeting): string {
  const approved = meeting.status === 'approved' ? meeting.approvedAt?.date : undefined;
  return approved && approved > meeting.date ? approved : meeting.date;
}

/** Midnight at the start of a day in the site's time zone, as RFC 3339 (`2025-09-08T00:00:00+01:00`). */
export function startOfDay(isoDate: string, timeZone: string): string {
  return DateTime.fromISO(isoDate, { zone: timeZone }).startOf('day').toISO({ suppressMilliseconds: true })!;
}

/** A local date and time in the site's time zone, as RFC 3339 with its offset. */
export function localDateTime(isoDate: string, time: string, timeZone: string): string {
  return DateTime.fromISO(`${isoDate}T${time}`, { zone: timeZone }).toISO({ suppressMilliseconds: true })!;
}

/** The latest of some ISO dates (the archive's "last changed" date), or undefined for none. */
export function latest(dates: string[]): string | undefined {
  return dates.reduce<string | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);
}
