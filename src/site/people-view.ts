import { personSearchFields, withoutInitials } from '../pages/search-fields.ts';
import type { Archive, Meeting, Person } from '../model/types.ts';
import { attendanceRecords, boardAttendance, meetingsOf, type AttendanceKind } from '../analysis/attendance.ts';
import { declarationsOf } from '../analysis/registers.ts';
import { longDate, mediumDate } from '../text/dates.ts';
import { withViewMadeWhenRead, type Page, type ViewContext } from '../pages/page.ts';
import { Urls } from '../pages/urls.ts';
import { horizontalBarChart, type BarChart } from './bar-chart.ts';

export interface PeopleView {
  groups: Array<{ label: string; people: Array<{ name: string; href: string; note?: string }> }>;
}

const KIND_LABELS: Record<AttendanceKind, string> = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
  councilBusiness: 'Absent on council business',
  substitute: 'Substitute',
  officer: 'Officer present',
  other: 'In attendance',
};

export interface PersonView {
  name: string;
  title?: string;
  aliases: string[];
  /** The words search finds the person by: their name and other spellings, without initials. */
  searchWords: string;
  roles: Array<{ text: string; boardName: string; boardHref: string }>;
  attendance: Array<{
    boardName: string;
    boardHref: string;
    expected: number;
    rows: Array<{ label: string; count: number }>;
    chart: BarChart;
  }>;
  records: Array<{ dateLabel: string; dateIso: string; href: string; boardName: string; how: string }>;
  declarations: Array<{
    dateLabel: string;
    dateIso: string;
    meetingHref: string;
    itemLabel?: string;
    itemHref?: string;
    kind?: string;
    reason?: string;
  }>;
}

export function peoplePage(context: ViewContext): Page<'people', PeopleView> {
  const byRole = new Map<string, Person[]>();
  for (const person of context.archive.people) {
    const role = person.role ?? 'Other';
    if (!byRole.has(role)) byRole.set(role, []);
    byRole.get(role)!.push(person);
  }
  const groups = [...byRole.entries()]
    .sort(([a], [b]) => (a === 'Councillor' ? -1 : b === 'Councillor' ? 1 : a.localeCompare(b)))
    .map(([role, people]) => ({
      label: role === 'Councillor' ? 'Councillors' : role === 'Officer' ? 'Officers' : role,
      people: [...people]
        .sort((a, b) => sortName(a.name).localeCompare(sortName(b.name), 'en-GB'))
        .map((p) => ({ name: p.name, href: context.href(Urls.person(p.id)), ...(p.title ? { note: p.title } : {}) })),
    }));
  return {
    kind: 'people',
    outputPath: Urls.outputPath(Urls.people),
    frame: {
      title: 'People',
      description:
        'Councillors and officers named in the minutes: their roles, attendance and declarations of interest.',
      path: Urls.people,
      breadcrumbs: [
        { label: 'Home', href: context.href(Urls.home) },
        { label: 'People', href: context.href(Urls.people) },
      ],
      alternates: [],
    },
    view: { groups },
  };
}

/** The words search finds a person by: their names without initials (search-fields.ts says why), each once. */
function wordsToFind(names: string[]): string {
  return [...new Set(names.flatMap((name) => withoutInitials(name).split(' ')))].join(' ');
}

/** Registers sort people by surname: "Councillor Peter Lloyd Jones" under Jones. */
function sortName(name: string): string {
  const words = name.replace(/^(Councillor|Cllr)\s+/i, '').split(/\s+/);
  return `${words.at(-1)} ${words.join(' ')}`;
}

export function personPage(person: Person, context: ViewContext): Page<'person', PersonView> {
  const path = Urls.person(person.id);
  return withViewMadeWhenRead(
    {
      kind: 'person',
      outputPath: Urls.outputPath(path),
      frame: {
        title: person.name,
        description: `${person.name}: roles, attendance and declarations of interest in the minutes.`,
        path,
        breadcrumbs: [
          { label: 'Home', href: context.href(Urls.home) },
          { label: 'People', href: context.href(Urls.people) },
          { label: person.name, href: context.href(path) },
        ],
        alternates: [],
        search: personSearchFields(person.name),
      },
    },
    () => personView(person, context),
  );
}

