import type { Meeting, Report, Site } from '../model/types.ts';
import { mediumDate, municipalYearLabel, municipalYearOf } from '../text/dates.ts';

/**
 * What the search index records about one page. The layout writes each entry
 * into the page's head as a `<meta>` element carrying Pagefind's
 * `data-pagefind-filter`, `data-pagefind-meta` or `data-pagefind-sort`
 * attribute (Pagefind takes one entry per attribute, and the head keeps them
 * out of the page's visible content).
 */
export interface SearchField {
  name: string;
  value: string;
}

export interface SearchFields {
  filters: SearchField[];
  meta: SearchField[];
  sort: SearchField[];
}

/** The filters a reader can narrow by, in the order the search page shows them. */
export const SEARCH_FILTERS = ['board', 'year', 'municipal-year', 'type', 'status'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The values of the `type` filter, and how the search page names them. */
export const DOCUMENT_TYPES = { minutes: 'Minutes', report: 'Reports', paper: 'Papers', person: 'People' } as const;
export const STATUSES = { approved: 'Approved', draft: 'Draft' } as const;

/** Filter values of a date: its calendar year and its municipal year ("2025/26"). */
export function dateFilters(iso: string, site: Site): Array<[SearchFilter, string]> {
  return [
    ['year', iso.slice(0, 4)],
    ['municipal-year', municipalYearLabel(municipalYearOf(iso, site.municipalYearStarts))],
  ];
}

export function meetingSearchFields(meeting: Meeting, boardName: string, site: Site): SearchFields {
  return fields({
    filters: [
      ['board', meeting.boardId],
      ...dateFilters(meeting.date, site),
      ['type', 'minutes'],
      ['status', meeting.status],
    ],
    meta: [
      ['board', boardName],
      ['date', mediumDate(meeting.date)],
      ['iso-date', meeting.date],
      ['type', 'Minutes'],
      ...(meeting.status === 'draft' ? [['status', 'Draft'] as [string, string]] : []),
    ],
    sort: [['date', meeting.date]],
  });
}

/** A paper's text is found under its meeting and item (`under`), dated by its meeting. */
export function paperSearchFields(
  title: string,
  meeting: Meeting,
  boardName: string,
  itemLabel: string | undefined,
  site: Site,
): SearchFields {
  const under = `${itemLabel ? `Item ${itemLabel}, ` : ''}meeting of ${mediumDate(meeting.date)}`;
  return fields({
    filters: [
      ['board', meeting.boardId],
      ...dateFilters(meeting.date, site),
      ['type', 'paper'],
      ['status', meeting.status],
    ],
    meta: [
      ['board', boardName],
      ['date', mediumDate(meeting.date)],
      ['iso-date', meeting.date],
      ['type', 'Paper'],
      ['under', under],
      ...(meeting.status === 'draft' ? [['status', 'Draft'] as [string, string]] : []),
    ],
    sort: [['date', meeting.date]],
  });
}

/**
 * A report is dated by its date, else by the end or start of its period.
 * Its municipal year may also come from a period written like "2024/25".
 */
export function reportSearchFields(report: Report, boardName: string, site: Site): SearchFields {
  const date = report.date ?? report.period.to ?? report.period.from;
  const periodYear = /^(\d{4})\/\d{2}$/.exec(report.period.label ?? '')?.[1];
  const filters: Array<[string, string]> = [['board', report.boardId]];
  if (date) filters.push(...dateFilters(date, site));
  else if (periodYear) filters.push(['municipal-year', municipalYearLabel(Number(periodYear))]);
  filters.push(['type', 'report']);
  return fields({
    filters,
    meta: [
      ['board', boardName],
      ...(date
        ? ([
            ['date', mediumDate(date)],
            ['iso-date', date],
          ] as Array<[string, string]>)
        : report.period.label
          ? [['date', report.period.label] as [string, string]]
          : []),
      ['type', 'Report'],
    ],
    sort: date ? [['date', date]] : [],
  });
}

/** A person's page is found by their name (a councillor's name finds their page), as a page of people, with no date. */
export function personSearchFields(name: string): SearchFields {
  // Pagefind indexes the metadata too, and matches a one-letter word to any query that starts
  // with that letter ("K. Appleton" came up for "Kestrel"): so the title, which results show,
  // leaves out initials ("Appleton"), and the page's heading, which has them, is not indexed.
  return fields({
    filters: [['type', 'person']],
    meta: [
      ['title', withoutInitials(name)],
      ['type', 'Person'],
    ],
    sort: [],
  });
}

/** "K. Appleton" as "Appleton"; "Councillor Geoffrey Logan" as it is. */
export function withoutInitials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => word.replace(/[^\p{L}]/gu, '').length > 1)
    .join(' ');
}

function fields(entries: {
  filters: Array<[string, string]>;
  meta: Array<[string, string]>;
  sort: Array<[string, string]>;
}): SearchFields {
  const list = (pairs: Array<[string, string]>) => pairs.map(([name, value]) => ({ name, value }));
  return { filters: list(entries.filters), meta: list(entries.meta), sort: list(entries.sort) };
}
