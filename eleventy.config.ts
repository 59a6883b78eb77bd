// Eleventy's configuration when Eleventy is run on its own (npx tsx node_modules/@11ty/eleventy/cmd.cjs
// --config=eleventy.config.ts): it loads the archive and writes the pages that have templates, as `npm run build`
// does without the plain files and the search index. `npm run build` and `npm start` do not read this file: they
// hand their checked build to Eleventy themselves (src/build/eleventy-pages.ts).
import { prepareBuild } from './src/build/prepared-build.ts';
import { minuteBookPages } from './src/build/eleventy-pages.ts';
import { archiveRoot, parseCacheFolder } from './src/paths.ts';
import { renderPage } from './_includes/render.ts';

export default minuteBookPages(
  () =>
    prepareBuild({
      root: archiveRoot(process.env.MINUTE_BOOK_ROOT),
      pathPrefix: process.env.MINUTE_BOOK_PATH_PREFIX ?? '/',
      cache: parseCacheFolder(process.env.MINUTE_BOOK_CACHE),
    }),
  renderPage,
);
