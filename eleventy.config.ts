// Eleventy is thin wiring: the archive is loaded once through src/, and one
// paginated virtual template writes every page from the prepared views.
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import {
  prepareBuild,
  providePreparedBuild,
  takePreparedBuild,
  type PreparedBuild,
} from './src/build/prepared-build.ts';
import { buildTimings } from './src/build/phase-timings.ts';
import { archiveRoot, parseCacheFolder, projectRoot } from './src/paths.ts';
import { renderPage } from './_includes/render.ts';
import type { Page } from './src/pages/page.ts';
import { isPlainFile } from './src/build/plain-files.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Eleventy 3 publishes no TypeScript types for its configuration object
export default function (eleventyConfig: any) {
  let build: PreparedBuild | undefined;

  eleventyConfig.on('eleventy.before', () => {
    // `npm run build` and `npm start` hand over the archive they have checked (src/build/build-site.ts); Eleventy run on its own loads it.
    build =
      takePreparedBuild() ??
      prepareBuild({
        root: archiveRoot(process.env.MINUTE_BOOK_ROOT),
        pathPrefix: process.env.MINUTE_BOOK_PATH_PREFIX ?? '/',
        cache: parseCacheFolder(process.env.MINUTE_BOOK_CACHE),
      });
  });

  // Eleventy writes the pages that have a template; src/build/build-site.ts writes the plain files (feeds, open data, OParl) and the search index.
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

  eleventyConfig.addPassthroughCopy({ '_includes/assets': 'assets' });
  eleventyConfig.setTemplateFormats(['11ty.js']);
  for (const folder of ['content', 'docs', 'tests', 'scripts', 'src', 'node_modules', '.cache'])
    eleventyConfig.ignores.add(`${folder}/**`);
  eleventyConfig.setQuietMode(true);
  // Eleventy runs any .js, .cjs or .mjs file in its data folder, and data files beside templates; the site's data is
  // YAML read by src/ (and a program in _data/ is an error of the check), so Eleventy is given neither.
  eleventyConfig.setDataFileSuffixes([]);

  return { dir: { input: '.', includes: '_includes', data: NO_DATA_FOLDER } };
}

/**
 * Where Eleventy looks for global data: this configuration file, which is not
 * a folder, so that it finds nothing there to run.
 */
const NO_DATA_FOLDER = 'eleventy.config.ts';

/** Writes the pages of `build` that have templates into `folder`, in one run of Eleventy with this configuration (src/build/build-site.ts). */
export async function writePagesWithEleventy(folder: string, build: PreparedBuild): Promise<void> {
  providePreparedBuild(build);
  const eleventy = new Eleventy(projectRoot, folder, {
    configPath: path.join(projectRoot, 'eleventy.config.ts'),
    quietMode: true,
  });
  // Eleventy's own "Wrote N files" counts each run's pages, written or not; the build says what changed in the site.
  (eleventy as unknown as { disableLogger(): void }).disableLogger();
  await eleventy.write();
  // Not kept past the run: the next run is handed its own, and a finished build lets go of its archive.
  providePreparedBuild(undefined);
}
