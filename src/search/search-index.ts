import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { stableBundle, type BundleFile } from './stable-index.ts';
import { SEARCH_BUNDLE_FOLDER, SEARCH_PARTS_FILE } from './search-bundle.ts';
import { partsFile, searchParts, type SearchPart } from './search-parts.ts';
import { IndexCache, partKey } from './index-cache.ts';
import type { Page } from '../site/page.ts';

/**
 * Pagefind's ready-made interfaces, which the site does not use: its search
 * page is its own, on Pagefind's JavaScript API (docs/search.md says why).
 */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
/** Pagefind's script and WebAssembly: the browser loads them once, from the current year's part, for every part it merges. */
const RUNTIME_FILES = /^(pagefind\.js|pagefind-worker\.js|wasm\.[^/]+\.pagefind)$/;
/** Pages sent to Pagefind at once: enough to keep its threads busy, few enough to bound what the build holds in memory. */
const BATCH = 32;

export interface SearchIndexOptions {
  /** The folder of the cache of closed years; none means every part is indexed. */
  cache?: string;
  /** The pages a part of closed years is filled up to (PART_PAGE_BUDGET unless given; tests give less). */
  partPages?: number;
}

export interface SearchIndexSummary {
  /** Pages in the index: the minutes and reports (pages with search fields). */
  pages: number;
  files: number;
  bytes: number;
  /** Parts written, and how many of them came from the cache. */
  parts: number;
  reused: number;
}

/**
 * Indexes the minutes and reports of a written site and writes the search
 * bundle into its `pagefind/` folder: one Pagefind index per part (the
 * current municipal year at the top, each part of closed years in its own
 * folder, see search-parts.ts) and `parts.json`, which lists them. Each part
 * is indexed on its own, so Pagefind holds one part in memory at a time; a
 * closed part whose pages are unchanged is copied from the cache instead.
 */
export async function writeSearchIndex(site: string, pages: Page[], options: SearchIndexOptions = {}): Promise<SearchIndexSummary> {
  const parts = searchParts(pages, options.partPages);
  const cache = options.cache ? new IndexCache(options.cache) : undefined;
  const bundle = path.join(site, SEARCH_BUNDLE_FOLDER);
  const summary: SearchIndexSummary = { pages: 0, files: 0, bytes: 0, parts: parts.length, reused: 0 };
  try {
    for (const part of parts) {
      const { files, reused } = await partBundle(site, part, cache);
      if (reused) summary.reused++;
      for (const file of files) {
        const target = path.join(bundle, part.folder, file.path);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, file.content);
        summary.files++;
        summary.bytes += file.content.length;
      }
      summary.pages += indexedPages(files);
    }
  } finally {
    // Pagefind runs as a child process; stop it so the build can exit.
    await pagefind.close();
  }
  const content = Buffer.from(`${JSON.stringify(partsFile(parts))}\n`);
  writeFileSync(path.join(bundle, SEARCH_PARTS_FILE), content);
  summary.files++;
  summary.bytes += content.length;
  return summary;
}

/** The files of one part: from the cache for an unchanged closed year, else indexed now. */
async function partBundle(site: string, part: SearchPart, cache: IndexCache | undefined): Promise<{ files: BundleFile[]; reused: boolean }> {
  const key = cache && !part.current ? partKey(codeVersion(), part.folder, part.files.map((file) => ({ file, content: readFileSync(path.join(site, file)) }))) : undefined;
  const cached = key ? cache!.read(key) : undefined;
  if (cached) return { files: cached, reused: true };
  const files = (await indexPart(site, part)).filter((file) => part.current || !RUNTIME_FILES.test(file.path));
  if (key) cache!.write(key, files);
  return { files, reused: false };
}

/** Indexes one part's pages, read from the written site, in one Pagefind index. */
async function indexPart(site: string, part: SearchPart): Promise<BundleFile[]> {
  const created = await pagefind.createIndex({});
  if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  const index = created.index;
  try {
    for (let start = 0; start < part.files.length; start += BATCH) {
      await Promise.all(part.files.slice(start, start + BATCH).map(async (file) => {
        // The path as it is in the site, so Pagefind makes the same address of it as when it reads the folder.
        const added = await index.addHTMLFile({ sourcePath: file, content: readFileSync(path.join(site, file), 'utf8') });
        if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      }));
    }
    const { files, errors } = await index.getFiles();
    if (errors.length) throw new Error(`Pagefind could not build the index: ${errors.join('; ')}`);
    return stableBundle(files.filter((file) => !UNUSED_FILES.test(file.path)));
  } finally {
    await index.deleteIndex();
  }
}

let version: string | undefined;
/**
 * What, besides the pages, decides the bytes of a part: Pagefind's version and
 * the source of the code that feeds and rewrites its index. A change to either
 * makes every cached part a miss.
 */
function codeVersion(): string {
  if (version) return version;
  // pagefind/package.json is not among the package's exports, so it is read from where Node resolves the package.
  const pagefindPackage = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
  const hash = createHash('sha256').update(`pagefind ${(JSON.parse(readFileSync(pagefindPackage, 'utf8')) as { version: string }).version}\0`);
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const source of ['search-index.ts', 'search-parts.ts', 'stable-index.ts', 'index-cache.ts']) hash.update(readFileSync(path.join(here, source))).update('\0');
  version = hash.digest('hex');
  return version;
}

/** The pages in a part, as its entry file counts them for each language. */
function indexedPages(files: BundleFile[]): number {
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  if (!entry) return 0;
  const { languages } = JSON.parse(Buffer.from(entry.content).toString('utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(languages).reduce((n, language) => n + language.page_count, 0);
}
