import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { stableBundle, type BundleFile } from './stable-index.ts';
import { SEARCH_PARTS_FILE } from './search-bundle.ts';
import { SEARCH_BUNDLE_FOLDER } from '../pages/search-addresses.ts';
import { partsFile, searchParts, type SearchPart } from './search-parts.ts';
import { IndexCache, partKey, type PartPage } from '../incremental/index-cache.ts';
import { codeVersion } from '../incremental/code-version.ts';
import { fileHash, untouched, type PreviousFiles } from '../incremental/site-manifest.ts';
import type { Page } from '../pages/page.ts';
import { collectGarbageIfGrown } from '../threads/collect-garbage.ts';

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
  /**
   * The previous site's bundle files, as its manifest lists them: a file of
   * the bundle it already holds, byte for byte, is not written again (most of
   * the bundle, when only the current year changed).
   */
  previous?: PreviousFiles;
}

export interface SearchIndexSummary {
  /** Pages in the index: the minutes and reports (pages with search fields). */
  pages: number;
  files: number;
  bytes: number;
  /** Parts written, and how many of them came from the cache. */
  parts: number;
  reused: number;
  /** When the first part began and the last one ended, in milliseconds since 1970 (the build reports it as a phase). */
  indexing?: { from: number; to: number };
  /** With `previous`: each bundle file's site path and hash, and whether the previous site's was kept rather than written. */
  hashes?: Array<{ sitePath: string; hash: string; kept: boolean }>;
}

/**
 * Indexes the minutes and reports of a written site and writes the search
 * bundle into its `pagefind/` folder, reading each indexed page from the
 * site. `npm start` indexes this way after each rebuild; `npm run build`
 * offers the pages to a {@link SearchIndexWriter} as they are rendered
 * instead (search-index-worker.ts).
 */
export async function writeSearchIndex(
  site: string,
  pages: Page[],
  options: SearchIndexOptions = {},
): Promise<SearchIndexSummary> {
  const parts = searchParts(pages, options.partPages);
  // Nothing is offered: finish() reads each part's pages from the site as it comes to the part.
  return withPartsFile(site, parts, await new SearchIndexWriter(site, parts, options).finish());
}

/** Writes `parts.json`, which lists every part of the bundle for the browser, once the parts are written, and counts it in the summary. */
export function withPartsFile(site: string, parts: SearchPart[], summary: SearchIndexSummary): SearchIndexSummary {
  const content = Buffer.from(`${JSON.stringify(partsFile(parts))}\n`);
  mkdirSync(path.join(site, SEARCH_BUNDLE_FOLDER), { recursive: true });
  writeFileSync(path.join(site, SEARCH_BUNDLE_FOLDER, SEARCH_PARTS_FILE), content);
  return { ...summary, files: summary.files + 1, bytes: summary.bytes + content.length };
}

/**
 * Writes parts of the search bundle: one Pagefind index per part
 * (search-parts.ts), the current part at the top of `pagefind/`, each closed
 * part in its own folder (`parts.json`, which lists them all, is written
 * once every part is: withPartsFile). Pages are offered one at a
 * time, in any order; a part is indexed as soon as all its pages have come,
 * while the rest are still being offered, so Pagefind holds one part in
 * memory at a time. A closed part whose pages are unchanged is copied from
 * the cache instead.
 */
export class SearchIndexWriter {
  private readonly partOf = new Map<string, SearchPart>();
  private readonly received = new Map<SearchPart, Map<string, string>>();
  /** The input keys of the pages offered with one, by file. */
  private readonly inputKeys = new Map<string, string>();
  /** Pages offered, by part: with their HTML, or only their input key. */
  private readonly offered = new Map<SearchPart, Set<string>>();
  /** Parts handed to Pagefind or the cache already: a page offered again is not indexed twice. */
  private readonly started = new Set<SearchPart>();
  /**
   * Pages offered with their HTML to a part further down the queue, whose HTML
   * was not kept (readLater): read back from the site when the part's turn
   * comes, once the pages are known to be written (pagesWritten).
   */
  private readonly unwritten = new Set<string>();
  /** Parts whose pages have all come but are not all written yet. */
  private readonly waiting = new Set<SearchPart>();
  /** The bundle's folders this writer has made. */
  private readonly folders = new Set<string>();
  /** Parts queued and not yet written. */
  private unfinished = 0;
  private readonly summary: SearchIndexSummary;
  private readonly cache: IndexCache | undefined;
  private readonly previous: PreviousFiles | undefined;
  /** The parts being written, one after another: Pagefind indexes one at a time. */
  private queue: Promise<void> = Promise.resolve();
  private failure: unknown;
  readonly site: string;
  readonly parts: SearchPart[];

