import type { Page } from '../pages/page.ts';

/**
 * Pages written by one run of Eleventy. Eleventy renders every page of a run
 * before it writes any, and keeps each page's HTML until the run ends, so a
 * build's memory grows with the pages of a run, not with the archive.
 */
export const PAGES_PER_RUN = 4000;

/** The pages in runs of at most `size`, in their order; one empty run when there are none (Eleventy still copies the assets). */
export function pageBatches(pages: Page[], size = PAGES_PER_RUN): Page[][] {
  if (pages.length === 0) return [[]];
  const batches: Page[][] = [];
  for (let start = 0; start < pages.length; start += size) batches.push(pages.slice(start, start + size));
  return batches;
}
