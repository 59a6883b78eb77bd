import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { listFiles } from '../../src/snapshot/files.ts';
import { mediaType } from '../../src/snapshot/media-types.ts';

/** Whether a command can be run here. */
export function hasCommand(command: string, args = ['--version']): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

/** Paths whose bytes differ between two folders, or that only one has. */
export async function folderDifferences(a: string, b: string): Promise<string[]> {
  const left = await listFiles(a);
  const right = await listFiles(b);
  const differences = [
    ...left.filter((file) => !right.includes(file)),
    ...right.filter((file) => !left.includes(file)),
  ];
  for (const file of left.filter((name) => right.includes(name))) {
    if (!(await readFile(path.join(a, file))).equals(await readFile(path.join(b, file)))) differences.push(file);
  }
  return differences;
}

export function untar(tarFile: string, into: string): void {
  execFileSync('tar', ['-xf', tarFile, '-C', into]);
}

/** A plain static file server for `root` on 127.0.0.1, as an archivist might run. */
export async function serveFolder(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const { size } = await stat(file);
      const headers = { 'Content-Type': mediaType(file), 'Accept-Ranges': 'bytes' };
      // Web archive players read a WACZ by byte ranges.
      const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
      if (range) {
        const start = Number(range[1]);
        const end = Math.min(range[2] ? Number(range[2]) : size - 1, size - 1);
        response.writeHead(206, {
          ...headers,
          'Content-Length': end - start + 1,
          'Content-Range': `bytes ${start}-${end}/${size}`,
        });
        if (request.method === 'HEAD') return void response.end();
        createReadStream(file, { start, end }).pipe(response);
        return;
      }
      response.writeHead(200, { ...headers, 'Content-Length': size });
      if (request.method === 'HEAD') return void response.end();
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface CrawlResult {
  pages: string[];
  broken: string[];
  outside: string[];
  externalRequests: string[];
}

/**
 * Follows every link and resource from `start`, within `origin`. Records
 * links that fail, links that leave `scope`, fragments that name no id, and
 * resources (scripts, stylesheets, images) loaded from another host.
 */
export async function crawl(start: string, scope: string, limit = 2000): Promise<CrawlResult> {
  const result: CrawlResult = { pages: [], broken: [], outside: [], externalRequests: [] };
  const queue = [start];
  const seen = new Set<string>(queue);
  const bodies = new Map<string, string>();
  const fragments: Array<{ from: string; target: string; id: string }> = [];
  while (queue.length && seen.size < limit) {
    const address = queue.shift()!;
    const response = await fetch(address);
    const body = await response.text();
    if (!response.ok) {
      result.broken.push(`${address} (${response.status})`);
      continue;
    }
    bodies.set(address, body);
    if (address.endsWith('.css')) {
      for (const match of body.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const target = new URL(match[1]!, address);
        if (target.origin !== new URL(start).origin) result.externalRequests.push(`${address} loads ${match[1]}`);
        else if (!target.href.startsWith(scope)) result.outside.push(`${address} links to ${match[1]}`);
        else if (!seen.has(target.href)) {
          seen.add(target.href);
          queue.push(target.href);
        }
      }
    }
    if (!address.endsWith('/') && !address.endsWith('.html')) continue;
    result.pages.push(address);
    for (const match of body.matchAll(/<(\w+)\b([^>]*?)\s(href|src)="([^"]*)"/g)) {
      const [, tag, attributes, attribute, link] = match as unknown as [string, string, string, string, string];
      if (/^(mailto|tel):/i.test(link)) continue;
      const target = new URL(link.replace(/&amp;/g, '&'), address);
      const isResource = attribute === 'src' || (tag === 'link' && /rel="stylesheet"/.test(attributes));
      if (target.origin !== new URL(start).origin) {
        if (isResource) result.externalRequests.push(`${address} loads ${link}`);
        continue;
      }
      if (!target.href.startsWith(scope)) {
        result.outside.push(`${address} links to ${link}`);
        continue;
      }
      if (target.hash)
        fragments.push({
          from: address,
          target: target.href.split('#')[0]!,
          id: decodeURIComponent(target.hash.slice(1)),
        });
      target.hash = '';
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  for (const fragment of fragments) {
    const body = bodies.get(fragment.target);
    if (body !== undefined && !body.includes(`id="${fragment.id}"`))
      result.broken.push(`${fragment.from} links to #${fragment.id} in ${fragment.target}, which has no such id`);
  }
  return result;
}

/** The entries of a zip whose entries are stored, read from its central directory. */
export function readStoredZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.set(name, zip.subarray(dataStart, dataStart + size));
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}
