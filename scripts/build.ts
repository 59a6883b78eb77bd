// npm run build [-- --path-prefix /minutes/] [--root DIR] [--out DIR] [--cache DIR] [--search-cache DIR] [--no-cache]
import { parseArgs } from 'node:util';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import Eleventy from '@11ty/eleventy';
import { archiveRoot, parseCacheFolder, projectRoot } from '../src/paths.ts';
import { ContentErrors, prepareBuild, providePreparedBuild } from '../src/build/prepared-build.ts';
import { buildTimings } from '../src/build/phase-timings.ts';
import { writeSite } from '../src/build/site-update.ts';
import { isPlainFile, writePlainFiles } from '../src/build/plain-files.ts';
import { PAGES_PER_RUN, pageBatches } from '../src/build/page-batches.ts';
import { indexFirstOrder } from '../src/search/index-order.ts';
import { formatCheck } from '../src/check/report.ts';
import { startSearchIndex } from '../src/search/index-in-worker.ts';
import { SEARCH_BUNDLE_FOLDER, searchCacheFolder } from '../src/search/search-bundle.ts';
import { renderPage } from '../_includes/render.ts';
import { changedPages } from '../src/build/changed-pages.ts';
import type { Page } from '../src/site/page.ts';

const { values } = parseArgs({
  options: { 'path-prefix': { type: 'string' }, root: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' }, 'search-cache': { type: 'string' }, 'no-cache': { type: 'boolean' } },
});
// Parsed meetings are kept between builds (docs/performance.md); a CI saves and restores this folder.
const cache = values['no-cache'] ? undefined : parseCacheFolder(values.cache);
// So are the search indexes of closed municipal years (docs/search.md).
const searchCache = values['no-cache'] ? undefined : searchCacheFolder(values['search-cache']);
const pathPrefix = values['path-prefix'] ?? process.env.MINUTE_BOOK_PATH_PREFIX ?? '/';
const output = path.resolve(values.out ?? path.join(projectRoot, '_site'));

try {
  const started = performance.now();
  const build = prepareBuild({ root: archiveRoot(values.root), pathPrefix, ...(cache ? { cache } : {}) });
  const warnings = build.archive.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length) process.stdout.write(formatCheck(warnings, 'text'));
  providePreparedBuild(build);
  const changes = await buildTimings.span('site', () => writeSite(output, async (site) => {
    const { folder, incremental, written } = site;
    // The search index is part of the site, written into the same folder in worker threads while Eleventy writes the pages.
    const previousBundle = site.previousFiles(SEARCH_BUNDLE_FOLDER);
    const index = startSearchIndex(folder, build.pages, { ...(searchCache ? { cache: searchCache } : {}), ...(previousBundle ? { previous: previousBundle } : {}) });
    let search;
    try {
      // The pages with templates, those of the search index first, in runs of Eleventy: it holds every page of a run until the run ends.
      let templated = indexFirstOrder(build.pages, index.parts).filter((page) => !isPlainFile(page));
      await buildTimings.span('pages', async () => {
        if (incremental) {
          // Over a previous site, pages are rendered here first (or kept unrendered by their input keys), and Eleventy renders again and writes only those that changed.
          const render = (page: Page) => buildTimings.add('render', () => renderPage(build.site, page));
          templated = changedPages(templated, { site, index, render, ...(searchCache ? { searchCache } : {}) });
          build.onRendered = (page, html) => written(page.outputPath, html, page.inputKey);
        } else {
          build.onRendered = (page, html) => {
            written(page.outputPath, html, page.inputKey);
            index.offer(page, html);
          };
        }
        // At least one run, with no pages if none changed: it copies the assets.
        for (const pages of pageBatches(templated, Number(process.env.MINUTE_BOOK_PAGES_PER_RUN) || PAGES_PER_RUN)) {
          providePreparedBuild({ ...build, pages });
          await new Eleventy(projectRoot, folder, { configPath: path.join(projectRoot, 'eleventy.config.ts'), quietMode: true }).write();
        }
      });
      buildTimings.spanSync('files', () => writePlainFiles(folder, build.pages, site));
      search = await index.finish();
      for (const { sitePath, hash, kept } of search.hashes ?? []) site.hashed(sitePath, hash, kept);
      if (search.indexing) buildTimings.record('indexing', search.indexing.from, search.indexing.to);
    } finally {
      await index.stop();
    }
    const reused = search.reused ? `, ${search.reused} of them unchanged and taken from the cache` : '';
    console.log(`Indexed ${search.pages} pages for search in ${search.parts} ${search.parts === 1 ? 'part' : 'parts'}${reused} (${search.files} files, ${Math.round(search.bytes / 1024)} KB).`);
    // For the atomic-output test: fail after the pages are written, as a later step of a real build might.
    if (process.env.MINUTE_BOOK_FAIL_AFTER_WRITING) throw new Error('stopped on purpose after writing the pages (MINUTE_BOOK_FAIL_AFTER_WRITING)');
    buildTimings.since('index', 'files');
  }, { incremental: !values['no-cache'] }));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  // For the benchmark (npm run bench): the build's phase times, written where MINUTE_BOOK_TIMINGS says.
  if (process.env.MINUTE_BOOK_TIMINGS) writeFileSync(process.env.MINUTE_BOOK_TIMINGS, JSON.stringify(buildTimings.report()));
  const changed = changes.kept ? ` (${changes.written} files written, ${changes.removed} removed, ${changes.kept} unchanged)` : '';
  console.log(`Built ${build.pages.length} pages from ${build.archive.meetings.length} meetings into ${path.relative(process.cwd(), output) || '.'}${changed} in ${seconds} s.`);
} catch (error) {
  if (error instanceof ContentErrors) {
    process.stderr.write(formatCheck(error.diagnostics, 'text'));
    console.error(`\nNothing was published: ${error.message}.`);
    process.exitCode = 1;
  } else {
    console.error(`The build failed and the previous site was left as it was: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
