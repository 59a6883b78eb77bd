import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '../pages/page.ts';
import type { FilePage } from '../pages/file-page.ts';
import type { SiteOutput } from './site-update.ts';
import { collectGarbageIfGrown } from '../threads/collect-garbage.ts';

/** How many files are made between looks at the heap: each file made is garbage once written. */
const FILES_BETWEEN_COLLECTIONS = 10_000;

/** The site's plain files: feeds, calendars, the sitemap, open data and OParl, written as they are. */
export function isPlainFile(page: Page): boolean {
  return page.kind === 'file';
}

/**
 * Writes the plain files straight into the output folder, one after another.
 * They need no template, and Eleventy's pagination spent about 0.3 ms on each
 * file it wrote, against 0.17 ms straight: at 10,000 meetings the OParl export
 * alone is 112,000 files (docs/performance.md). Given the site's output, a
 * file the previous site already holds is not written, and a file made from
 * the same inputs as the previous site's (its input key) is not even made.
 */
export function writePlainFiles(
  folder: string,
  pages: Iterable<Page>,
  site?: Pick<SiteOutput, 'unchanged' | 'sameInputs'>,
): void {
  const made = new Set<string>();
  let sinceCollection = 0;
  for (const page of pages) {
    if (!isPlainFile(page)) continue;
    const { inputKey } = page;
    if (inputKey !== undefined && site?.sameInputs(page.outputPath, inputKey)) continue;
    const { view } = page as FilePage;
    // Made into bytes once, to be hashed and written.
    const bytes = 'bytes' in view && view.bytes ? view.bytes() : view.content();
    const content = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    if (++sinceCollection === FILES_BETWEEN_COLLECTIONS) {
      sinceCollection = 0;
      collectGarbageIfGrown();
    }
    // The previous site may already hold it: then it is left there (site-update.ts).
    if (site?.unchanged(page.outputPath, content, inputKey)) continue;
    const target = path.join(folder, page.outputPath);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(target, content);
  }
}
