import type { Attendee, Meeting, MeetingRef } from '../model/types.ts';
import { clockTime, longDate, mediumDate } from '../text/dates.ts';
import { withViewMadeWhenRead, type Link, type Page, type ViewContext } from '../pages/page.ts';
import { Urls } from '../pages/urls.ts';
import { raw, type SafeHtml } from '../pages/html.ts';
import { historyView, type HistoryView } from './history-view.ts';
import { optional } from '../load/site-data.ts';
import { meetingSearchFields } from '../pages/search-fields.ts';
import { paperLinkView, type PaperLinkView } from './paper-view.ts';
import { meetingTitle } from './meeting-title.ts';
import { meetingPapers } from '../pages/meeting-papers.ts';

export interface MeetingView {
  heading: string;
  boardName: string;
  boardHref: string;
  dateLabel: string;
  dateIso: string;
  timeLabel?: string;
  startIso?: string;
  venue?: string;
  contact?: string;
  isDraft: boolean;
  partial?: string;
  /** "Approved as a correct record at the meeting of …", with a link when that meeting is here. */
  approval?: { label: string; meeting?: Link; itemHref?: string };
  approves: Array<{ dateLabel: string; href?: string }>;
  attendance: Array<{ label: string; people: Array<{ name: string; href?: string; role?: string; note?: string }> }>;
  declarations: Array<{
    who: string;
    whoHref?: string;
    itemLabel?: string;
    itemHref?: string;
    kind?: string;
    reason?: string;
  }>;
  /** "13 items, 6 decisions". */
  countsLabel: string;
  /** Each decision in one short line, linked to it on this page, with its item: what happened, ahead of the full record. */
  decided: Array<{ text: string; href: string; itemLabel: string }>;
  /** "9 present, 2 apologies": what the folded attendance holds. */
  attendanceSummary: string;
  contents: Link[];
  preamble: SafeHtml;
  items: Array<{
    anchor: string;
    number?: string;
    title: string;
    body: SafeHtml;
    decisionCount: number;
    actions: string[];
    cutShort?: { href?: string };
    documents: PaperLinkView[];
    approves: Array<{ dateLabel: string; href?: string }>;
  }>;
  /** Papers of the meeting as a whole, and those of items the minutes lack. */
  papers: PaperLinkView[];
  decisionCount: number;
  source?: { shape: string; href?: string; taken?: string };
  previous?: Link;
  next?: Link;
  history?: HistoryView;
}

/** A decision in one line on the meeting's summary: longer ones are cut at a word and end with an ellipsis. */
const ONE_LINE = 140;

