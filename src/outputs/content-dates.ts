import { DateTime, Info, type Zone } from 'luxon';
import type { ArchiveHistory } from '../history/archive-history.ts';
import type { Meeting } from '../model/types.ts';
import { isIsoDate, isTimeOfDay } from '../text/dates.ts';

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
    value =
      steadyLocalDateTime(isoDate, time, timeZone) ??
      zonedDateTime(isoDate, time, timeZone).toISO({ suppressMilliseconds: true })!;
    dateTimes.set(key, value);
  }
  return value;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/**
 * A local date and time in a zone, the same whatever day the build runs. Luxon
 * reads a time that the clocks pass twice (the hour they go back) with the
 * offset the zone has on the day it runs, so a build in July and one in
 * December would date such a meeting an hour apart. Here it is always the
 * first occurrence, as iCalendar (RFC 5545) reads it. A time the clocks skip
 * is moved forward past the change, as Luxon does whatever the day.
 */
export function zonedDateTime(isoDate: string, time: string, timeZone: string): DateTime {
  const read = DateTime.fromISO(`${isoDate}T${time}`, { zone: timeZone });
  if (!read.isValid) return read;
  const wall = read.toMillis() + read.offset * MINUTE_MS;
  const offsetAt = (instant: number) => read.zone.offset(instant);
  const fits = (offset: number) => offsetAt(wall - offset * MINUTE_MS) === offset;
  const first = Math.max(...[read.offset, offsetAt(wall - DAY_MS), offsetAt(wall + DAY_MS)].filter(fits));
  return first === read.offset ? read : DateTime.fromMillis(wall - first * MINUTE_MS, { zone: read.zone });
}
const zones = new Map<string, { zone: Zone; offsets: Map<number, number> }>();

/**
 * A local time as Luxon writes it (`2025-09-08T18:00:00+01:00`), when the
 * zone's offset is the same at midnight UTC the day before and two days
 * after: then the time is neither skipped nor repeated by a change of the
 * clocks (the largest offset is 14 hours), and the offset is that one. The
 * offsets at midnight are read once for each day, where parsing and writing
 * each time with Luxon cost about 50 µs: 0.5 s at 10,000 meetings. Anything
 * else (days near a change of the clocks, a fixed zone such as `UTC`, which
 * Luxon writes `Z`, an offset in seconds, a time that is not HH:MM) is left
 * to Luxon: undefined.
 */
function steadyLocalDateTime(isoDate: string, time: string, timeZone: string): string | undefined {
  // Luxon refuses 2025-02-30 and 24:00; so does this, and leaves them to it.
  if (!isIsoDate(isoDate) || !isTimeOfDay(time)) return undefined;
  let known = zones.get(timeZone);
  if (!known) zones.set(timeZone, (known = { zone: Info.normalizeZone(timeZone), offsets: new Map() }));
  const { zone, offsets } = known;
  if (zone.type !== 'iana' || !zone.isValid) return undefined;
  const wall = Date.parse(`${isoDate}T${time}:00Z`);
  const midnight = Math.floor(wall / DAY_MS) * DAY_MS;
  const offsetAt = (instant: number) => {
    let offset = offsets.get(instant);
    if (offset === undefined) offsets.set(instant, (offset = zone.offset(instant)));
    return offset;
  };
  const offset = offsetAt(midnight - DAY_MS);
  if (offset !== offsetAt(midnight + 2 * DAY_MS) || !Number.isInteger(offset)) return undefined;
  const minutes = Math.abs(offset);
  const hh = String(Math.trunc(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${isoDate}T${time}:00${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** The latest of some ISO dates (the archive's "last changed" date), or undefined for none. */
export function latest(dates: string[]): string | undefined {
  return dates.reduce<string | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined);
}
