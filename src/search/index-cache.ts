import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BundleFile } from './stable-index.ts';

/**
 * A content-addressed cache of the search index's closed parts: a folder
 * holding one folder per part, named by a hash of exactly what went into it
 * (the part's pages, byte for byte, Pagefind's version and our indexing
 * code). A CI that restores the folder between runs indexes only the parts
 * that changed; an entry is never changed once written, so a stale one cannot
 * be read, and old ones may be deleted at any time.
 */
export class IndexCache {
  constructor(readonly folder: string) {}

  read(key: string): BundleFile[] | undefined {
    const entry = path.join(this.folder, key);
    if (!existsSync(path.join(entry, 'complete'))) return undefined;
    const list = readFileSync(path.join(entry, 'complete'), 'utf8').split('\n').filter(Boolean);
    return list.map((file) => ({ path: file, content: readFileSync(path.join(entry, 'files', file)) }));
  }

  /** Writes an entry into a temporary folder and renames it into place, so a half-written entry is never read. */
  write(key: string, files: BundleFile[]): void {
    const entry = path.join(this.folder, key);
    if (existsSync(entry)) return;
    const temporary = `${entry}.${process.pid}.partial`;
    rmSync(temporary, { recursive: true, force: true });
    for (const file of files) {
      const target = path.join(temporary, 'files', file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    writeFileSync(path.join(temporary, 'complete'), files.map((f) => `${f.path}\n`).join(''));
    try {
      renameSync(temporary, entry);
    } catch {
      // Another build wrote the same entry first: its content is the same.
      rmSync(temporary, { recursive: true, force: true });
    }
  }

  /** Whether the cache holds a complete entry of this key. */
  has(key: string): boolean {
    return existsSync(path.join(this.folder, key, 'complete'));
  }

  /** How many entries the cache holds (for the build's summary and the tests). */
  size(): number {
    return existsSync(this.folder) ? readdirSync(this.folder).filter((name) => !name.endsWith('.partial')).length : 0;
  }
}

/** A page of a part, for its key: by its input key when it has one (src/outputs/input-keys.ts), else by its bytes. */
export type PartPage = { file: string; inputKey: string } | { file: string; content: Buffer };

/**
 * The key of a part: a hash of the code that indexes, the part's folder and
 * each page's path and input key or bytes. A page's input key stands for its
 * bytes (the same key, the same page), so a build over the previous site can
 * find an unchanged part without rendering its meetings' pages.
 */
export function partKey(codeVersion: string, folder: string, pages: PartPage[]): string {
  const hash = createHash('sha256').update(codeVersion).update('\0').update(folder).update('\0');
  for (const page of pages) {
    hash.update(page.file).update('\0');
    if ('inputKey' in page) hash.update('key\0').update(page.inputKey).update('\0');
    else hash.update(String(page.content.length)).update('\0').update(page.content);
  }
  return hash.digest('hex');
}
