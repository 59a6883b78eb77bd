// The one module of src/ that knows Eleventy: it hands a prepared build to Eleventy as a plugin and runs it.
import Eleventy, { type EleventyConfig } from '@11ty/eleventy';
import type { Page, RenderPage } from '../pages/page.ts';
import { projectRoot } from '../paths.ts';
import type { PreparedBuild } from './prepared-build.ts';
import { buildTimings } from './phase-timings.ts';
import { isPlainFile } from './plain-files.ts';

/**
 * Where Eleventy looks for global data: the configuration file, which is not
 * a folder, so that it finds nothing there to run.
 */
const NO_DATA_FOLDER = 'eleventy.config.ts';

/**
 * Eleventy's configuration for a build: the pages of `prepared()` that have
 * templates, written by one paginated virtual template that calls `render`.
 * `prepared` is called once per run of Eleventy, before it reads any data:
 * the build hands over the build it has checked, Eleventy run on its own
 * (eleventy.config.ts) loads the archive there. Eleventy is handed the
 * closure (its `config` option), so nothing is kept between runs.
 */
export function minuteBookPages(prepared: () => PreparedBuild, render: RenderPage) {
  return (eleventyConfig: EleventyConfig): void => {
    let build: PreparedBuild | undefined;
    eleventyConfig.on('eleventy.before', () => {
      build = prepared();
    });

    // Eleventy writes the pages that have a template; build-site.ts writes the plain files (feeds, open data, OParl) and the search index.
    eleventyConfig.addGlobalData('pages', () => (build?.pages ?? []).filter((page) => !isPlainFile(page)));
    eleventyConfig.addTemplate('pages.11ty.js', {
      data: {
        pagination: { data: 'pages', size: 1, alias: 'page_' },
        permalink: (data: { page_: Page }) => data.page_.outputPath,
        eleventyExcludeFromCollections: true,
      },
      render: (data: { page_: Page }) => {
        const html = buildTimings.add('render', () => render(build!.site, data.page_));
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
    eleventyConfig.setIncludesDirectory('_includes');
    eleventyConfig.setDataDirectory(NO_DATA_FOLDER);
  };
}

/** Writes the pages of `build` that have templates into `folder`, in one run of Eleventy (build-site.ts calls it once per run of pages). */
export async function writePagesWithEleventy(folder: string, build: PreparedBuild, render: RenderPage): Promise<void> {
  const eleventy = new Eleventy(projectRoot, folder, {
    // No configuration file: the configuration is the closure, which holds this build and no other.
    configPath: false,
    config: minuteBookPages(() => build, render),
    quietMode: true,
  });
  // Eleventy's own "Wrote N files" counts each run's pages, written or not; the build says what changed in the site.
  (eleventy as unknown as { disableLogger(): void }).disableLogger();
  await eleventy.write();
}
