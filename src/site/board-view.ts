import type { Board, Meeting, Report } from '../model/types.ts';
import { longDate } from '../text/dates.ts';
import type { Link, Page, ViewContext } from './page.ts';
import { Urls } from './urls.ts';

export interface MeetingSummary {
  href: string;
  dateLabel: string;
  dateIso: string;
  isDraft: boolean;
  itemCount: number;
  decisionCount: number;
  partial: boolean;
}

export interface BoardView {
  name: string;
  purpose?: string;
  members: Array<{ name: string; role: string }>;
  leadOfficer?: string;
  portfolioHolder?: string;
  meetings: MeetingSummary[];
  reports: Link[];
}

export function meetingSummary(meeting: Meeting, context: ViewContext): MeetingSummary {
  return {
    href: context.href(Urls.meeting(meeting.key)),
    dateLabel: longDate(meeting.date),
    dateIso: meeting.date,
    isDraft: meeting.status === 'draft',
    itemCount: meeting.items.length,
    decisionCount: meeting.items.reduce((n, i) => n + i.decisions.length, 0),
    partial: meeting.partial !== undefined,
  };
}

export function boardPage(board: Board, meetings: Meeting[], reports: Report[], context: ViewContext): Page<'board', BoardView> {
  const path = Urls.board(board.id);
  const personName = (id: string | undefined) => (id ? context.people.get(id)?.name : undefined);
  const leadOfficer = personName(board.leadOfficerId);
  const portfolioHolder = personName(board.portfolioHolderId);
  return {
    kind: 'board',
    outputPath: Urls.outputPath(path),
    frame: {
      title: board.name,
      description: `Minutes of the meetings of the ${board.name}.`,
      path,
      breadcrumbs: [
        { label: 'Home', href: context.href(Urls.home) },
        { label: board.shortName, href: context.href(path) },
      ],
      alternates: [],
    },
    view: {
      name: board.name,
      ...(board.purpose ? { purpose: board.purpose } : {}),
      members: board.members.map((m) => ({ name: personName(m.personId) ?? m.personId, role: m.role })),
      ...(leadOfficer ? { leadOfficer } : {}),
      ...(portfolioHolder ? { portfolioHolder } : {}),
      meetings: [...meetings].reverse().map((m) => meetingSummary(m, context)),
      reports: reports.map((r) => ({ label: r.title, href: context.href(Urls.report(r.key)) })),
    },
  };
}
