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
 * They need no template, and Eleventy spends about 0.4 ms on each page it
 * writes: at 10,000 meetings the OParl export alone is 112,000 files, so
 * going through Eleventy cost more than the HTML pages did.
 */
export function writePlainFiles(folder: string, pages: Iterable<Page>): number {
  const made = new Set<string>();
  let written = 0;
  for (const page of pages) {
    if (!isPlainFile(page)) continue;
    const target = path.join(folder, page.outputPath);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(target, (page as FilePage).view.content());
    written++;
  }
  return written;
}
