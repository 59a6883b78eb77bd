import type { Worker } from 'node:worker_threads';
import type { Page } from '../pages/page.ts';
import { typeScriptWorker } from '../threads/typescript-worker.ts';
import { searchParts, type SearchPart } from './search-parts.ts';
import { withPartsFile, type SearchIndexOptions, type SearchIndexSummary } from './search-index.ts';

export type WorkerMessage =
  { type: 'page'; file: string; html?: string; inputKey?: string } | { type: 'pages-written' } | { type: 'finish' };
type WorkerReply = { type: 'done'; summary: SearchIndexSummary } | { type: 'failed'; message: string };

/**
 * Worker threads writing the index, each with a Pagefind process of its own:
 * Pagefind indexes on one core, so two of them use both cores of a small
 * machine once the pages are written.
 */
const WORKERS = 2;

/** The search index being written in worker threads while the pages are rendered. */
export interface SearchIndexInWorkers {
  /** The parts of the index, in the order they are shared out (the current part first). */
  parts: SearchPart[];
  /** Hands over a page as rendered, or by its input key alone when the previous site holds it as made from the same inputs (changed-pages.ts); pages that are not indexed are ignored. */
  offer(page: Page, html?: string): void;
  /** Says that every page offered so far is in the site, so the workers may read back what they did not keep. */
  pagesWritten(): void;
  /** Waits for the bundle to be written. */
  finish(): Promise<SearchIndexSummary>;
  /** Stops the workers without waiting for their work, when the build has failed. */
  stop(): Promise<void>;
}

/**
 * Starts writing the search bundle into `site` in worker threads, the parts
 * shared out between them in turn. While the main thread renders and writes
 * the pages, each worker hands a part to its Pagefind process as soon as the
 * part's pages have been rendered, so indexing and writing go on at once.
 */
export function startSearchIndex(site: string, pages: Page[], options: SearchIndexOptions = {}): SearchIndexInWorkers {
  const parts = searchParts(pages, options.partPages);
  const shares = Array.from({ length: Math.min(WORKERS, parts.length) }, (_, w) =>
    parts.filter((_, i) => i % WORKERS === w),
  );
  const workers = shares.map((share) => indexWorker(site, share, options));
  const stop = async () => {
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  };
  const workerOf = new Map<string, IndexWorker>();
  for (const [w, share] of shares.entries())
    for (const part of share) for (const file of part.files) workerOf.set(file, workers[w]!);
  return {
    parts,
    offer(page, html) {
      const message: WorkerMessage = {
        type: 'page',
        file: page.outputPath,
        ...(html !== undefined ? { html } : {}),
        ...(page.inputKey !== undefined ? { inputKey: page.inputKey } : {}),
      };
      workerOf.get(page.outputPath)?.worker.postMessage(message);
    },
    pagesWritten() {
      for (const { worker } of workers) worker.postMessage({ type: 'pages-written' } satisfies WorkerMessage);
    },
    async finish() {
      for (const { worker } of workers) worker.postMessage({ type: 'finish' } satisfies WorkerMessage);
      try {
        return withPartsFile(site, parts, combined(await Promise.all(workers.map((w) => w.reply))));
      } finally {
        await stop();
      }
    },
    stop,
  };
}

interface IndexWorker {
  worker: Worker;
  reply: Promise<SearchIndexSummary>;
}

function indexWorker(site: string, parts: SearchPart[], options: SearchIndexOptions): IndexWorker {
  const worker = typeScriptWorker(new URL('./search-index-worker.ts', import.meta.url), {
    workerData: { site, parts, options },
  });
  const reply = new Promise<SearchIndexSummary>((resolve, reject) => {
    worker.once('message', (message: WorkerReply) =>
      message.type === 'done' ? resolve(message.summary) : reject(new Error(message.message)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a worker of the search index stopped (exit code ${code})`)));
  });
  // Until it is waited for, a failure is kept for finish() rather than reported as unhandled.
  reply.catch(() => {});
  return { worker, reply };
}

/** The workers' summaries as one. */
function combined(summaries: SearchIndexSummary[]): SearchIndexSummary {
  const total: SearchIndexSummary = { pages: 0, files: 0, bytes: 0, parts: 0, reused: 0 };
  for (const s of summaries) {
    total.pages += s.pages;
    total.files += s.files;
    total.bytes += s.bytes;
    total.parts += s.parts;
    total.reused += s.reused;
    if (s.hashes) (total.hashes ??= []).push(...s.hashes);
    if (s.indexing)
      total.indexing = {
        from: Math.min(total.indexing?.from ?? Infinity, s.indexing.from),
        to: Math.max(total.indexing?.to ?? 0, s.indexing.to),
      };
  }
  return total;
}
