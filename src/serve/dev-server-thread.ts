// The worker thread of dev-server.ts: Eleventy's development server, which
// serves the site's folder and reloads the browsers showing it when told to.
import { parentPort, workerData } from 'node:worker_threads';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { DevServerOptions, DevServerMessage } from './dev-server.ts';
import { requestRefusal } from './request-guard.ts';

const { folder, port, pathPrefix, host } = workerData as DevServerOptions;
// Each request is checked before Eleventy's server sees it: it served files beside the folder (request-guard.ts).
const guard = (request: IncomingMessage, response: ServerResponse, next: () => void) => {
  const refusal = requestRefusal(folder, request.url);
  if (!refusal) return next();
  response.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(`${refusal.status === 400 ? 'Bad request' : 'Not found'}: ${refusal.reason}.\n`);
};
const server = EleventyDevServer.getServer('minute-book', folder, { pathPrefix, domDiff: false, middleware: [guard], messageOnStart: () => false });
// Eleventy's server listens on every interface and takes no address to listen on: it is given one here.
(server as unknown as { _serverListen(port: number): void })._serverListen = function (this: { server: Server }, at: number) {
  this.server.listen({ port: at, host });
};
server.serve(port);
await server.ready();
parentPort!.on('message', (message: DevServerMessage) => {
  if (message === 'reload') server.reload();
});
parentPort!.postMessage('listening');
