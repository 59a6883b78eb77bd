// node scripts/launch.js tests/support/index-offered.ts ARCHIVE SITE PART_PAGES OUT
// Indexes a built site's pages into OUT as the build does: every page handed
// to the index writer as it is rendered, before it is written (here, before
// it is copied into OUT), then told written. Parts after the first
// keep no HTML and read their pages back from OUT, so this fails if they read
// before the pages are there. Outside vitest for the same reason as index-site.ts.
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { prepareBuild } from '../../src/build/prepared-build.ts';
import { SearchIndexWriter, withPartsFile } from '../../src/search/search-index.ts';
import { searchParts } from '../../src/search/search-parts.ts';

const [root, site, partPages, out] = process.argv.slice(2) as [string, string, string, string];
const parts = searchParts(prepareBuild({ root, pathPrefix: '/' }).pages, Number(partPages));
const writer = new SearchIndexWriter(out, parts);
for (const part of parts)
  for (const file of part.files) writer.offer(file, readFileSync(path.join(site, file), 'utf8'));
// The first part, which kept its pages, is indexed; a part that did not wait for its pages would be reading them now, and fail.
const firstPart = path.join(out, 'pagefind', parts[0]!.folder, 'pagefind-entry.json');
for (let waited = 0; !existsSync(firstPart); waited += 100) {
  if (waited > 60_000) throw new Error(`${firstPart} was not written within a minute`);
  await sleep(100);
}
await sleep(500);
for (const part of parts) {
  for (const file of part.files) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    cpSync(path.join(site, file), path.join(out, file));
  }
}
writer.pagesWritten();
console.log(JSON.stringify(withPartsFile(out, parts, await writer.finish())));
