import type { Board, Meeting, Report } from '../model/types.ts';
import { longDate, mediumDate, municipalYearLabel, municipalYearOf } from '../text/dates.ts';
import { withViewMadeWhenRead, type Link, type Page, type ViewContext } from '../pages/page.ts';
import { Urls } from '../pages/urls.ts';
import { groupedBarChart, type BarChart } from './bar-chart.ts';
import { followView, type FollowView } from './follow-view.ts';

export interface MeetingSummary {
  href: string;
  dateLabel: string;
  dateIso: string;
  isDraft: boolean;
  /** Where the minutes were approved, when known: a link if that meeting is in the archive. */
  approvedAt?: { label: string; href?: string };
  itemCount: number;
  decisionCount: number;
  partial: boolean;
  /** The decisions in short, with a link to each. */
  decisions: Array<{ text: string; href: string }>;
}

export interface BoardView {
  name: string;
  purpose?: string;
  members: Array<{ name: string; role: string; href?: string }>;
  leadOfficer?: { name: string; href?: string };
  portfolioHolder?: { name: string; href?: string };
  years: Array<{ id: string; label: string; meetings: MeetingSummary[]; reports: Link[] }>;
  otherReports: Link[];
  chart: BarChart;
  chartRows: Array<{ label: string; meetings: number; decisions: number }>;
  decisionsHref: string;
  follow: FollowView;
}

const SHORT = 140;

export function meetingSummary(meeting: Meeting, context: ViewContext): MeetingSummary {
  const at = meeting.approvedAt;
  return {
    href: context.href(Urls.meeting(meeting.key)),
    dateLabel: longDate(meeting.date),
    dateIso: meeting.date,
    isDraft: meeting.status === 'draft',
    ...(meeting.status === 'approved' && at
      ? { approvedAt: { label: mediumDate(at.date), ...(at.key ? { href: context.href(Urls.meeting(at.key)) } : {}) } }
      : {}),
    itemCount: meeting.items.length,
    decisionCount: meeting.items.reduce((n, i) => n + i.decisions.length, 0),
    partial: meeting.partial !== undefined,
    decisions: meeting.items.flatMap((item) =>
      item.decisions.map((d) => ({
        text: d.text.length > SHORT ? `${d.text.slice(0, SHORT).replace(/\s+\S*$/, '')}…` : d.text,
        href: `${context.href(Urls.meeting(meeting.key))}#${d.id}`,
      })),
    ),
  };
}

/** The municipal year a report belongs to: by its period's label, its end, or its date. */
function reportYear(report: Report, startMonth: number): number | undefined {
  const label = report.period.label?.match(/^(\d{4})\s*[/-]\s*\d{2}/);
  if (label) return Number(label[1]);
  const date = report.period.to ?? report.date;
  return date ? municipalYearOf(date, startMonth) : undefined;
}

export function boardPage(
  board: Board,
  meetings: Meeting[],
  reports: Report[],
  context: ViewContext,
): Page<'board', BoardView> {
  const path = Urls.board(board.id);
  return withViewMadeWhenRead(
    {
      kind: 'board',
      outputPath: Urls.outputPath(path),
      frame: {
        title: board.name,
        description: `Minutes of the meetings of the ${board.name}, year by year.`,
        path,
        breadcrumbs: [
          { label: 'Home', href: context.href(Urls.home) },
          { label: board.shortName, href: context.href(path) },
        ],
        alternates: [],
      },
    },
    () => boardView(board, meetings, reports, context),
  );
}

function boardView(board: Board, meetings: Meeting[], reports: Report[], context: ViewContext): BoardView {
  const startMonth = context.archive.site.municipalYearStarts;
  const person = (id: string | undefined) => {
    const found = id ? context.people.get(id) : undefined;
    return found
      ? {
          name: found.name,
          ...(context.personHref({ personId: found.id }) ? { href: context.personHref({ personId: found.id })! } : {}),
        }
      : undefined;
  };
  const years = new Map<number, { meetings: MeetingSummary[]; reports: Link[] }>();
  const yearOf = (year: number) => {
    if (!years.has(year)) years.set(year, { meetings: [], reports: [] });
    return years.get(year)!;
  };
  for (const meeting of [...meetings].reverse())
    yearOf(municipalYearOf(meeting.date, startMonth)).meetings.push(meetingSummary(meeting, context));
  const otherReports: Link[] = [];
  for (const report of reports) {
    const link = { label: report.title, href: context.href(Urls.report(report.key)) };
    const year = reportYear(report, startMonth);
    if (year === undefined) otherReports.push(link);
    else yearOf(year).reports.push(link);
  }
  const ordered = [...years.entries()].sort(([a], [b]) => b - a);
  const chartRows = [...ordered].reverse().map(([year, y]) => ({
    label: municipalYearLabel(year),
    meetings: y.meetings.length,
    decisions: y.meetings.reduce((n, m) => n + m.decisionCount, 0),
  }));
  const leadOfficer = person(board.leadOfficerId);
  const portfolioHolder = person(board.portfolioHolderId);
  return {
    name: board.name,
    ...(board.purpose ? { purpose: board.purpose } : {}),
    members: board.members.map((m) => {
      const p = person(m.personId);
      return { name: p?.name ?? m.personId, role: m.role, ...(p?.href ? { href: p.href } : {}) };
    }),
    ...(leadOfficer ? { leadOfficer } : {}),
    ...(portfolioHolder ? { portfolioHolder } : {}),
    years: ordered.map(([year, y]) => ({ id: `year-${year}`, label: municipalYearLabel(year), ...y })),
    otherReports,
    chart: groupedBarChart(
      `Meetings and decisions of the ${board.shortName} by municipal year`,
      [
        { name: 'Meetings', className: 'series-1' },
        { name: 'Decisions', className: 'series-2' },
      ],
      chartRows.map((r) => ({ label: r.label, values: [r.meetings, r.decisions] })),
    ),
    chartRows,
    decisionsHref: context.href(Urls.boardDecisions(board.id)),
    follow: followView(context, board),
  };
}
