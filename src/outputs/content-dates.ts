import { DateTime } from 'luxon';
import type { ArchiveHistory } from '../history/archive-history.ts';
import type { Meeting } from '../model/types.ts';

/**
 * When a meeting's minutes were published and last updated, for feeds,
 * calendars and OParl. From git when the build has the archive's history:
 * the first and the latest commit of the meeting's file. Without history,
 * from the content: published on the meeting's date, updated when the
 * minutes were approved. A meeting's `published:` field, where the source
 * gives it, is its publication date either way. Never from the clock, so two builds of the same
 * archive are identical byte for byte.
 */
export interface MeetingDates {
  published: string;
  updated: string;
}

export function meetingDates(meeting: Meeting, history: ArchiveHistory | undefined): MeetingDates {
  const commits = history?.files.get(meeting.file)?.commits;
  const dates = commits?.length
    ? { published: commits.at(-1)!.date, updated: commits[0]!.date }
    : { published: meeting.date, updated: meetingUpdatedDate(meeting) };
  // The source's own date of publication, where the minutes say it, wins over git's first commit (an import of old minutes).
  if (meeting.published === undefined) return dates;
  return {
    published: meeting.published,
    updated: dates.updated > meeting.published ? dates.updated : meeting.published,
  };
}

/** The content's own "updated" date: the approving meeting's date, once the minutes are approved. */
export function meetingUpdatedDate(meeting: Meeting): string {
  const approved = meeting.status === 'approved' ? meeting.approvedAt?.date : undefined;
  return approved && approved > meeting.date ? approved : meeting.date;
}

/** Midnight at the start of a day in the site's time zone, as RFC 3339 (`2025-09-08T00:00:00+01:00`). */
export function startOfDay(isoDate: string, timeZone: string): string {
  return localDateTime(isoDate, '00:00', timeZone);
}

// Time zone arithmetic is slow and a large archive asks for the same days many times.
const dateTimes = new Map<string, string>();

/** A local date and time in the site's time zone, as RFC 3339 with its offset. */
export function localDateTime(isoDate: string, time: string, timeZone: string): string {
  const key = `${isoDate}T${time} ${timeZone}`;
  let value = dateTimes.get(key);
  if (value === undefined) {
    value = DateTime.fromISO(`${isoDate}T${time}`, { zone: timeZone }).toISO({ suppressMilliseconds: true })!;
    dateTimes.set(key, value);
  }
  return value;
}

/** The latest of some ISO dates (the archive's "last changed" date), or undefined for none. */
export function latest(dates: string[]): string | undefined {
  return dates.reduce<string | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);
}
