// node scripts/launch.js tests/support/index-site.ts ARCHIVE SITE PART_PAGES CACHE
// Indexes a built site again with a smaller part budget than the build's, for
// tests of the grouping that need several parts from a small archive. It runs
// outside vitest, whose module runner has no import.meta.resolve (the index
// code finds Pagefind's version with it).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { prepareBuild } from '../../src/build/prepared-build.ts';
import { writeSearchIndex } from '../../src/search/search-index.ts';

const [root, site, partPages, cache] = process.argv.slice(2) as [string, string, string, string];
rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
const summary = await writeSearchIndex(site, prepareBuild({ root, pathPrefix: '/' }).pages, {
  partPages: Number(partPages),
  cache,
});
console.log(JSON.stringify(summary));
