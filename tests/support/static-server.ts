import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.ics': 'text/calendar',
  '.csv': 'text/csv', '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm', '.png': 'image/png',
};

export interface StaticServer {
  /** The site's address, ending with the prefix: `http://127.0.0.1:PORT/minutes/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `folder` at `prefix` on 127.0.0.1, as a static host would (index.html
 * for folders, 404.html for what is missing). Only for tests; the deployment
 * test uses nginx.
 */
export async function serveFolder(folder: string, prefix = '/'): Promise<StaticServer> {
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) return notFound(response);
    let file = path.join(folder, pathname.slice(base.length));
    if (!file.startsWith(path.resolve(folder))) return notFound(response);
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return notFound(response);
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  function notFound(response: import('node:http').ServerResponse) {
    const page = path.join(folder, '404.html');
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    if (existsSync(page)) createReadStream(page).pipe(response);
    else response.end('not found');
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
