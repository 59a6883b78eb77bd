import type { Archive } from '../model/types.ts';
import {
  DOCUMENT_TYPES,
  STATUSES,
  meetingSearchFields,
  reportSearchFields,
  type SearchFilter,
} from '../pages/search-fields.ts';
import { SEARCH_BUNDLE_FOLDER } from '../pages/search-addresses.ts';
import type { Link, Page, ViewContext } from '../pages/page.ts';
import { Urls } from '../pages/urls.ts';
import { VOCABULARY_PATH } from '../pages/search-addresses.ts';

export interface SearchOption {
  value: string;
  label: string;
}

export interface SearchView {
  /** The search page's own address, where the form sends its query. */
  action: string;
  scriptHref: string;
  /** Read by the script: where Pagefind's bundle is, and the prefix of result links. */
  bundlePath: string;
  baseUrl: string;
  /** Sent with Pagefind's first request instead of the time, so requests are the same every time (changes with the content). */
  cacheTag: string;
  /** Other sites' search bundles, searched together with this one (`search_bundles` in `_data/site.yaml`). */
  mergeBundles: string[];
  /** The archive's words, read only when a search finds nothing, to suggest a spelling. */
  vocabularyHref: string;
  filters: Array<{ name: SearchFilter; label: string; options: SearchOption[] }>;
  sorts: SearchOption[];
  /** Where to go without JavaScript: the board timelines, and the decisions register when there is one. */
  alternatives: Link[];
}

const FILTER_LABELS: Record<SearchFilter, [label: string, any: string]> = {
  board: ['Board', 'All boards'],
  year: ['Year', 'All years'],
  'municipal-year': ['Municipal year', 'All'],
  type: ['Document', 'All'],
  status: ['Status', 'All'],
};

export const SEARCH_SORTS: SearchOption[] = [
  { value: '', label: 'Best match' },
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
];

export function searchPage(context: ViewContext, sitePaths: string[]): Page<'search', SearchView> {
  const { archive } = context;
  const values = filterValues(archive);
  const option = (name: SearchFilter, value: string): SearchOption => ({
    value,
    label: optionLabel(name, value, context),
  });
  return {
    kind: 'search',
    outputPath: Urls.outputPath(Urls.search),
    frame: {
      title: 'Search the minutes',
      description: `Search the minutes and reports of ${archive.site.authority}'s boards and committees.`,
      path: Urls.search,
      breadcrumbs: [
        { label: 'Home', href: context.href(Urls.home) },
        { label: 'Search', href: context.href(Urls.search) },
      ],
      alternates: [],
    },
    view: {
      action: context.href(Urls.search),
      scriptHref: context.href(Urls.asset('search.js')),
      bundlePath: context.href(`/${SEARCH_BUNDLE_FOLDER}/`),
      baseUrl: context.href('/'),
      // A new index is fetched afresh, an unchanged one is not.
      cacheTag: archive.contentHash.slice(0, 12),
      mergeBundles: archive.site.searchBundles ?? [],
      vocabularyHref: context.href(VOCABULARY_PATH),
      filters: (Object.keys(FILTER_LABELS) as SearchFilter[]).map((name) => ({
        name,
        label: FILTER_LABELS[name][0],
        options: [{ value: '', label: FILTER_LABELS[name][1] }, ...values[name].map((v) => option(name, v))],
      })),
      sorts: SEARCH_SORTS,
      alternatives: [
        ...archive.boards.map((b) => ({ label: `Meetings of the ${b.name}`, href: context.href(Urls.board(b.id)) })),
        ...(sitePaths.includes('/decisions/')
          ? [{ label: 'The register of decisions', href: context.href('/decisions/') }]
          : []),
      ],
    },
  };
}

/** Every value each filter takes in the archive: boards in their order, years newest first. */
function filterValues(archive: Archive): Record<SearchFilter, string[]> {
  const seen: Record<SearchFilter, Set<string>> = {
    board: new Set(),
    year: new Set(),
    'municipal-year': new Set(),
    type: new Set(),
    status: new Set(),
  };
  const boardName = (id: string) => archive.boards.find((b) => b.id === id)?.name ?? id;
  const fields = [
    ...archive.meetings.map((m) => meetingSearchFields(m, boardName(m.boardId), archive.site)),
    ...archive.reports.map((r) => reportSearchFields(r, boardName(r.boardId), archive.site)),
  ];
  for (const { name, value } of fields.flatMap((f) => f.filters)) seen[name as SearchFilter]?.add(value);
  // Papers are searched by their text's pages, dated and filed as their meetings are.
  if (archive.meetings.some((m) => m.documents.some((d) => d.paper?.text))) seen.type.add('paper');
  const newestFirst = (set: Set<string>) => [...set].sort().reverse();
  return {
    board: archive.boards.map((b) => b.id).filter((id) => seen.board.has(id)),
    year: newestFirst(seen.year),
    'municipal-year': newestFirst(seen['municipal-year']),
    type: Object.keys(DOCUMENT_TYPES).filter((t) => seen.type.has(t) || (t === 'person' && archive.people.length > 0)),
    status: Object.keys(STATUSES).filter((s) => seen.status.has(s)),
  };
}

function optionLabel(name: SearchFilter, value: string, context: ViewContext): string {
  if (name === 'board') return context.board(value).name;
  if (name === 'type') return DOCUMENT_TYPES[value as keyof typeof DOCUMENT_TYPES];
  if (name === 'status') return STATUSES[value as keyof typeof STATUSES];
  return value;
}
