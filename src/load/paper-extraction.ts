import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import type { PaperFormat, PaperSection } from '../model/types.ts';
import type { Extraction } from '../papers/extract-text.ts';
import { projectRoot } from '../paths.ts';
import { seal, unseal } from '../text/sealed.ts';
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
 * Papers' pages and text, cached by the file's content hash (as the parse
 * cache keeps parsed meetings, parse-cache.ts), so a build reads a PDF only
 * the first time it sees it. The address covers the extractor's code and
 * the versions of pdfjs-dist and mammoth, so a change to either reads every
 * paper again. Text is extracted on a worker thread, since pdfjs works
 * asynchronously, and waited for synchronously, so loading the archive stays
 * one plain function call.
 *
 * An entry checks itself as the parse cache's do (src/text/sealed.ts): its
 * first line is the hash of the rest, and the rest names the paper it is of.
 * An entry that does not match its hash, is of another paper or is not the
 * shape of an extraction is read again from the paper and written anew, so
 * a damaged or edited entry is never published. Entries hold text only,
 * never a path.
 */
export class PaperExtractions {
  /** Extractions made without a cache folder, kept for this process. */
  private static readonly remembered = new Map<string, Extraction>();

  constructor(private readonly folder?: string) {}

  /** Each request's extraction, by content hash. */
  extract(requests: ExtractionRequest[]): Map<string, Extraction> {
    const found = new Map<string, Extraction>();
    const wanted: ExtractionRequest[] = [];
    for (const request of requests) {
      if (found.has(request.sha256) || wanted.some((w) => w.sha256 === request.sha256)) continue;
      const known = this.lookup(request.sha256);
      if (known) found.set(request.sha256, known);
      else wanted.push(request);
    }
    if (wanted.length === 0) return found;
    const made = extractOnWorker(wanted);
    for (const [i, request] of wanted.entries()) {
      const extraction = made[i] ?? { ok: false, problem: 'unreadable', detail: 'reading it took too long' };
      found.set(request.sha256, extraction);
      if (made[i]) this.store(request.sha256, extraction);
    }
    return found;
  }

  private lookup(sha256: string): Extraction | undefined {
    if (!this.folder) return PaperExtractions.remembered.get(`${extractorVersion()}:${sha256}`);
    try {
      const body = unseal(readFileSync(this.entryPath(sha256)));
      const entry = body && (JSON.parse(body.toString('utf8')) as Partial<CacheEntry> | null);
      return entry && entry.of === sha256 && isExtraction(entry.extraction) ? entry.extraction : undefined;
    } catch {
      // Absent, or unreadable: either way the paper is read again.
      return undefined;
    }
  }

  private store(sha256: string, extraction: Extraction): void {
    if (!this.folder) {
      PaperExtractions.remembered.set(`${extractorVersion()}:${sha256}`, extraction);
      return;
    }
    try {
      const file = this.entryPath(sha256);
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, seal(JSON.stringify({ of: sha256, extraction } satisfies CacheEntry)));
      renameSync(temporary, file);
    } catch {
      // A cache that cannot be written only makes the next build slower.
    }
  }

  private entryPath(sha256: string): string {
    const address = createHash('sha256').update(extractorVersion()).update('\0').update(sha256).digest('hex');
    return path.join(this.folder!, address.slice(0, 2), `${address}.json`);
  }
}

/** What an entry of the cache holds: the hash of the paper it is of, and what reading it gave. */
interface CacheEntry {
  of: string;
  extraction: Extraction;
}

/** True when a value read back from the cache has the shape of an extraction, so nothing else reaches a page. */
function isExtraction(value: unknown): value is Extraction {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  if (e.ok === false) return (e.problem === 'encrypted' || e.problem === 'unreadable') && typeof e.detail === 'string';
  if (e.ok !== true) return false;
  if (e.pages !== undefined && !(Number.isSafeInteger(e.pages) && (e.pages as number) >= 0)) return false;
  if (e.text === undefined) return true;
  const sections = (e.text as { sections?: unknown } | null)?.sections;
  return Array.isArray(sections) && sections.every(isSection);
}

function isSection(value: unknown): value is PaperSection {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    (s.heading === undefined || typeof s.heading === 'string') &&
    (s.level === undefined || s.level === 2 || s.level === 3 || s.level === 4) &&
    Array.isArray(s.paragraphs) &&
    s.paragraphs.every((p) => typeof p === 'string')
  );
}

/** Extracts on a worker thread and waits for it; a file the worker never answered for is left undefined. */
function extractOnWorker(requests: ExtractionRequest[]): Array<Extraction | undefined> {
  const shared = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const sent = new Int32Array(shared);
  const { port1: inbox, port2: outbox } = new MessageChannel();
  const worker = typeScriptWorker(new URL('../papers/extract-worker.ts', import.meta.url), {
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

let version: string | undefined;

/** A hash of the extractor's code and the versions of the libraries it uses. */
function extractorVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  hash.update(readFileSync(path.join(projectRoot, 'src/papers/extract-text.ts')));
  for (const dependency of ['pdfjs-dist', 'mammoth'])
    hash.update(readFileSync(path.join(projectRoot, 'node_modules', dependency, 'package.json')));
  return (version = hash.digest('hex'));
}
