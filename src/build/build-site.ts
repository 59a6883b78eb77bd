import type { PreparedBuild } from './prepared-build.ts';
import { buildTimings } from './phase-timings.ts';
import { writeSite, type SiteChanges, type SiteOutput } from './site-update.ts';
import type { LockHolder } from './site-lock.ts';
import { isPlainFile, writePlainFiles } from './plain-files.ts';
import { PAGES_PER_RUN, pageBatches } from './page-batches.ts';
import { changedPages } from './changed-pages.ts';
import { indexFirstOrder } from '../search/index-order.ts';
import { startSearchIndex, type SearchIndexInWorkers } from '../search/index-in-worker.ts';
import { SEARCH_BUNDLE_FOLDER } from '../pages/search-addresses.ts';
import type { SearchIndexSummary } from '../search/search-index.ts';
import type { Page, RenderPage } from '../pages/page.ts';
import { collectGarbage, collectGarbageIfGrown } from '../threads/collect-garbage.ts';
import type { Progress } from '../cli/progress.ts';
import { counted } from '../text/counted.ts';

/**
 * Writes the pages that have templates into `folder`, each as `render` makes
 * it, telling `build.onRendered` of each: one run of Eleventy
 * (eleventy-pages.ts).
 */
export type PageWriter = (folder: string, build: PreparedBuild, render: RenderPage) => Promise<void>;

export interface SiteBuildOptions {
  /** The site's folder. */
  output: string;
  /** Where the search indexes of closed municipal years are kept between builds; none when not given. */
  searchCache?: string;
  /** True to write over the previous site only what changed; false to write every file into a fresh folder. */
  incremental: boolean;
  writePages: PageWriter;
  /** The site's templates (_includes/render.ts), handed in: src/ does not import them. */
  render: RenderPage;
  /** Told of each phase and run of pages, for a person watching (src/cli/progress.ts). */
  progress?: Progress;
  /** How long to wait for another build writing the same site before refusing (site-lock.ts); 0 refuses at once. */
  waitMs?: number;
  /** Told once, when the build starts waiting for another. */
  onWait?: (holder: LockHolder) => void;
  /** Pages written by one run of Eleventy; PAGES_PER_RUN unless given (page-batches.ts). */
  pagesPerRun?: number;
  /** Moments of the build a test acts at (tests/support/build-with-hooks.ts); a build for readers has none. */
  hooks?: BuildHooks;
}

/** Moments of a build that a caller is told of; a hook that throws fails the build there, and the previous site stays. */
export interface BuildHooks {
  /** Every page, plain file and the search index is written into the new folder, which is not yet in place. */
  afterWriting?(written: { pages: number }): void | Promise<void>;
}

export interface SiteBuild {
  changes: SiteChanges;
  search: SearchIndexSummary;
  /** How many pages and files the build made, and from how many meetings. */
  pages: number;
  meetings: number;
}

/**
 * Writes the whole site of a prepared build, pages, plain files and search
 * index, and puts it in place of `output` only when all of it was written
 * (site-update.ts). Used by `npm run build` and by `npm start` after each save.
 *
 * Once the pages and plain files are written, it lets go of the build while
 * it waits for the index: a caller that keeps no reference of its own (as
 * `npm run build` keeps none) lets the model and the pages be collected then,
 * 400 MB of 470 MB live at 10,000 meetings (docs/performance.md).
 */
export function buildSite(build: PreparedBuild, options: SiteBuildOptions): Promise<SiteBuild> {
  // Handed on in a holder that can be emptied: a suspended async function keeps its parameters alive to its end.
  return writeBuild({ build }, options);
}

async function writeBuild(held: { build?: PreparedBuild }, options: SiteBuildOptions): Promise<SiteBuild> {
  const { searchCache } = options;
  const made = { pages: held.build!.pages.length, meetings: held.build!.archive.meetings.length };
  let search: SearchIndexSummary | undefined;
  const changes = await buildTimings.span('site', () =>
    writeSite(
      options.output,
      async (site) => {
        const collecting = !remakesFew(held.build!.pages, site);
        if (collecting) collectGarbageIfGrown();
        const index = indexBeside(site, held, searchCache);
        try {
          await writePagesAndFiles(held, site, index, { ...options, collecting });
          // Nothing more is made from the build: let go of it while the index finishes.
          held.build = undefined;
          if (collecting) collectGarbage();
          options.progress?.('Finishing the search index…');
          search = await index.finish();
          for (const { sitePath, hash, kept } of search.hashes ?? []) site.hashed(sitePath, hash, kept);
          if (search.indexing) buildTimings.record('indexing', search.indexing.from, search.indexing.to);
        } finally {
          await index.stop();
        }
        await options.hooks?.afterWriting?.({ pages: made.pages });
        buildTimings.since('index', 'files');
      },
      {
        incremental: options.incremental,
        ...(options.waitMs !== undefined ? { waitMs: options.waitMs } : {}),
        ...(options.onWait ? { onWait: options.onWait } : {}),
      },
    ),
  );
  return { changes, search: search!, ...made };
}

