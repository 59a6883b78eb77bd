// The search index's worker thread: it writes the bundle while the main thread renders and writes the pages.
import { parentPort, workerData } from 'node:worker_threads';
import { SearchIndexWriter, type SearchIndexOptions } from './search-index.ts';
import type { SearchPart } from './search-parts.ts';
import type { WorkerMessage } from './index-in-worker.ts';

const { site, parts, options } = workerData as { site: string; parts: SearchPart[]; options: SearchIndexOptions };
const writer = new SearchIndexWriter(site, parts, options);

parentPort!.on('message', (message: WorkerMessage) => {
  if (message.type === 'page') writer.offer(message.file, message.html, message.inputKey);
  else if (message.type === 'pages-written') writer.pagesWritten();
  else
    writer.finish().then(
      (summary) => parentPort!.postMessage({ type: 'done', summary }),
      (error: unknown) => parentPort!.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
});
