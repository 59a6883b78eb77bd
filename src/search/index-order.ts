import type { Page } from '../pages/page.ts';
import type { SearchPart } from './search-parts.ts';

/**
 * The pages in the order to render them when the search index is written
 * alongside: the pages of each part of the index together, the current part
 * first, then every other page. A part can be indexed only once all its pages
 * have been rendered, so in this order Pagefind starts early and has one part
 * at a time to hold, and the current part, which no cache can give, starts
 * first. The order of rendering changes nothing in what is written.
 */
export function indexFirstOrder(pages: Page[], parts: SearchPart[]): Page[] {
  const rank = new Map<string, number>();
  for (const [i, part] of parts.entries()) for (const file of part.files) rank.set(file, i);
  const ranked = pages.map((page, position) => ({ page, position, rank: rank.get(page.outputPath) ?? Infinity }));
  return ranked.sort((a, b) => a.rank - b.rank || a.position - b.position).map(({ page }) => page);
}
