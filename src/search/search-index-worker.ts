// The search index's worker thread: it writes the bundle while the main thread renders and writes the pages.
import childProcess, { type ChildProcess } from 'node:child_process';
import { parentPort, workerData } from 'node:worker_threads';
import { SearchIndexWriter, type SearchIndexOptions } from './search-index.ts';
import type { SearchPart } from './search-parts.ts';
import type { WorkerMessage } from './index-in-worker.ts';

// Pagefind's process is spawned here and let go of (unref): when this thread ended before it had exited, nobody
// reaped it, and npm start gathered a zombie process at every build. The processes are kept to be waited for.
const spawned: ChildProcess[] = [];
const spawn = childProcess.spawn;
childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
  const child = spawn(...args);
  spawned.push(child);
  return child;
}) as typeof spawn;
const allExited = () =>
  Promise.all(
    spawned.map((child) =>
      child.exitCode !== null || child.signalCode !== null
        ? undefined
        : new Promise((resolve) => child.once('exit', resolve)),
    ),
  );

const { site, parts, options } = workerData as { site: string; parts: SearchPart[]; options: SearchIndexOptions };
const writer = new SearchIndexWriter(site, parts, options);

parentPort!.on('message', (message: WorkerMessage) => {
  if (message.type === 'page') writer.offer(message.file, message.html, message.inputKey);
  else if (message.type === 'pages-written') writer.pagesWritten();
  else
    writer.finish().then(
      async (summary) => {
        await allExited();
        parentPort!.postMessage({ type: 'done', summary });
      },
      async (error: unknown) => {
        await allExited();
        parentPort!.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
});
