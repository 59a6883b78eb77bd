import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '../site/page.ts';
import type { FilePage } from '../outputs/file-page.ts';

/** The site's plain files: feeds, calendars, the sitemap, open data and OParl, written as they are. */
export function isPlainFile(page: Page): boolean {
  return page.kind === 'file';
}

/**
 * Writes the plain files straight into the output folder, one after another.
 * They need no template, and Eleventy's pagination spent about 0.3 ms on each
 * file it wrote, against 0.17 ms straight: at 10,000 meetings the OParl export
 * alone is 112,000 files (docs/performance.md). Given `unchanged`, a file
 * it says the previous site already holds is not written.
 */
export function writePlainFiles(folder: string, pages: Iterable<Page>, unchanged?: (sitePath: string, content: string) => boolean): void {
  const made = new Set<string>();
  for (const page of pages) {
    if (!isPlainFile(page)) continue;
    const content = (page as FilePage).view.content();
    // The previous site may already hold it: then it is left there (site-update.ts).
    if (unchanged?.(page.outputPath, content)) continue;
    const target = path.join(folder, page.outputPath);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(target, content);
  }
}