  constructor(site: string, parts: SearchPart[], options: SearchIndexOptions = {}) {
    this.site = site;
    this.parts = parts;
    this.cache = options.cache ? new IndexCache(options.cache) : undefined;
    this.previous = options.previous;
    this.summary = { pages: 0, files: 0, bytes: 0, parts: parts.length, reused: 0 };
    for (const part of parts) {
      this.received.set(part, new Map());
      this.offered.set(part, new Set());
      for (const file of part.files) this.partOf.set(file, part);
    }
  }

  /**
   * A page's HTML, as written to `file` in the site, and its input key if it
   * has one; pages that are not indexed are ignored. A page kept from the
   * previous site by its input key comes with its key alone: its HTML is
   * read back from the site if its part is indexed (readPage).
   */
  offer(file: string, html: string | undefined, inputKey?: string): void {
    const part = this.partOf.get(file);
    if (!part || this.started.has(part)) return;
    if (html !== undefined) {
      if (this.readLater()) this.unwritten.add(file);
      else this.received.get(part)!.set(file, html);
    }
    if (inputKey !== undefined) this.inputKeys.set(file, inputKey);
    const offered = this.offered.get(part)!;
    offered.add(file);
    if (offered.size === part.files.length) this.ready(part);
  }

  /**
   * Every page offered so far is written to the site (or was kept in the
   * previous site): parts waiting for their pages to be read back can go.
   */
  pagesWritten(): void {
    this.unwritten.clear();
    for (const part of this.parts) if (this.waiting.delete(part)) this.write(part, this.received.get(part)!);
  }

  /** Waits for every part to be written. Pages never offered are read from the site, a part at a time. */
  async finish(): Promise<SearchIndexSummary> {
    // Called once the site is written.
    this.pagesWritten();
    for (const part of this.parts) if (!this.started.has(part)) this.write(part, this.received.get(part)!);
    try {
      await this.queue;
    } finally {
      // Pagefind runs as a child process; stop it so the build can exit.
      await pagefind.close();
    }
    if (this.failure) throw this.failure;
    return this.summary;
  }

  /**
   * Pages are offered faster than Pagefind indexes them (all of them in the
   * first seconds of a build), so their HTML is kept only until a part is
   * queued: the first part starts as soon as its last page is rendered, and
   * the parts after it read their pages back from the site when their turn
   * comes, by when the build has written them (pagesWritten, after each run
   * of Eleventy). Holding every part's HTML cost each worker some 300 MB at
   * 10,000 meetings, and holding two parts' about 55 MB more than one
   * (docs/performance.md).
   */
  private readLater(): boolean {
    return this.unfinished >= 1;
  }

  private ready(part: SearchPart): void {
    if (part.files.some((file) => this.unwritten.has(file))) this.waiting.add(part);
    else this.write(part, this.received.get(part)!);
  }

  private write(part: SearchPart, pages: Map<string, string>): void {
    this.started.add(part);
    this.unfinished++;
    this.queue = this.queue.then(async () => {
      if (this.failure) return;
      try {
        this.summary.indexing ??= { from: now(), to: now() };
        const key =
          this.cache && !part.current
            ? partKey(
                codeVersion(),
                part.folder,
                part.files.map((file) => this.partPage(file, pages)),
              )
            : undefined;
        const { files, reused } = await partBundle(
          part,
          (file) => this.takePage(file, pages),
          key ? { cache: this.cache!, key } : undefined,
        );
        if (reused) this.summary.reused++;
        for (const file of files) this.writeFile(part.folder + file.path, file.content);
        this.summary.pages += indexedPages(files);
        this.summary.indexing.to = now();
      } catch (error) {
        this.failure ??= error;
      } finally {
        // The part is written: its pages' HTML is no longer needed.
        pages.clear();
        collectGarbageIfGrown();
        this.unfinished--;
      }
    });
  }