/** The share of the pages with input keys that a build may make again and still leave its collections to V8. */
const FEW_REMADE = 0.02;

/**
 * True when the build is over a previous site and makes again at most a
 * fiftieth of the pages that have input keys, as after a clerk's commit of a
 * meeting or two. Such a build leaves its collections to V8: the two or
 * three asked for between phases took 0.13 to 0.74 s of a warm build of 2,500
 * meetings, and leaving them out raised its peak by 15 to 45 MB; they are
 * there to bound a build that makes everything (docs/performance.md).
 */
function remakesFew(pages: readonly Page[], site: SiteOutput): boolean {
  if (!site.incremental) return false;
  let keyed = 0;
  let remade = 0;
  for (const page of pages) {
    if (page.inputKey === undefined) continue;
    keyed++;
    if (!site.madeFrom(page.outputPath, page.inputKey)) remade++;
  }
  return keyed > 0 && remade <= FEW_REMADE * keyed;
}

/** The search index, written into the site's folder in worker threads while Eleventy writes the pages. */
function indexBeside(
  site: SiteOutput,
  held: { build?: PreparedBuild },
  searchCache: string | undefined,
): SearchIndexInWorkers {
  const previousBundle = site.previousFiles(SEARCH_BUNDLE_FOLDER);
  return startSearchIndex(site.folder, held.build!.pages, {
    ...(searchCache ? { cache: searchCache } : {}),
    ...(previousBundle ? { previous: previousBundle } : {}),
  });
}

/** The pages with templates through Eleventy, then the plain files, each page handed to the index as it is rendered. */
async function writePagesAndFiles(
  held: { build?: PreparedBuild },
  site: SiteOutput,
  index: SearchIndexInWorkers,
  options: SiteBuildOptions & { collecting: boolean },
): Promise<void> {
  const build = held.build!;
  const { folder, incremental, written } = site;
  // The pages with templates, those of the search index first, in runs of Eleventy: it holds every page of a run until the run ends.
  let templated = indexFirstOrder(build.pages, index.parts).filter((page) => !isPlainFile(page));
  let onRendered: PreparedBuild['onRendered'];
  // The pages Eleventy writes, each rendered by the templates, or given the HTML it was rendered to already.
  let renderForEleventy = options.render;
  await buildTimings.span('pages', async () => {
    if (incremental) {
      // Over a previous site, pages are rendered here first (or kept unrendered by their input keys), and Eleventy writes only those that changed.
      const render = (page: Page) => buildTimings.add('render', () => options.render(build.site, page));
      const rendered = new RenderedPages();
      templated = changedPages(templated, {
        site,
        index,
        render,
        onChanged: (page, html) => rendered.keep(page, html),
      });
      renderForEleventy = (siteView, page) => rendered.take(page) ?? options.render(siteView, page);
      onRendered = (page, html) => written(page.outputPath, html, page.inputKey);
    } else {
      onRendered = (page, html) => {
        written(page.outputPath, html, page.inputKey);
        index.offer(page, html);
      };
    }
    // At least one run, with no pages if none changed: it copies the assets.
    const batches = pageBatches(templated, options.pagesPerRun ?? PAGES_PER_RUN);
    let done = 0;
    options.progress?.(`Writing ${counted(templated.length, 'page')}${incremental ? ' that may have changed' : ''}…`);
    for (const pages of batches) {
      await options.writePages(folder, { ...build, pages, onRendered }, renderForEleventy);
      done += pages.length;
      if (batches.length > 1) options.progress?.(`Wrote ${done} of ${counted(templated.length, 'page')}.`);
      // The run's pages are in the site: the index may read back those it did not keep.
      index.pagesWritten();
      if (options.collecting) collectGarbageIfGrown();
    }
  });
  options.progress?.('Writing the feeds, calendars and open data…');
  buildTimings.spanSync('files', () => writePlainFiles(folder, build.pages, site));
}

/**
 * The HTML of changed pages, rendered to compare them with the previous
 * site's, kept for Eleventy to write instead of rendering each again (the
 * registers and people's pages, a third of a warm build's rendering at 1,000
 * meetings). Kept up to a limit: when most pages changed (after a change to
 * the code or the site's settings) the rest are rendered again, so that the
 * whole site's HTML is never held at once.
 */
class RenderedPages {
  /** Characters of HTML kept at most: 64 MB at two bytes a character. */
  static readonly LIMIT = 32 * 1024 * 1024;
  private readonly html = new Map<string, string>();
  private size = 0;

  keep(page: Page, html: string): void {
    if (this.size + html.length > RenderedPages.LIMIT) return;
    this.html.set(page.outputPath, html);
    this.size += html.length;
  }

  /** The page's HTML, once, if it was kept. */
  take(page: Page): string | undefined {
    const html = this.html.get(page.outputPath);
    if (html !== undefined) {
      this.html.delete(page.outputPath);
      this.size -= html.length;
    }
    return html;
  }
}
