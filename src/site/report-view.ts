import type { Report } from '../model/types.ts';
import { mediumDate } from '../text/dates.ts';
import type { Page, ViewContext } from '../pages/page.ts';
import { Urls } from '../pages/urls.ts';
import { raw, type SafeHtml } from '../pages/html.ts';
import { reportSearchFields } from '../pages/search-fields.ts';

export interface ReportView {
  title: string;
  typeLabel: string;
  boardName: string;
  boardHref: string;
  periodLabel?: string;
  dateLabel?: string;
  dateIso?: string;
  body: SafeHtml;
}

const TYPES: Record<string, string> = {
  'annual-report': 'Annual report',
  'work-programme': 'Work programme',
  'scrutiny-review': 'Scrutiny review',
  other: 'Report',
};

export function reportPage(report: Report, context: ViewContext): Page<'report', ReportView> {
  const board = context.board(report.boardId);
  const path = Urls.report(report.key);
  const period =
    report.period.label ??
    (report.period.from && report.period.to
      ? `${mediumDate(report.period.from)} to ${mediumDate(report.period.to)}`
      : undefined);
  return {
    kind: 'report',
    outputPath: Urls.outputPath(path),
    frame: {
      title: `${report.title} - ${board.shortName}`,
      description: `${TYPES[report.type] ?? 'Report'} of the ${board.name}.`,
      path,
      breadcrumbs: [
        { label: 'Home', href: context.href(Urls.home) },
        { label: board.shortName, href: context.href(Urls.board(board.id)) },
        { label: report.title, href: context.href(path) },
      ],
      alternates: [],
      search: reportSearchFields(report, board.name, context.archive.site),
    },
    view: {
      title: report.title,
      typeLabel: TYPES[report.type] ?? 'Report',
      boardName: board.name,
      boardHref: context.href(Urls.board(board.id)),
      ...(period ? { periodLabel: period } : {}),
      ...(report.date ? { dateLabel: mediumDate(report.date), dateIso: report.date } : {}),
      body: raw(report.html),
    },
  };
}
