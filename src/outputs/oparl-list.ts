/**
 * OParl's external object lists (OParl 1.1, chapter 2, "Objektlisten und
 * Paginierung"): the objects in full, split into pages, each with
 * `pagination` and `links`. On a static host each page is a file: the first
 * at `<name>.json`, the others at `<name>-page-<n>.json`.
 */

/** OParl recommends paging lists longer than 100. */
export const ELEMENTS_PER_PAGE = 100;

export interface ListPage {
  /** Site path of the page (`/oparl/meetings.json`). */
  path: string;
  /** Makes the page's content: its objects are made only when it is written. */
  content: () => ListContent;
}

export interface ListContent {
  data: unknown[];
  pagination: { totalElements: number; elementsPerPage: number; currentPage: number; totalPages: number };
  links: { first: string; prev?: string; self: string; next?: string; last: string; web?: string };
}

/** The site path of page `n` (from 1) of the list at `firstPath` (which ends in `.json`). */
export function listPagePath(firstPath: string, n: number): string {
  return n === 1 ? firstPath : firstPath.replace(/\.json$/, `-page-${n}.json`);
}

/** The pages of a list of `items`, each shown in the list as `toObject` makes it. */
export function paginate<T>(firstPath: string, items: readonly T[], toObject: (item: T) => unknown, toUrl: (sitePath: string) => string, options: { perPage?: number; web?: string } = {}): ListPage[] {
  const perPage = options.perPage ?? ELEMENTS_PER_PAGE;
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const url = (n: number) => toUrl(listPagePath(firstPath, n));
  return Array.from({ length: totalPages }, (_, i) => {
    const n = i + 1;
    return {
      path: listPagePath(firstPath, n),
      content: () => ({
        data: items.slice(i * perPage, n * perPage).map(toObject),
        pagination: { totalElements: items.length, elementsPerPage: perPage, currentPage: n, totalPages },
        links: {
          first: url(1),
          ...(n > 1 ? { prev: url(n - 1) } : {}),
          self: url(n),
          ...(n < totalPages ? { next: url(n + 1) } : {}),
          last: url(totalPages),
          ...(options.web ? { web: options.web } : {}),
        },
      }),
    };
  });
}
