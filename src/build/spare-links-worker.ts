// The worker thread of spare-links.ts: it links the live site's files into the spare folder and says which it linked.
import { parentPort, workerData } from 'node:worker_threads';
import { linkSpare } from './spare-links.ts';

const { current, spare } = workerData as { current: string; spare: string };
parentPort!.postMessage(linkSpare(current, spare));
