import type { PreparedBuild } from './prepared-build.ts';
import { buildTimings } from './phase-timings.ts';
import { writeSite, type SiteChanges } from './site-update.ts';
import { isPlainFile, writePlainFiles } from './plain-files.ts';
import { PAGES_PER_RUN, pageBatches } from './page-batches.ts';
import { changedPages } from './changed-pages.ts';
import { indexFirstOrder } from '../search/index-order.ts';
import { startSearchIndex } from '../search/index-in-worker.ts';
import { SEARCH_BUNDLE_FOLDER } from '../search/search-bundle.ts';
import type { SearchIndexSummary } from '../search/search-index.ts';
import { renderPage } from '../../_includes/render.ts';
import type { Page } from '../site/page.ts';
import { collectGarbageIfGrown } from '../threads/collect-garbage.ts';

/** Writes the pages that have templates into `folder`: one run of Eleventy (eleventy.config.ts), which renders each through `build.onRendered`. */
export type PageWriter = (folder: string, build: PreparedBuild) => Promise<void>;

export interface SiteBuildOptions {
  /** The site's folder. */
  output: string;
  /** Where the search indexes of closed municipal years are kept between builds; none when not given. */
  searchCache?: string;
  /** True to write over the previous site only what changed; false to write every file into a fresh folder. */
  incremental: boolean;
  writePages: PageWriter;
}

export interface SiteBuild {
  changes: SiteChanges;
  search: SearchIndexSummary;
}

/**
 * Writes the whole site of a prepared build, pages, plain files and search
 * index, and puts it in place of `output` only when all of it was written
 * (site-update.ts). Used by `npm run build` and by `npm start` after each save.
 */
export async function buildSite(build: PreparedBuild, options: SiteBuildOptions): Promise<SiteBuild> {
  const { searchCache } = options;
  let search: SearchIndexSummary | undefined;
  const changes = await buildTimings.span('site', () => writeSite(options.output, async (site) => {
    const { folder, incremental, written } = site;
    collectGarbageIfGrown();
    // The search index is part of the site, written into the same folder in worker threads while Eleventy writes the pages.
    const previousBundle = site.previousFiles(SEARCH_BUNDLE_FOLDER);
    const index = startSearchIndex(folder, build.pages, { ...(searchCache ? { cache: searchCache } : {}), ...(previousBundle ? { previous: previousBundle } : {}) });
    try {
      // The pages with templates, those of the search index first, in runs of Eleventy: it holds every page of a run until the run ends.
      let templated = indexFirstOrder(build.pages, index.parts).filter((page) => !isPlainFile(page));
      let onRendered: PreparedBuild['onRendered'];
      await buildTimings.span('pages', async () => {
        if (incremental) {
          // Over a previous site, pages are rendered here first (or kept unrendered by their input keys), and Eleventy renders again and writes only those that changed.
          const render = (page: Page) => buildTimings.add('render', () => renderPage(build.site, page));
          templated = changedPages(templated, { site, index, render, ...(searchCache ? { searchCache } : {}) });
          onRendered = (page, html) => written(page.outputPath, html, page.inputKey);
        } else {
          onRendered = (page, html) => {
            written(page.outputPath, html, page.inputKey);
            index.offer(page, html);
          };
        }
        // At least one run, with no pages if none changed: it copies the assets.
        for (const pages of pageBatches(templated, Number(process.env.MINUTE_BOOK_PAGES_PER_RUN) || PAGES_PER_RUN)) {
          await options.writePages(folder, { ...build, pages, onRendered });
          // The run's pages are in the site: the index may read back those it did not keep.
          index.pagesWritten();
          collectGarbageIfGrown();
        }
      });
      buildTimings.spanSync('files', () => writePlainFiles(folder, build.pages, site));
      collectGarbageIfGrown();
      search = await index.finish();
      for (const { sitePath, hash, kept } of search.hashes ?? []) site.hashed(sitePath, hash, kept);
      if (search.indexing) buildTimings.record('indexing', search.indexing.from, search.indexing.to);
    } finally {
      await index.stop();
    }
    // For the atomic-output test: fail after the pages are written, as a later step of a real build might.
    if (process.env.MINUTE_BOOK_FAIL_AFTER_WRITING) throw new Error('stopped on purpose after writing the pages (MINUTE_BOOK_FAIL_AFTER_WRITING)');
    buildTimings.since('index', 'files');
  }, { incremental: options.incremental }));
  return { changes, search: search! };
}
