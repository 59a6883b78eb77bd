import { DateTime } from 'luxon';
import type { Board, Meeting } from '../model/types.ts';
import { Urls } from '../pages/urls.ts';
import { clockTime } from '../text/dates.ts';
import { zonedDateTime } from './content-dates.ts';
import { counted } from '../text/counted.ts';
import { icsLines, icsText } from './icalendar-text.ts';
import type { OutputContext } from './output-context.ts';
import { OutputPaths } from '../pages/output-paths.ts';

/**
 * The United Kingdom's rules since 1996: British Summer Time from 01:00 UTC
 * on the last Sunday of March to 01:00 UTC on the last Sunday of October.
 */
const EUROPE_LONDON = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * An iCalendar file (RFC 5545) of the meetings of one board, or of every
 * board. Meetings with a start time are timed events in Europe/London;
 * meetings whose minutes give no start time are all-day events.
 */
export function meetingsCalendar(output: OutputContext, board?: Board): string {
  return meetingsCalendarBytes(output, board).toString('utf8');
}

/** The calendar of `meetingsCalendar` as UTF-8, put together from each meeting's kept event without decoding it. */
export function meetingsCalendarBytes(output: OutputContext, board?: Board): Buffer {
  const { site } = output;
  const meetings = board ? output.meetingsOf(board.id) : output.archive.meetings;
  const name = board ? `Meetings of the ${board.name}` : `Meetings of ${site.authority}`;
  const london = site.timeZone === 'Europe/London';
  // Each meeting's event is kept as a part (output-context.ts): the same in a board's calendar as in the whole archive's.
  const events = output.meetingParts(
    'meetings.ics',
    (meeting) => icsLines(meetingEvent(output, meeting, london)),
    meetings,
  );
  const head = icsLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Minute Book//${icsText(site.authority)}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${icsText(name)}`,
    `X-WR-CALNAME:${icsText(name)}`,
    `X-WR-TIMEZONE:${icsText(site.timeZone)}`,
    `SOURCE;VALUE=URI:${output.url(board ? OutputPaths.boardCalendar(board.id) : OutputPaths.calendar)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    ...(london && meetings.some((m) => m.start) ? EUROPE_LONDON : []),
  ]);
  return Buffer.concat([Buffer.from(head, 'utf8'), ...events, Buffer.from(icsLines(['END:VCALENDAR']), 'utf8')]);
}

function meetingEvent(output: OutputContext, meeting: Meeting, london: boolean): string[] {
  const { site } = output;
  const board = output.view.board(meeting.boardId);
  const url = output.url(Urls.meeting(meeting.key));
  const decisions = meeting.items.reduce((n, item) => n + item.decisions.length, 0);
  const description = [
    `${meeting.status === 'draft' ? 'Draft minutes' : 'Minutes'}: ${counted(meeting.items.length, 'item')}, ${counted(decisions, 'decision')}.`,
    !meeting.start && meeting.end ? `The meeting ended at ${clockTime(meeting.end)}.` : undefined,
    meeting.partial,
    url,
  ]
    .filter((line): line is string => Boolean(line))
    .join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${icsText(`${meeting.boardId}-${meeting.slug}@${output.address.host}`)}`,
    `DTSTAMP:${output.updated(meeting).replace(/-/g, '')}T000000Z`,
    ...eventTimes(meeting, site.timeZone, london),
    `SUMMARY:${icsText(board.shortName)}`,
    ...(meeting.venue ? [`LOCATION:${icsText(meeting.venue)}`] : []),
    `DESCRIPTION:${icsText(description)}`,
    `URL;VALUE=URI:${url}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

function eventTimes(meeting: Meeting, timeZone: string, london: boolean): string[] {
  const day = meeting.date.replace(/-/g, '');
  if (!meeting.start) {
    const next = DateTime.fromISO(meeting.date, { zone: 'utc' }).plus({ days: 1 }).toFormat('yyyyLLdd');
    return [`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${next}`];
  }
  const endsAfterStart = meeting.end !== undefined && meeting.end > meeting.start;
  const local = (time: string) => `${day}T${time.replace(':', '')}00`;
  const utc = (time: string) => zonedDateTime(meeting.date, time, timeZone).toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'");
  const at = (time: string) => (london ? `;TZID=Europe/London:${local(time)}` : `:${utc(time)}`);
  return [`DTSTART${at(meeting.start)}`, ...(endsAfterStart ? [`DTEND${at(meeting.end!)}`] : [])];
}
