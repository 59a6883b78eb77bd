import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.ics': 'text/calendar',
  '.csv': 'text/csv',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

/** Types a static host compresses; Pagefind's index files and WebAssembly are gzipped already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export interface StaticServer {
  /** The site's address, ending with the prefix: `http://127.0.0.1:PORT/minutes/`. */
  url: string;
  /** Requests answered and bytes sent (headers and bodies, as they left) since the server started. */
  traffic(): { requests: number; bytes: number };
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Gzip text when the browser accepts it, as most static hosts do (the benchmark measures bytes on the wire). */
  gzip?: boolean;
}

/**
 * Serves `folder` at `prefix` on 127.0.0.1, as a static host would (index.html
 * for folders, 404.html for what is missing). For tests and the benchmark;
 * the deployment test uses nginx.
 */
export async function serveFolder(folder: string, prefix = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  let requests = 0;
  const server: Server = createServer((request, response) => {
    requests += 1;
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) return notFound(response);
    let file = path.join(folder, pathname.slice(base.length));
    if (!file.startsWith(path.resolve(folder))) return notFound(response);
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return notFound(response);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(response);
  });
  function notFound(response: ServerResponse) {
    const page = path.join(folder, '404.html');
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    if (existsSync(page)) createReadStream(page).pipe(response);
    else response.end('not found');
  }
  // Bytes are counted on the connections, so workers' requests count as the page's do.
  const open = new Set<Socket>();
  let closedBytes = 0;
  server.on('connection', (socket) => {
    open.add(socket);
    socket.once('close', () => {
      open.delete(socket);
      closedBytes += socket.bytesWritten;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    traffic: () => ({ requests, bytes: closedBytes + [...open].reduce((n, socket) => n + socket.bytesWritten, 0) }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