  private partPage(file: string, pages: Map<string, string>): PartPage {
    const inputKey = this.inputKeys.get(file);
    if (inputKey !== undefined) return { file, inputKey };
    if (!pages.has(file)) pages.set(file, this.readPage(file));
    return { file, content: Buffer.from(pages.get(file)!) };
  }

  /**
   * A page's HTML for Pagefind, let go of once it is handed over: as offered,
   * or, for a page not offered with its HTML, read from the site (or from the
   * previous site where the page was kept) only now, so that a worker holds
   * the pages Pagefind is taking, not the whole part.
   */
  private takePage(file: string, pages: Map<string, string>): string {
    const html = pages.get(file) ?? this.readPage(file);
    pages.delete(file);
    return html;
  }

  private readPage(file: string): string {
    const here = path.join(this.site, file);
    try {
      return readFileSync(here, 'utf8');
    } catch (error) {
      if (!this.previous) throw error;
      return readFileSync(path.join(this.previous.folder, file), 'utf8');
    }
  }

  private writeFile(bundlePath: string, content: Uint8Array): void {
    this.summary.files++;
    this.summary.bytes += content.length;
    if (this.previous) {
      // Over a previous site, a file it holds already is kept there (site-update.ts), and the hash saves reading the file back.
      const sitePath = `${SEARCH_BUNDLE_FOLDER}/${bundlePath}`;
      const hash = fileHash(content);
      const kept = untouched(this.previous.folder, sitePath, this.previous.files[sitePath], hash);
      (this.summary.hashes ??= []).push({ sitePath, hash, kept });
      if (kept) return;
    }
    const target = path.join(this.site, SEARCH_BUNDLE_FOLDER, bundlePath);
    const folder = path.dirname(target);
    // A part's thousand fragments share a few folders: each is made once.
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    writeFileSync(target, content);
  }
}

/** Milliseconds since 1970, the same in every thread. */
function now(): number {
  return performance.timeOrigin + performance.now();
}

/** The files of one part: from the cache for an unchanged closed part, else indexed now. */
async function partBundle(
  part: SearchPart,
  html: (file: string) => string,
  cached: { cache: IndexCache; key: string } | undefined,
): Promise<{ files: BundleFile[]; reused: boolean }> {
  const found = cached?.cache.lookup(cached.key);
  if (found) return { files: found, reused: true };
  const files = (await indexPart(part, html)).filter((file) => part.current || !RUNTIME_FILES.test(file.path));
  if (cached) cached.cache.store(cached.key, files);
  return { files, reused: false };
}

/** Indexes one part's pages in one Pagefind index. */
async function indexPart(part: SearchPart, html: (file: string) => string): Promise<BundleFile[]> {
  const created = await pagefind.createIndex({});
  if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  const index = created.index;
  try {
    for (let start = 0; start < part.files.length; start += BATCH) {
      await Promise.all(
        part.files.slice(start, start + BATCH).map(async (file) => {
          // The path as it is in the site, so Pagefind makes the same address of it as when it reads the folder.
          const added = await index.addHTMLFile({ sourcePath: file, content: html(file) });
          if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
        }),
      );
    }
    const { files, errors } = await index.getFiles();
    if (errors.length) throw new Error(`Pagefind could not build the index: ${errors.join('; ')}`);
    return stableBundle(files.filter((file) => !UNUSED_FILES.test(file.path)));
  } finally {
    await index.deleteIndex();
  }
}

/** The pages in a part, as its entry file counts them for each language. */
function indexedPages(files: BundleFile[]): number {
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  if (!entry) return 0;
  const { languages } = JSON.parse(Buffer.from(entry.content).toString('utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(languages).reduce((n, language) => n + language.page_count, 0);
}
