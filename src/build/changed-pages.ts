import type { Page } from '../pages/page.ts';
import type { SearchIndexInWorkers } from '../search/index-in-worker.ts';
import type { SiteOutput } from './site-update.ts';

export interface ChangedPagesOptions {
  site: Pick<SiteOutput, 'sameInputs' | 'unchanged'>;
  index: Pick<SearchIndexInWorkers, 'offer'>;
  render: (page: Page) => string;
  /** Told of each page that changed, with the HTML it was rendered to here, so that it need not be rendered again. */
  onChanged?: (page: Page, html: string) => void;
}

/**
 * Over a previous site: the pages whose HTML changed, for Eleventy to write.
 * Every other page is kept as the previous site has it. A page with an
 * input key (a meeting's page) that the previous build made from the same
 * inputs is not even rendered: it is offered to the search index by its key
 * alone, and the index, when it must index the page (the current year's
 * part is indexed afresh in every build, a closed part when its cache does
 * not hold it), reads the page's HTML back from the previous site, which
 * holds it as it left it (site-manifest.ts). Every other page is rendered,
 * offered to the index with its HTML, and compared with the previous site's.
 */
export function changedPages(pages: Page[], { site, index, render, onChanged }: ChangedPagesOptions): Page[] {
  return pages.filter((page) => {
    if (page.inputKey !== undefined && site.sameInputs(page.outputPath, page.inputKey)) {
      index.offer(page);
      return false;
    }
    const html = render(page);
    index.offer(page, html);
    if (site.unchanged(page.outputPath, html, page.inputKey)) return false;
    onChanged?.(page, html);
    return true;
  });
}
