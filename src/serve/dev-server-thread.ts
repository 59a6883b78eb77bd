// The worker thread of dev-server.ts: Eleventy's development server, which
// serves the site's folder and reloads the browsers showing it when told to.
import { parentPort, workerData } from 'node:worker_threads';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { DevServerOptions, DevServerMessage } from './dev-server.ts';
import { requestRefusal } from './request-guard.ts';
import { withProblemBanner } from './problem-banner.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const { folder, port, pathPrefix, host, problems: problemsAtStart } = workerData as DevServerOptions;
let problems = problemsAtStart;
// Each request is checked before Eleventy's server sees it: it served files beside the folder (request-guard.ts).
const guard = (request: IncomingMessage, response: ServerResponse, next: () => void) => {
  const refusal = requestRefusal(folder, request.url);
  if (!refusal) return next();
  response.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(`${refusal.status === 400 ? 'Bad request' : 'Not found'}: ${refusal.reason}.\n`);
};
// While the content has errors, pages are the last good site's with the problems at their top.
const banner = (request: IncomingMessage, response: ServerResponse, next: () => void) => {
  const page = problems && request.method === 'GET' ? htmlPageFor(request.url ?? '/') : undefined;
  if (!page || !problems) return next();
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(withProblemBanner(readFileSync(page, 'utf8'), problems));
};
const server = EleventyDevServer.getServer('minute-book', folder, {
  pathPrefix,
  domDiff: false,
  middleware: [guard, banner],
  messageOnStart: () => false,
});
// Eleventy's server listens on every interface and takes no address to listen on: it is given one here.
(server as unknown as { _serverListen(port: number): void })._serverListen = function (
  this: { server: Server },
  at: number,
) {
  this.server.listen({ port: at, host });
};
server.serve(port);
await server.ready();
parentPort!.on('message', (message: DevServerMessage) => {
  if (message === 'reload') server.reload();
  else if (typeof message === 'object') {
    problems = message.problems;
    server.reload();
  }
});

/** The HTML file a request names in the site (a folder's index.html), if there is one. */
function htmlPageFor(url: string): string | undefined {
  const prefix = pathPrefix.endsWith('/') ? pathPrefix : `${pathPrefix}/`;
  const pathname = decodeURIComponent(url.split(/[?#]/, 1)[0]!);
  if (!pathname.startsWith(prefix)) return undefined;
  let file = path.join(folder, pathname.slice(prefix.length));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return file.endsWith('.html') && existsSync(file) && statSync(file).isFile() ? file : undefined;
}
parentPort!.postMessage('listening');
