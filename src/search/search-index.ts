import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { stableBundle } from './stable-index.ts';
import { SEARCH_BUNDLE_FOLDER } from './search-bundle.ts';


/**
 * Pagefind's ready-made interfaces, which the site does not use: its search
 * page is its own, on Pagefind's JavaScript API (docs/search.md says why).
 */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface SearchIndexSummary {
  /** Pages in the index: those marked `data-pagefind-body` (Pagefind reads every page to find them). */
  pages: number;
  files: number;
  bytes: number;
}

/**
 * Indexes the HTML pages of a written site and writes the search bundle into
 * its `pagefind/` folder. Only pages with `data-pagefind-body` are indexed
 * (the minutes and reports); the rest of the site is left out.
 */
export async function writeSearchIndex(site: string): Promise<SearchIndexSummary> {
  try {
    const created = await pagefind.createIndex({});
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    const added = await created.index.addDirectory({ path: path.resolve(site) });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const { files, errors } = await created.index.getFiles();
    if (errors.length) throw new Error(`Pagefind could not build the index: ${errors.join('; ')}`);
    const kept = stableBundle(files.filter((file) => !UNUSED_FILES.test(file.path)));
    const bundle = path.join(site, SEARCH_BUNDLE_FOLDER);
    for (const file of kept) {
      const target = path.join(bundle, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    return { pages: indexedPages(kept), files: kept.length, bytes: kept.reduce((n, f) => n + f.content.length, 0) };
  } finally {
    // Pagefind runs as a child process; stop it so the build can exit.
    await pagefind.close();
  }
}

/** The pages in the index, as its entry file counts them for each language. */
function indexedPages(files: Array<{ path: string; content: Uint8Array }>): number {
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  if (!entry) return 0;
  const { languages } = JSON.parse(Buffer.from(entry.content).toString('utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(languages).reduce((n, language) => n + language.page_count, 0);
}
