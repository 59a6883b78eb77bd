// The worker thread of parallel-parse.ts: it parses meeting files, taking each from the counter it shares with the main thread.
import { workerData, type MessagePort } from 'node:worker_threads';
import { PeopleDirectory } from './people-directory.ts';
import { parseMeeting } from './archive.ts';
import { NEXT, SENT, type WorkerInput, type WorkerResult } from './parallel-parse.ts';

const { files, people, shared, port } = workerData as WorkerInput & { port: MessagePort };
const slots = new Int32Array(shared);
const directory = new PeopleDirectory(people);

for (let i = Atomics.add(slots, NEXT, 1); i < files.length; i = Atomics.add(slots, NEXT, 1)) {
  let result: WorkerResult;
  try {
    result = [i, parseMeeting(files[i]!, directory)];
  } catch {
    result = [i, null];
  }
  port.postMessage(result);
  Atomics.add(slots, SENT, 1);
  Atomics.notify(slots, SENT);
}
port.close();
