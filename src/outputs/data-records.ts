import type { Attendance, Attendee, Item, Meeting, MeetingDocument, MeetingRef, NameRef } from '../model/types.ts';
import { itemText } from '../model/item-text.ts';
import { Urls } from '../pages/urls.ts';
import { localDateTime } from './content-dates.ts';
import type { OutputContext } from './output-context.ts';
import { OutputPaths } from '../pages/output-paths.ts';

/**
 * The open data records: plain JSON objects built from the model, one shape
 * per file, described by the schemas in `open-data-schema.ts` and documented
 * in docs/open-data.md. Missing values are `null`, never left out, so every
 * record of a kind has the same fields.
 */

export const ATTENDANCE_KINDS: Array<[keyof Attendance, string]> = [
  ['present', 'present'],
  ['substitutes', 'substitute'],
  ['apologies', 'apologies'],
  ['councilBusiness', 'council_business'],
  ['absent', 'absent'],
  ['officers', 'officer'],
  ['others', 'other'],
];

/** The name of an attendance kind as a JSON field: `council_business` becomes `councilBusiness`. */
export function jsonName(kind: string): string {
  return kind.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export interface PersonRefRecord {
  name: string;
  written: string;
  person: string | null;
}

export function personRef(output: OutputContext, ref: NameRef): PersonRefRecord {
  return { name: output.view.personName(ref), written: ref.written, person: ref.personId ?? null };
}

function envelope(output: OutputContext, schemaName: string) {
  const { site } = output;
  return {
    $schema: output.url(OutputPaths.schema(schemaName)),
    publisher: site.authority,
    licence: { name: site.licence.name, url: site.licence.url ?? null },
  };
}

function meetingRef(output: OutputContext, ref: MeetingRef) {
  return {
    date: ref.date,
    meeting: ref.key ?? null,
    url: ref.key ? output.url(Urls.meeting(ref.key) + (ref.itemAnchor ? `#${ref.itemAnchor}` : '')) : null,
  };
}

function documentRecord(output: OutputContext, meeting: Meeting, d: MeetingDocument) {
  const { paper } = d;
  return {
    title: d.title,
    item: d.item ?? null,
    kind: d.kind ?? null,
    size: d.size ?? null,
    link: d.link ?? null,
    file: paper
      ? {
          name: d.file!,
          url: output.url(Urls.paperFile(meeting.key, d.file!)),
          textUrl: paper.text ? output.url(Urls.paperText(meeting.key, d.file!)) : null,
          mediaType: paper.mediaType,
          bytes: paper.bytes,
          sha256: paper.sha256,
          pages: paper.pages ?? null,
        }
      : null,
  };
}

export const PAPER_COLUMNS = [
  'board_id',
  'meeting_date',
  'item_number',
  'title',
  'kind',
  'file_url',
  'text_url',
  'media_type',
  'bytes',
  'sha256',
  'pages',
  'link',
  'meeting_url',
];

/** One row per paper of every meeting, kept or known only by its address: `/data/papers.csv`. */
export function paperRows(output: OutputContext): string[][] {
  return output.archive.meetings.flatMap((m) => meetingPaperRows(output, m));
}

/** One meeting's rows of `/data/papers.csv`. */
export function meetingPaperRows(output: OutputContext, m: Meeting): string[][] {
  return m.documents.map((d) => {
    const record = documentRecord(output, m, d);
    const file = record.file;
    return [
      m.boardId,
      m.date,
      d.item ?? '',
      d.title,
      d.kind ?? '',
      file?.url ?? '',
      file?.textUrl ?? '',
      file?.mediaType ?? '',
      file ? String(file.bytes) : '',
      file?.sha256 ?? '',
      file?.pages != null ? String(file.pages) : '',
      d.link ?? '',
      output.url(Urls.meeting(m.key)),
    ];
  });
}

function attendeeRecord(output: OutputContext, a: Attendee) {
  return {
    ...personRef(output, a),
    role: a.role ?? null,
    note: a.note ?? null,
    substituteFor: a.substituteFor ? personRef(output, a.substituteFor) : null,
  };
}

function itemRecord(output: OutputContext, meeting: Meeting, item: Item) {
  const page = Urls.meeting(meeting.key);
  return {
    number: item.number ?? null,
    title: item.title ?? null,
    anchor: item.anchor,
    position: item.position,
    url: output.url(`${page}#${item.anchor}`),
    text: itemText(item),
    topics: item.topics,
    cutShort: item.cutShort !== undefined,
    fullText: item.cutShort?.link ?? null,
    decisions: item.decisions.map((d) => ({
      id: d.id,
      url: output.url(`${page}#${d.id}`),
      text: d.text,
      parts: d.parts,
    })),
    actions: item.actions.map((a) => ({ owner: personRef(output, a.owner), decisions: a.decisionIds })),
    approves: item.approves,
    documents: item.documents.map((d) => documentRecord(output, meeting, d)),
  };
}

/** One meeting, in full: `/<board-id>/<YYYY-MM-DD>/index.json`. */
export function meetingRecord(output: OutputContext, meeting: Meeting) {
  const board = output.view.board(meeting.boardId);
  const zone = output.site.timeZone;
  return {
    ...envelope(output, 'meeting.json'),
    id: meeting.key,
    url: output.url(Urls.meeting(meeting.key)),
    board: { id: board.id, name: board.name, url: output.url(Urls.board(board.id)) },
    date: meeting.date,
    published: output.published(meeting),
    updated: output.updated(meeting),
    start: meeting.start ?? null,
    end: meeting.end ?? null,
    startsAt: meeting.start ? localDateTime(meeting.date, meeting.start, zone) : null,
    endsAt: meeting.end ? localDateTime(meeting.date, meeting.end, zone) : null,
    venue: meeting.venue ?? null,
    status: meeting.status,
    approvedAt: meeting.approvedAt ? meetingRef(output, meeting.approvedAt) : null,
    approves: meeting.approves.map((r) => meetingRef(output, r)),
    contact: meeting.contact ?? null,
    partial: meeting.partial ?? null,
    topics: meeting.topics,
    attendance: Object.fromEntries(
      ATTENDANCE_KINDS.map(([key]) => [key, meeting.attendance[key].map((a) => attendeeRecord(output, a))]),
    ),
    declarations: meeting.declarations.map((d) => ({
      person: personRef(output, d.who),
      item: d.item ?? null,
      itemUrl: d.itemAnchor ? output.url(`${Urls.meeting(meeting.key)}#${d.itemAnchor}`) : null,
      kind: d.kind ?? null,
      reason: d.reason ?? null,
    })),
    documents: meeting.documents.map((d) => documentRecord(output, meeting, d)),
    items: meeting.items.map((item) => itemRecord(output, meeting, item)),
    source: {
      shape: meeting.source.shape ?? null,
      link: meeting.source.link ?? null,
      taken: meeting.source.taken ?? null,
    },
  };
}

/** Every board, with its members and where to follow it: `/data/boards.json`. */
export function boardsRecord(output: OutputContext) {
  const person = (id: string | undefined) => (id ? { person: id, name: output.view.people.get(id)?.name ?? id } : null);
  return {
    ...envelope(output, 'boards.json'),
    boards: output.archive.boards.map((board) => {
      const meetings = output.meetingsOf(board.id);
      return {
        id: board.id,
        name: board.name,
        shortName: board.shortName,
        purpose: board.purpose ?? null,
        venue: board.venue ?? null,
        url: output.url(Urls.board(board.id)),
        feed: output.url(OutputPaths.boardFeed(board.id)),
        calendar: output.url(OutputPaths.boardCalendar(board.id)),
        standingItems: board.standingItems,
        members: board.members.map((m) => ({
          ...person(m.personId)!,
          role: m.role,
          from: m.from ?? null,
          until: m.until ?? null,
        })),
        leadOfficer: person(board.leadOfficerId),
        portfolioHolder: person(board.portfolioHolderId),
        meetings: meetings.length,
        firstMeeting: meetings[0]?.date ?? null,
        lastMeeting: meetings[meetings.length - 1]?.date ?? null,
      };
    }),
  };
}

/**
 * Every person, their memberships and how often the minutes record them in
 * each way, board by board: `/data/people.json`. `pagePaths` holds the site's
 * pages, so a person's page is linked only when the site has one.
 */
export function peopleRecord(output: OutputContext, pagePaths: Set<string>) {
  // One pass over the meetings: for each person, board by board, how often each kind of attendance is recorded.
  const attendance = new Map<string, Map<string, Record<string, number>>>();
  const declarations = new Map<string, number>();
  // Each kind's field named once, not once for every name recorded (each a replace with a pattern).
  const fields = ATTENDANCE_KINDS.map(([key, kind]) => [key, jsonName(kind)] as const);
  for (const meeting of output.archive.meetings) {
    for (const [key, field] of fields) {
      for (const attendee of meeting.attendance[key]) {
        if (!attendee.personId) continue;
        const boards = attendance.get(attendee.personId) ?? new Map<string, Record<string, number>>();
        const counts = boards.get(meeting.boardId) ?? Object.fromEntries(fields.map(([, name]) => [name, 0]));
        counts[field]! += 1;
        boards.set(meeting.boardId, counts);
        attendance.set(attendee.personId, boards);
      }
    }
    for (const d of meeting.declarations)
      if (d.who.personId) declarations.set(d.who.personId, (declarations.get(d.who.personId) ?? 0) + 1);
  }
  return {
    ...envelope(output, 'people.json'),
    people: output.archive.people.map((person) => {
      const page = `/people/${person.id}/`;
      return {
        id: person.id,
        name: person.name,
        role: person.role ?? null,
        title: person.title ?? null,
        aliases: person.aliases,
        url: pagePaths.has(page) ? output.url(page) : null,
        memberships: output.archive.boards.flatMap((board) =>
          board.members
            .filter((m) => m.personId === person.id)
            .map((m) => ({ board: board.id, role: m.role, from: m.from ?? null, until: m.until ?? null })),
        ),
        attendance: [...(attendance.get(person.id) ?? [])]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([board, c]) => ({ board, ...c })),
        declarations: declarations.get(person.id) ?? 0,
      };
    }),
  };
}

