import type { Page } from '../pages/page.ts';
import type { SearchPart } from '../search/search-parts.ts';
import type { SearchIndexInWorkers } from '../search/index-in-worker.ts';
import { cachedPart } from '../search/search-index.ts';
import type { SiteOutput } from './site-update.ts';

export interface ChangedPagesOptions {
  site: Pick<SiteOutput, 'sameInputs' | 'unchanged'>;
  index: Pick<SearchIndexInWorkers, 'parts' | 'offer'>;
  render: (page: Page) => string;
  /** The search index's cache of closed parts, if the build has one. */
  searchCache?: string;
  /** Told of each page that changed, with the HTML it was rendered to here, so that it need not be rendered again. */
  onChanged?: (page: Page, html: string) => void;
}

/**
 * Over a previous site: the pages whose HTML changed, for Eleventy to write.
 * Every other page is kept as the previous site has it. A page with an
 * input key (a meeting's page) that the previous build made from the same
 * inputs is not even rendered, unless the search index needs its HTML: the
 * current year's part is always indexed afresh, and a closed part only when
 * the cache does not hold it as its pages make it now. Each page the index
 * holds is offered to it, rendered or by its key alone.
 */
export function changedPages(
  pages: Page[],
  { site, index, render, searchCache, onChanged }: ChangedPagesOptions,
): Page[] {
  const byFile = new Map(pages.map((page) => [page.outputPath, page]));
  const partOf = new Map<string, SearchPart>();
  for (const part of index.parts) for (const file of part.files) partOf.set(file, part);

  // Pages rendered to tell whether their part is cached (those without input keys, such as reports), kept to be used once.
  const renderedFirst = new Map<string, string>();
  const renderOnce = (page: Page) => {
    const html = renderedFirst.get(page.outputPath) ?? render(page);
    renderedFirst.delete(page.outputPath);
    return html;
  };
  const cached = new Set<SearchPart>();
  if (searchCache) {
    for (const part of index.parts) {
      const htmlOf = (file: string) => {
        let html = renderedFirst.get(file);
        if (html === undefined) renderedFirst.set(file, (html = render(byFile.get(file)!)));
        return html;
      };
      if (cachedPart(part, searchCache, (file) => byFile.get(file)?.inputKey, htmlOf)) cached.add(part);
    }
  }

  return pages.filter((page) => {
    const part = partOf.get(page.outputPath);
    if (page.inputKey !== undefined && (!part || cached.has(part)) && site.sameInputs(page.outputPath, page.inputKey)) {
      if (part) index.offer(page);
      return false;
    }
    const html = renderOnce(page);
    index.offer(page, html);
    if (site.unchanged(page.outputPath, html, page.inputKey)) return false;
    onChanged?.(page, html);
    return true;
  });
}
