// The worker thread of dev-server.ts: Eleventy's development server, which
// serves the site's folder and reloads the browsers showing it when told to.
import { parentPort, workerData } from 'node:worker_threads';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import type { DevServerOptions, DevServerMessage } from './dev-server.ts';

const { folder, port, pathPrefix } = workerData as DevServerOptions;
const server = EleventyDevServer.getServer('minute-book', folder, { pathPrefix, domDiff: false });
server.serve(port);
await server.ready();
parentPort!.on('message', (message: DevServerMessage) => {
  if (message === 'reload') server.reload();
});
parentPort!.postMessage('listening');