/** A summary of every meeting, oldest first, with links to the full record: `/data/meetings.json`. */
export function meetingsRecord(output: OutputContext) {
  return { ...meetingsEnvelope(output), meetings: output.archive.meetings.map((m) => meetingSummary(output, m)) };
}

/** What `/data/meetings.json` holds besides its meetings. */
export function meetingsEnvelope(output: OutputContext) {
  return envelope(output, 'meetings.json');
}

/** One meeting's entry of `/data/meetings.json`. */
export function meetingSummary(output: OutputContext, m: Meeting) {
  return {
    id: m.key,
    board: m.boardId,
    date: m.date,
    published: output.published(m),
    updated: output.updated(m),
    start: m.start ?? null,
    end: m.end ?? null,
    venue: m.venue ?? null,
    status: m.status,
    partial: m.partial !== undefined,
    items: m.items.length,
    decisions: m.items.reduce((n, i) => n + i.decisions.length, 0),
    topics: m.topics,
    url: output.url(Urls.meeting(m.key)),
    data: output.url(OutputPaths.meetingJson(m.key)),
  };
}

export const DECISION_COLUMNS = [
  'board_id',
  'board_name',
  'meeting_date',
  'minutes_status',
  'item_number',
  'item_title',
  'decision_id',
  'decision_text',
  'decision_url',
  'meeting_data',
];