export function oneLine(text: string): string {
  const plain = text.replace(/^RESOLVED:\s*/i, '');
  return plain.length > ONE_LINE ? `${plain.slice(0, ONE_LINE).replace(/\s+\S*$/, '')}…` : plain;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const SHAPES: Record<string, string> = {
  'moderngov-page': 'a ModernGov "Agenda and minutes" web page',
  'moderngov-table': 'a ModernGov web page copied with its table layout',
  'moderngov-item': 'a ModernGov "Agenda item" web page',
  'pdf-text': 'the text of the signed PDF minutes',
  'html-page': "the meeting's web page, saved as HTML",
  markdown: 'a Markdown document',
};

const ATTENDANCE_GROUPS: Array<[keyof Meeting['attendance'], string]> = [
  ['present', 'Present'],
  ['substitutes', 'Substitutes'],
  ['apologies', 'Apologies for absence'],
  ['councilBusiness', 'Absence declared on council business'],
  ['absent', 'Absent'],
  ['officers', 'Officers present'],
  ['others', 'Also in attendance'],
];

/** The attendance groups in a few words, for the line that stands for the folded list. */
const ATTENDANCE_SHORT: Partial<Record<keyof Meeting['attendance'], string>> = {
  present: 'present',
  substitutes: 'substitutes',
  apologies: 'apologies',
  councilBusiness: 'on council business',
  absent: 'absent',
  officers: 'officers',
  others: 'also in attendance',
};

/** The board's meetings either side of a meeting, in the archive's order. */
export interface Siblings {
  previous?: Meeting | undefined;
  next?: Meeting | undefined;
}

/** What a meeting's page shows beyond its meeting, the people and the boards: its neighbours and its git history (its input key covers these). */
export function meetingSurroundings(
  meeting: Meeting,
  context: ViewContext,
  siblings: Siblings,
): Pick<MeetingView, 'previous' | 'next' | 'history'> {
  return {
    ...(siblings.previous
      ? {
          previous: {
            label: longDate(siblings.previous.date),
            href: context.href(Urls.meeting(siblings.previous.key)),
          },
        }
      : {}),
    ...(siblings.next
      ? { next: { label: longDate(siblings.next.date), href: context.href(Urls.meeting(siblings.next.key)) } }
      : {}),
    ...optional('history', historyView(meeting, context.archive.site, context.history)),
  };
}

export function meetingPage(meeting: Meeting, context: ViewContext, siblings: Siblings): Page<'meeting', MeetingView> {
  const board = context.board(meeting.boardId);
  const path = Urls.meeting(meeting.key);
  const heading = meetingTitle(board.name, meeting.date);
  return withViewMadeWhenRead(
    {
      kind: 'meeting',
      outputPath: Urls.outputPath(path),
      frame: {
        title: heading,
        description: `Minutes of the meeting of the ${board.name} on ${longDate(meeting.date)}.`,
        path,
        breadcrumbs: [
          { label: 'Home', href: context.href(Urls.home) },
          { label: board.shortName, href: context.href(Urls.board(board.id)) },
          { label: longDate(meeting.date), href: context.href(path) },
        ],
        alternates: [],
        search: meetingSearchFields(meeting, board.name, context.archive.site),
      },
    },
    () => meetingView(meeting, context, siblings),
  );
}

function meetingView(meeting: Meeting, context: ViewContext, siblings: Siblings): MeetingView {
  const board = context.board(meeting.boardId);
  const heading = meetingTitle(board.name, meeting.date);
  // An approved meeting, linked when it is in the archive. (`itemAnchor` names this meeting's approving item, not a place on that page.)
  const ref = (r: MeetingRef) => ({
    dateLabel: mediumDate(r.date),
    ...(r.key ? { href: context.href(Urls.meeting(r.key)) } : {}),
  });
  const attendee = (a: Attendee) => ({
    name: a.substituteFor
      ? `${context.personName(a)} (for ${context.personName(a.substituteFor)})`
      : context.personName(a),
    ...(context.personHref(a) ? { href: context.personHref(a)! } : {}),
    ...(a.role ? { role: a.role } : {}),
    ...(a.note ? { note: a.note } : {}),
  });
  // An item with neither number nor title is named by its place, so that each item (a landmark) has its own name.
  const untitled = (i: { number?: string | undefined }) =>
    i.number
      ? 'Item without a title'
      : `Item without a title (${meeting.items.indexOf(i as never) + 1} of ${meeting.items.length})`;
  const itemLabel = (item: Meeting['items'][number]) =>
    [item.number, item.title ?? untitled(item)].filter(Boolean).join(' ');
  const itemByAnchor = new Map(meeting.items.map((i) => [i.anchor, i]));
  const approval =
    meeting.status === 'approved'
      ? meeting.approvedAt
        ? {
            label: `Approved as a correct record at the meeting of ${mediumDate(meeting.approvedAt.date)}`,
            ...(meeting.approvedAt.key
              ? {
                  meeting: {
                    label: mediumDate(meeting.approvedAt.date),
                    href: context.href(Urls.meeting(meeting.approvedAt.key)),
                  },
                }
              : {}),
            ...(meeting.approvedAt.key && meeting.approvedAt.itemAnchor
              ? { itemHref: context.href(`${Urls.meeting(meeting.approvedAt.key)}#${meeting.approvedAt.itemAnchor}`) }
              : {}),
          }
        : { label: 'Approved as a correct record' }
      : undefined;

  return {
    heading,
    boardName: board.name,
    boardHref: context.href(Urls.board(board.id)),
    dateLabel: longDate(meeting.date),
    dateIso: meeting.date,
    ...(meeting.start || meeting.end
      ? {
          timeLabel: [
            meeting.start && `Started ${clockTime(meeting.start)}`,
            meeting.end && `ended ${clockTime(meeting.end)}`,
          ]
            .filter(Boolean)
            .join(', ')
            .replace(/^ended/, 'Ended'),
        }
      : {}),
    ...(meeting.start ? { startIso: `${meeting.date}T${meeting.start}` } : {}),
    ...(meeting.venue ? { venue: meeting.venue } : {}),
    ...(meeting.contact ? { contact: meeting.contact } : {}),
    isDraft: meeting.status === 'draft',
    ...(meeting.partial ? { partial: meeting.partial } : {}),
    ...(approval ? { approval } : {}),
    approves: meeting.approves.map(ref),
    attendance: ATTENDANCE_GROUPS.map(([key, label]) => ({
      label,
      people: meeting.attendance[key].map(attendee),
    })).filter((g) => g.people.length > 0),
    declarations: meeting.declarations.map((d) => {
      const item = d.itemAnchor ? itemByAnchor.get(d.itemAnchor) : undefined;
      return {
        who: context.personName(d.who),
        ...(context.personHref(d.who) ? { whoHref: context.personHref(d.who)! } : {}),
        ...(item
          ? { itemLabel: itemLabel(item), itemHref: `#${item.anchor}` }
          : d.item
            ? { itemLabel: `item ${d.item}` }
            : {}),
        ...(d.kind ? { kind: d.kind } : {}),
        ...(d.reason ? { reason: d.reason } : {}),
      };
    }),
    countsLabel: `${plural(meeting.items.length, 'item', 'items')}, ${plural(
      meeting.items.reduce((n, i) => n + i.decisions.length, 0),
      'decision',
      'decisions',
    )}`,
    decided: meeting.items.flatMap((i) =>
      i.decisions.map((d) => ({
        text: oneLine(d.text),
        href: `#${d.id}`,
        itemLabel: i.number ? `item ${i.number}` : itemLabel(i),
      })),
    ),
    attendanceSummary: ATTENDANCE_GROUPS.filter(([key]) => meeting.attendance[key].length > 0)
      .map(([key, label]) => `${meeting.attendance[key].length} ${ATTENDANCE_SHORT[key] ?? label.toLowerCase()}`)
      .join(', '),
    contents: meeting.items.map((i) => ({ label: itemLabel(i), href: `#${i.anchor}` })),
    preamble: raw(meeting.preambleHtml),
    items: meeting.items.map((i) => ({
      anchor: i.anchor,
      ...(i.number ? { number: i.number } : {}),
      title: i.title ?? untitled(i),
      body: raw(i.html),
      decisionCount: i.decisions.length,
      actions: i.actions.map((a) => context.personName(a.owner)),
      ...(i.cutShort ? { cutShort: i.cutShort.link ? { href: i.cutShort.link } : {} } : {}),
      documents: i.documents.map((d) => paperLinkView(d, meeting, context)),
      approves: meeting.approves.filter((r) => r.itemAnchor === i.anchor).map(ref),
    })),
    papers: meetingPapers(meeting).map((d) => paperLinkView(d, meeting, context)),
    decisionCount: meeting.items.reduce((n, i) => n + i.decisions.length, 0),
    ...(meeting.source.shape || meeting.source.link
      ? {
          source: {
            shape: SHAPES[meeting.source.shape ?? 'markdown'] ?? 'text',
            ...(meeting.source.link ? { href: meeting.source.link } : {}),
            ...(meeting.source.taken ? { taken: mediumDate(meeting.source.taken) } : {}),
          },
        }
      : {}),
    ...meetingSurroundings(meeting, context, siblings),
  };
}