/**
 * Every meeting a person's page draws on, in the archive's order: each meeting
 * of a board they sit on (their attendance there is counted against them all),
 * and any other meeting whose attendance or declarations name them. The
 * page's input key is made from these meetings' keys (plan.ts): what
 * `personView` reads of the meetings must stay within them.
 */
export function meetingsOnPersonPage(archive: Archive, person: Person): Meeting[] {
  const shown = new Set<Meeting>();
  for (const board of archive.boards)
    if (board.members.some((member) => member.personId === person.id))
      for (const meeting of meetingsOf(archive, board.id)) shown.add(meeting);
  for (const record of attendanceRecords(archive, person.id)) shown.add(record.meeting);
  for (const { meeting } of declarationsOf(archive, person.id)) shown.add(meeting);
  const position = positionsOf(archive);
  return [...shown].sort((a, b) => position.get(a)! - position.get(b)!);
}

const positionsOfArchive = new WeakMap<Archive, Map<Meeting, number>>();

/** Each meeting's place in the archive's order, found once per archive. */
function positionsOf(archive: Archive): Map<Meeting, number> {
  let positions = positionsOfArchive.get(archive);
  if (!positions) {
    positions = new Map(archive.meetings.map((meeting, i) => [meeting, i]));
    positionsOfArchive.set(archive, positions);
  }
  return positions;
}

function personView(person: Person, context: ViewContext): PersonView {
  const { archive } = context;
  const roles = archive.boards.flatMap((board) => {
    const boardName = board.name;
    const boardHref = context.href(Urls.board(board.id));
    const out = board.members
      .filter((m) => m.personId === person.id)
      .map((m) => ({
        text: `${m.role}${m.from ? ` from ${mediumDate(m.from)}` : ''}${m.until ? ` until ${mediumDate(m.until)}` : ''}`,
        boardName,
        boardHref,
      }));
    if (board.leadOfficerId === person.id) out.push({ text: 'Lead officer', boardName, boardHref });
    if (board.portfolioHolderId === person.id) out.push({ text: 'Portfolio holder', boardName, boardHref });
    return out;
  });
  const attendance = archive.boards.flatMap((board) => {
    const a = boardAttendance(archive, board, person.id);
    if (!a) return [];
    const rows = [
      { label: 'Present', count: a.present },
      { label: 'Apologies', count: a.apologies },
      { label: 'Absent', count: a.absent },
      { label: 'Absent on council business', count: a.councilBusiness },
      { label: 'Substitute', count: a.substitute },
      { label: 'Not recorded in the archive', count: a.notRecorded },
    ];
    return [
      {
        boardName: board.name,
        boardHref: context.href(Urls.board(board.id)),
        expected: a.expected,
        rows,
        chart: horizontalBarChart(
          `Attendance of ${person.name} at the ${board.shortName}`,
          'series-1',
          rows.map((r) => ({ label: r.label.replace(' in the archive', ''), values: [r.count] })),
        ),
      },
    ];
  });
  const records = [...attendanceRecords(archive, person.id)].reverse().map((r) => ({
    dateLabel: longDate(r.meeting.date),
    dateIso: r.meeting.date,
    href: context.href(Urls.meeting(r.meeting.key)),
    boardName: context.board(r.meeting.boardId).name,
    how: `${KIND_LABELS[r.kind]}${r.role ? ` (${r.role})` : ''}`,
  }));
  const declarations = declarationsOf(archive, person.id).map(({ meeting, declaration: d }) => {
    const item = d.itemAnchor ? meeting.items.find((i) => i.anchor === d.itemAnchor) : undefined;
    return {
      dateLabel: longDate(meeting.date),
      dateIso: meeting.date,
      meetingHref: context.href(Urls.meeting(meeting.key)),
      ...(item
        ? { itemLabel: context.itemLabel(item), itemHref: context.href(Urls.item(meeting.key, item.anchor)) }
        : d.item
          ? { itemLabel: `item ${d.item}` }
          : {}),
      ...(d.kind ? { kind: d.kind } : {}),
      ...(d.reason ? { reason: d.reason } : {}),
    };
  });
  return {
    name: person.name,
    ...(person.title ? { title: person.title } : {}),
    aliases: person.aliases,
    searchWords: wordsToFind([person.name, ...person.aliases]),
    roles,
    attendance,
    records,
    declarations,
  };
}
