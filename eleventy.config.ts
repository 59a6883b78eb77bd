// Eleventy is thin wiring: the archive is loaded once through src/, and one
// paginated virtual template writes every page from the prepared views.
import path from 'node:path';
import { prepareBuild, takePreparedBuild, type PreparedBuild } from './src/build/prepared-build.ts';
import { buildTimings } from './src/build/phase-timings.ts';
import { archiveRoot, parseCacheFolder } from './src/paths.ts';
import { renderPage } from './_includes/render.ts';
import type { Page } from './src/site/page.ts';
import { writeSearchIndex } from './src/search/search-index.ts';
import { searchCacheFolder } from './src/search/search-bundle.ts';
import { isPlainFile, writePlainFiles } from './src/build/plain-files.ts';

export default function (eleventyConfig: any) {
  let build: PreparedBuild | undefined;

  eleventyConfig.on('eleventy.before', () => {
    // `npm run build` hands over the archive it has checked; `npm start` loads it on every rebuild.
    build = takePreparedBuild() ?? prepareBuild({ root: archiveRoot(), pathPrefix: process.env.MINUTE_BOOK_PATH_PREFIX ?? '/', cache: parseCacheFolder() });
  });

  // Eleventy writes the pages that have a template; the plain files (feeds, open data, OParl) are written after it.
  eleventyConfig.addGlobalData('pages', () => (build?.pages ?? []).filter((page) => !isPlainFile(page)));
  eleventyConfig.addTemplate('pages.11ty.js', {
    data: {
      pagination: { data: 'pages', size: 1, alias: 'page_' },
      permalink: (data: { page_: Page }) => data.page_.outputPath,
      eleventyExcludeFromCollections: true,
    },
    render: (data: { page_: Page }) => {
      const html = buildTimings.add('render', () => renderPage(build!.site, data.page_));
      build!.onRendered?.(data.page_, html);
      return html;
    },
  });

  // `npm run build` writes the plain files and the index into its temporary folder itself; `npm start` into the served site after each rebuild.
  // `directories.output` is the folder Eleventy was given (`dir.output` is only the configuration's default).
  eleventyConfig.on('eleventy.after', async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (runMode === 'build') return;
    writePlainFiles(directories.output, build?.pages ?? []);
    await writeSearchIndex(directories.output, build?.pages ?? [], { cache: searchCacheFolder() });
  });

  eleventyConfig.addPassthroughCopy({ '_includes/assets': 'assets' });
  // The archive npm start serves (MINUTE_BOOK_ROOT, else this repository's sample).
  eleventyConfig.addWatchTarget(path.join(archiveRoot(), 'content/'));
  eleventyConfig.addWatchTarget(path.join(archiveRoot(), '_data/'));
  eleventyConfig.setTemplateFormats(['11ty.js']);
  for (const folder of ['content', 'docs', 'tests', 'scripts', 'src', 'node_modules', '.cache']) eleventyConfig.ignores.add(`${folder}/**`);
  eleventyConfig.setQuietMode(true);

  return { dir: { input: '.', includes: '_includes', data: '_data' } };
}
