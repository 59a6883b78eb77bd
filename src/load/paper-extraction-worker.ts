// The worker thread of paper-extraction.ts: it reads each paper's file and extracts its pages and text.
import { readFileSync } from 'node:fs';
import { workerData, type MessagePort } from 'node:worker_threads';
import { extractPaper, type Extraction } from '../papers/extract-text.ts';
import type { ExtractionWorkerInput, ExtractionWorkerResult } from './paper-extraction.ts';

const { requests, shared, port } = workerData as ExtractionWorkerInput & { port: MessagePort };
const sent = new Int32Array(shared);

function send(result: ExtractionWorkerResult): void {
  port.postMessage(result);
  Atomics.add(sent, 0, 1);
  Atomics.notify(sent, 0);
}

for (const [i, request] of requests.entries()) {
  let extraction: Extraction;
  try {
    extraction = await extractPaper(request.format, readFileSync(request.absolute));
  } catch (error) {
    extraction = { ok: false, problem: 'unreadable', detail: (error as Error).message };
  }
  send([i, extraction]);
}
port.close();