/** One row per decision (RESOLVED), oldest meeting first: `/data/decisions.csv`. */
export function decisionRows(output: OutputContext): string[][] {
  return output.archive.meetings.flatMap((m) => meetingDecisionRows(output, m));
}

/** One meeting's rows of `/data/decisions.csv`. */
export function meetingDecisionRows(output: OutputContext, m: Meeting): string[][] {
  const board = output.view.board(m.boardId);
  return m.items.flatMap((item) =>
    item.decisions.map((d) => [
      board.id,
      board.name,
      m.date,
      m.status,
      item.number ?? '',
      item.title ?? '',
      d.id,
      d.text,
      output.url(`${Urls.meeting(m.key)}#${d.id}`),
      output.url(OutputPaths.meetingJson(m.key)),
    ]),
  );
}

export const ATTENDANCE_COLUMNS = [
  'board_id',
  'meeting_date',
  'attendance',
  'person_id',
  'name',
  'name_as_written',
  'role',
  'substitute_for',
  'note',
  'meeting_url',
];

/** One row per name in each meeting's attendance: `/data/attendance.csv`. */
export function attendanceRows(output: OutputContext): string[][] {
  return output.archive.meetings.flatMap((m) => meetingAttendanceRows(output, m));
}

/** One meeting's rows of `/data/attendance.csv`. */
export function meetingAttendanceRows(output: OutputContext, m: Meeting): string[][] {
  return ATTENDANCE_KINDS.flatMap(([key, kind]) =>
    m.attendance[key].map((a) => [
      m.boardId,
      m.date,
      kind,
      a.personId ?? '',
      output.view.personName(a),
      a.written,
      a.role ?? '',
      a.substituteFor ? output.view.personName(a.substituteFor) : '',
      a.note ?? '',
      output.url(Urls.meeting(m.key)),
    ]),
  );
}
