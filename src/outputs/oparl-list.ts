/**
 * OParl's external object lists (OParl 1.1, chapter 2, "Objektlisten und
 * Paginierung"): the objects in full, split into pages, each with
 * `pagination` and `links`. On a static host each page is a file: the first
 * at `<name>.json`, the others at `<name>-page-<n>.json`.
 *
 * The list's totals (`totalElements`, `totalPages`) and its `last` link,
 * which OParl makes optional, are given on the first page only, where a
 * client starts: given on every page, they changed every page of every list
 * each time a meeting was added (1,003 pages of agenda items, 131 MB, at
 * 10,000 meetings), so each commit uploaded them all again. Now a meeting
 * added at the end changes a list's first and last pages.
 */

/** OParl recommends paging lists longer than 100. */
export const ELEMENTS_PER_PAGE = 100;

export interface ListPage {
  /** Site path of the page (`/oparl/meetings.json`). */
  path: string;
  /** Makes the page's content: its objects are made only when it is written. */
  content: () => ListContent;
  /** What the page is made from, when its items' keys were given (src/incremental/input-keys.ts). */
  inputKey?: string;
}

export interface ListContent {
  data: unknown[];
  pagination: { totalElements?: number; elementsPerPage: number; currentPage: number; totalPages?: number };
  links: { first: string; prev?: string; self: string; next?: string; last?: string; web?: string };
}

export interface PaginateOptions<T> {
  perPage?: number;
  web?: string;
  /** The key of what an item's object is made from; with `pageKey`, each page gets an input key. */
  keyOf?: (item: T) => string;
  pageKey?: (...parts: string[]) => string;
}

/** The site path of page `n` (from 1) of the list at `firstPath` (which ends in `.json`). */
export function listPagePath(firstPath: string, n: number): string {
  return n === 1 ? firstPath : firstPath.replace(/\.json$/, `-page-${n}.json`);
}

/** The pages of a list of `items`, each shown in the list as `toObject` makes it. */
export function paginate<T>(
  firstPath: string,
  items: readonly T[],
  toObject: (item: T) => unknown,
  toUrl: (sitePath: string) => string,
  options: PaginateOptions<T> = {},
): ListPage[] {
  const perPage = options.perPage ?? ELEMENTS_PER_PAGE;
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const url = (n: number) => toUrl(listPagePath(firstPath, n));
  const { keyOf, pageKey } = options;
  return Array.from({ length: totalPages }, (_, i) => {
    const n = i + 1;
    const onPage = items.slice(i * perPage, n * perPage);
    const first = n === 1;
    const pagination = first
      ? { totalElements: items.length, elementsPerPage: perPage, currentPage: n, totalPages }
      : { elementsPerPage: perPage, currentPage: n };
    const links = {
      first: url(1),
      ...(n > 1 ? { prev: url(n - 1) } : {}),
      self: url(n),
      ...(n < totalPages ? { next: url(n + 1) } : {}),
      ...(first ? { last: url(totalPages) } : {}),
      ...(options.web ? { web: options.web } : {}),
    };
    const page: ListPage = {
      path: listPagePath(firstPath, n),
      content: () => ({ data: onPage.map(toObject), pagination, links }),
    };
    if (keyOf && pageKey)
      page.inputKey = pageKey('oparl-list', JSON.stringify([pagination, links]), ...onPage.map(keyOf));
    return page;
  });
}
