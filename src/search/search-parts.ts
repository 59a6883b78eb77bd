import type { Page } from '../site/page.ts';

/**
 * One part of the search index: the pages of one municipal year, indexed on
 * their own so that a closed year is indexed once and only the current year
 * is indexed again after a clerk's commit. The search page merges the parts
 * in the reader's browser (docs/search.md).
 */
export interface SearchPart {
  /** The part's folder inside the bundle: `` for the current year (where Pagefind's script is), `2024-25/` for a closed one. */
  folder: string;
  /** The municipal year it holds ("2024/25"); undefined when no page has one. */
  municipalYear?: string;
  /** The current year is always indexed afresh; a closed one may come from the cache. */
  current: boolean;
  /** The first and last sort date of its pages (YYYY-MM-DD), so the browser can order results across parts. */
  from?: string;
  to?: string;
  /** The pages' files in the written site (`cyp/2025-09-08/index.html`), in code point order. */
  files: string[];
}

/**
 * Splits the indexed pages (those with search fields) by municipal year. The
 * newest municipal year is the current one; pages without a municipal year
 * (a report with no date or period) go with it. Decided from the archive
 * alone, never the clock, so the same archive always gives the same parts.
 */
export function searchParts(pages: Page[]): SearchPart[] {
  const indexed = pages.filter((page) => page.frame.search);
  const yearOf = (page: Page) => page.frame.search!.filters.find((f) => f.name === 'municipal-year')?.value;
  const years = [...new Set(indexed.map(yearOf).filter((y): y is string => Boolean(y)))].sort(compare).reverse();
  const currentYear = years[0];
  const parts = new Map<string | undefined, SearchPart>();
  parts.set(currentYear, { folder: '', ...(currentYear ? { municipalYear: currentYear } : {}), current: true, files: [] });
  for (const year of years.slice(1)) parts.set(year, { folder: `${year.replace('/', '-')}/`, municipalYear: year, current: false, files: [] });

  for (const page of indexed) {
    const part = parts.get(yearOf(page) ?? currentYear)!;
    part.files.push(page.outputPath);
    const date = page.frame.search!.sort.find((f) => f.name === 'date')?.value;
    if (date) {
      if (!part.from || date < part.from) part.from = date;
      if (!part.to || date > part.to) part.to = date;
    }
  }
  for (const part of parts.values()) part.files.sort(compare);
  return [...parts.values()];
}

/** Code point order, the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
