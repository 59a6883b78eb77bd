import { typeScriptWorker } from '../threads/typescript-worker.ts';
import type { Page } from '../site/page.ts';
import { searchParts } from './search-parts.ts';
import type { SearchIndexOptions, SearchIndexSummary } from './search-index.ts';

export type WorkerMessage = { type: 'page'; file: string; html: string } | { type: 'finish' };
type WorkerReply = { type: 'done'; summary: SearchIndexSummary } | { type: 'failed'; message: string };

/** The search index being written in a worker thread while the pages are rendered. */
export interface SearchIndexInWorker {
  /** Hands over a page as rendered; pages that are not indexed are ignored. */
  offer(page: Page, html: string): void;
  /** Waits for the bundle to be written. */
  finish(): Promise<SearchIndexSummary>;
  /** Stops the worker without waiting, when the build has failed. */
  stop(): Promise<void>;
}

/**
 * Starts writing the search bundle into `site` in a worker thread. Pagefind
 * works in a process of its own, so while the main thread renders and writes
 * the pages, the worker hands each part to Pagefind as soon as its pages have
 * been rendered, and the two cores of a small machine both work.
 */
export function startSearchIndex(site: string, pages: Page[], options: SearchIndexOptions = {}): SearchIndexInWorker {
  const parts = searchParts(pages);
  const indexed = new Set(parts.flatMap((part) => part.files));
  const worker = typeScriptWorker(new URL('./search-index-worker.ts', import.meta.url), { workerData: { site, parts, options } });
  const reply = new Promise<SearchIndexSummary>((resolve, reject) => {
    worker.once('message', (message: WorkerReply) => (message.type === 'done' ? resolve(message.summary) : reject(new Error(message.message))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search index's worker stopped (exit code ${code})`)));
  });
  // Until it is waited for, a failure is kept for finish() rather than reported as unhandled.
  reply.catch(() => {});
  return {
    offer(page, html) {
      if (indexed.has(page.outputPath)) worker.postMessage({ type: 'page', file: page.outputPath, html } satisfies WorkerMessage);
    },
    async finish() {
      worker.postMessage({ type: 'finish' } satisfies WorkerMessage);
      try {
        return await reply;
      } finally {
        await worker.terminate();
      }
    },
    async stop() {
      await worker.terminate();
    },
  };
}
