import type { Page } from '../pages/page.ts';

/**
 * One part of the search index: the pages of the current municipal year, or
 * of a run of consecutive closed years, indexed on their own so that a closed
 * part is indexed once and only the current year is indexed again after a
 * clerk's commit. The search page merges the parts in the reader's browser
 * (docs/search.md).
 */
export interface SearchPart {
  /** The part's folder inside the bundle: `` for the current year (where Pagefind's script is), `2024-25/` for one closed year, `2008-09--2012-13/` for several. */
  folder: string;
  /** The municipal years it holds ("2024/25"), oldest first; empty when no page has one. */
  municipalYears: string[];
  /** The current year is always indexed afresh; a closed part may come from the cache. */
  current: boolean;
  /** The first and last sort date of its pages (YYYY-MM-DD), so the browser can order results across parts. */
  from?: string;
  to?: string;
  /** The pages' files in the written site (`cyp/2025-09-08/index.html`), in code point order. */
  files: string[];
}

/**
 * How many pages a part of closed years is filled up to. Pagefind's memory
 * grows with the pages of one index, and no step of the build should need
 * more than 1.5 GB: with Pagefind 1.5.2 a part of 1,997 pages peaked at
 * 1,350 MB (docs/performance.md), so the budget has little room to grow. A
 * council's closed years fit in one part; a national archive has one part
 * per few years.
 */
export const PART_PAGE_BUDGET = 2000;

/**
 * Splits the indexed pages (those with search fields) into parts. The newest
 * municipal year is the current one and a part of its own; pages without a
 * municipal year (a report with no date or period) go with it. The closed
 * years are taken oldest first and put together, consecutive years in one
 * part, until the next year would take the part over `budget` pages; a year
 * bigger than the budget is a part on its own, as a year is never split.
 *
 * Decided from the archive alone, never the clock, so the same archive always
 * gives the same parts. Filling from the oldest year keeps the parts stable
 * for the cache: when a year closes it joins the newest closed part or starts
 * a new one, so every older part keeps its pages and its folder.
 */
export function searchParts(pages: Page[], budget = PART_PAGE_BUDGET): SearchPart[] {
  const indexed = pages.filter((page) => page.frame.search);
  const yearOf = (page: Page) => page.frame.search!.filters.find((f) => f.name === 'municipal-year')?.value;
  const pagesOfYear = new Map<string, Page[]>();
  for (const page of indexed) {
    const year = yearOf(page);
    if (!year) continue;
    if (!pagesOfYear.has(year)) pagesOfYear.set(year, []);
    pagesOfYear.get(year)!.push(page);
  }
  const years = [...pagesOfYear.keys()].sort(compare);
  const currentYear = years.pop();

  const closed: string[][] = [];
  let group: string[] = [];
  let groupPages = 0;
  for (const year of years) {
    const count = pagesOfYear.get(year)!.length;
    if (group.length && groupPages + count > budget) {
      closed.push(group);
      group = [];
      groupPages = 0;
    }
    group.push(year);
    groupPages += count;
  }
  if (group.length) closed.push(group);

  const current = part(
    '',
    currentYear ? [currentYear] : [],
    true,
    indexed.filter((page) => yearOf(page) === currentYear || !yearOf(page)),
  );
  return [
    current,
    ...closed.reverse().map((group) =>
      part(
        folderOf(group),
        group,
        false,
        group.flatMap((year) => pagesOfYear.get(year)!),
      ),
    ),
  ];
}

/** The folder of a part of closed years: `2024-25/` for one year, `2008-09--2012-13/` for the first and last of several. */
function folderOf(years: string[]): string {
  const name = (year: string) => year.replace('/', '-');
  return years.length === 1 ? `${name(years[0]!)}/` : `${name(years[0]!)}--${name(years.at(-1)!)}/`;
}

function part(folder: string, municipalYears: string[], current: boolean, pages: Page[]): SearchPart {
  const made: SearchPart = {
    folder,
    municipalYears,
    current,
    files: pages.map((page) => page.outputPath).sort(compare),
  };
  for (const page of pages) {
    const date = page.frame.search!.sort.find((f) => f.name === 'date')?.value;
    if (!date) continue;
    if (!made.from || date < made.from) made.from = date;
    if (!made.to || date > made.to) made.to = date;
  }
  return made;
}

/** What the browser reads to find the parts of the bundle (`parts.json`): each part's folder, years, dates and pages, the current year first. */
export interface PartsFile {
  parts: Array<{ path: string; municipalYears: string[]; from?: string; to?: string; pages: number }>;
}

export function partsFile(parts: SearchPart[]): PartsFile {
  return {
    parts: parts.map((part) => ({
      path: part.folder,
      municipalYears: part.municipalYears,
      ...(part.from ? { from: part.from, to: part.to } : {}),
      pages: part.files.length,
    })),
  };
}

/** Code point order, the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
