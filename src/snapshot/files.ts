import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Paths inside a snapshot always use forward slashes, whatever the machine. */
export function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}

/**
 * Every regular file under `folder`, as paths relative to it with forward
 * slashes, sorted by their UTF-8 bytes so no file-system order leaks out.
 */
export async function listFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(relative: string): Promise<void> {
    const entries = await readdir(path.join(folder, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) found.push(child);
    }
  }
  await walk('');
  return sortByBytes(found);
}

/** Sorts strings by their UTF-8 bytes: the same order on every machine and locale. */
export function sortByBytes(names: Iterable<string>): string[] {
  return [...names].sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
}

export type Algorithm = 'sha256' | 'sha512';

export function digest(algorithm: string, bytes: Uint8Array | string): string {
  return createHash(algorithm).update(bytes).digest('hex');
}
