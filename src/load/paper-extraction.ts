import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import type { PaperFormat } from '../model/types.ts';
import type { Extraction } from '../papers/extract-text.ts';
import { PaperTextCache } from '../incremental/paper-texts.ts';
import { typeScriptWorker } from '../threads/typescript-worker.ts';

/** A paper file whose text is wanted, by its content's hash. */
export interface ExtractionRequest {
  sha256: string;
  format: PaperFormat;
  /** Where the file is, to be read by the worker. */
  absolute: string;
}

/** What the worker is given, and what it sends back for each file (its index in the requests). */
export interface ExtractionWorkerInput {
  requests: ExtractionRequest[];
  shared: SharedArrayBuffer;
}
export type ExtractionWorkerResult = [index: number, extraction: Extraction];

/** How long to wait for the worker to send the next file's text before giving up on the rest. */
const PATIENCE_MS = 120_000;

/**
 * Papers' pages and text, by the file's content hash, from the cache of
 * papers' text (src/incremental/paper-texts.ts) when it holds them, so a
 * build reads a PDF only the first time it sees it. Text is extracted on a
 * worker thread, since pdfjs works asynchronously, and waited for
 * synchronously, so loading the archive stays one plain function call.
 */
export class PaperExtractions {
  private readonly cache: PaperTextCache;

  constructor(folder?: string) {
    this.cache = new PaperTextCache(folder);
  }

  /** Each request's extraction, by content hash. */
  extract(requests: ExtractionRequest[]): Map<string, Extraction> {
    const found = new Map<string, Extraction>();
    const wanted: ExtractionRequest[] = [];
    for (const request of requests) {
      if (found.has(request.sha256) || wanted.some((w) => w.sha256 === request.sha256)) continue;
      const known = this.cache.lookup(request.sha256);
      if (known) found.set(request.sha256, known);
      else wanted.push(request);
    }
    if (wanted.length === 0) return found;
    const made = extractOnWorker(wanted);
    for (const [i, request] of wanted.entries()) {
      const extraction = made[i] ?? { ok: false, problem: 'unreadable', detail: 'reading it took too long' };
      found.set(request.sha256, extraction);
      if (made[i]) this.cache.store(request.sha256, extraction);
    }
    return found;
  }
}

/** Extracts on a worker thread and waits for it; a file the worker never answered for is left undefined. */
function extractOnWorker(requests: ExtractionRequest[]): Array<Extraction | undefined> {
  const shared = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const sent = new Int32Array(shared);
  const { port1: inbox, port2: outbox } = new MessageChannel();
  const worker = typeScriptWorker(new URL('./paper-extraction-worker.ts', import.meta.url), {
    workerData: { requests, shared, port: outbox },
    transferList: [outbox],
  });
  worker.on('error', ignoreWorkerError);
  const results: Array<Extraction | undefined> = new Array(requests.length);
  let missing = requests.length;
  let waitedSince = performance.now();
  try {
    while (missing > 0 && performance.now() - waitedSince < PATIENCE_MS) {
      const count = Atomics.load(sent, 0);
      for (let message = receiveMessageOnPort(inbox); message; message = receiveMessageOnPort(inbox)) {
        const [index, extraction] = message.message as ExtractionWorkerResult;
        if (!results[index]) missing--;
        results[index] = extraction;
        waitedSince = performance.now();
      }
      if (missing > 0) Atomics.wait(sent, 0, count, 50);
    }
  } finally {
    inbox.close();
    void worker.terminate();
  }
  return results;
}

function ignoreWorkerError(): void {}
