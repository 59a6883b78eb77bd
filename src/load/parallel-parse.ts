import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Person } from '../model/types.ts';
import { typeScriptWorker } from '../threads/typescript-worker.ts';
import type { MeetingFile } from './meeting.ts';
import type { ParsedMeeting } from './parsed-meeting.ts';

/** Below this many files, starting a worker (about half a second) costs more than it saves. */
const WORTH_A_WORKER = 200;
/** How long to wait for the worker's last meeting before parsing it here instead (a worker that died never sends it). */
const PATIENCE_MS = 60_000;

/** The slots both threads share: the next file to take, and how many results the worker has sent. */
export const NEXT = 0;
export const SENT = 1;

export interface WorkerInput {
  files: MeetingFile[];
  people: Person[];
  shared: SharedArrayBuffer;
}

/** What the worker sends for each file: its index, and the parse, or null when it could not parse it. */
export type WorkerResult = [index: number, parsed: ParsedMeeting | null];

/**
 * Parses meeting files on two threads, this one and a worker, and returns
 * the results in the order of `files`. Both take the next file from one
 * shared counter, so the work divides itself however fast each thread is,
 * and this thread starts at once while the worker is still starting. It
 * waits for the worker synchronously, so loading the archive stays one
 * plain function call; the results are the same as parsing here alone.
 * Each result is handed to `settle` as it arrives, and what it returns is
 * kept: the loader stores it in the parse cache there and keeps the cache's
 * compact copy, so a whole archive's fresh parses are never held at once.
 */
export function parseInParallel(
  files: MeetingFile[],
  people: Person[],
  parseHere: (file: MeetingFile) => ParsedMeeting,
  settle: (parsed: ParsedMeeting, index: number) => ParsedMeeting = (parsed) => parsed,
): ParsedMeeting[] {
  if (files.length < WORTH_A_WORKER) return files.map((file, i) => settle(parseHere(file), i));
  const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const slots = new Int32Array(shared);
  const { port1: inbox, port2: outbox } = new MessageChannel();
  const workerData: WorkerInput & { port: typeof outbox } = { files, people, shared, port: outbox };
  const worker = typeScriptWorker(new URL('./parse-worker.ts', import.meta.url), {
    workerData,
    transferList: [outbox],
  });
  // A worker that fails to start leaves every file to this thread; its error is not the build's.
  worker.on('error', ignoreWorkerError);
  const results: Array<ParsedMeeting | undefined> = new Array(files.length);
  try {
    for (let i = Atomics.add(slots, NEXT, 1); i < files.length; i = Atomics.add(slots, NEXT, 1))
      results[i] = settle(parseHere(files[i]!), i);
    collect(inbox, slots, results, settle);
  } finally {
    inbox.close();
    void worker.terminate();
  }
  return results.map((parsed, i) => parsed ?? settle(parseHere(files[i]!), i));
}

/** Takes the worker's results as they come, until every file has one (or the worker has gone quiet for too long). */
function collect(
  inbox: MessagePort,
  slots: Int32Array,
  results: Array<ParsedMeeting | undefined>,
  settle: (parsed: ParsedMeeting, index: number) => ParsedMeeting,
): void {
  let missing = 0;
  for (let i = 0; i < results.length; i++) if (!results[i]) missing++;
  let waitedSince = performance.now();
  while (missing > 0 && performance.now() - waitedSince < PATIENCE_MS) {
    const sent = Atomics.load(slots, SENT);
    for (let message = receiveMessageOnPort(inbox); message; message = receiveMessageOnPort(inbox)) {
      const [index, parsed] = message.message as WorkerResult;
      if (results[index]) continue;
      // What the worker could not parse is parsed here, after the loop.
      results[index] = parsed ? settle(parsed, index) : undefined;
      missing--;
      waitedSince = performance.now();
    }
    if (missing > 0) Atomics.wait(slots, SENT, sent, 50);
  }
}

/**
 * Defined out here, not as an arrow in `parseInParallel`: V8 keeps one
 * context for all the closures of a function, so a handler made there holds
 * every variable any of them uses, the files' texts among them. The worker
 * holds its handlers until its exit is handled, after this thread's next
 * turn of the event loop, and an arrow there kept 210 MB of texts at
 * 10,000 meetings alive into the writing of the pages (docs/performance.md).
 */
function ignoreWorkerError(): void {}
