import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { isInsidePath } from './site-path.ts';
import type { Stored } from './stored.ts';
import { seal, sha256, unseal } from '../text/sealed.ts';

/** A file of a search part's bundle, by its path in the part's folder. */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

/** What an entry's `complete` file lists: each file of the part by its path and the SHA-256 of its bytes. */
type EntryList = Array<{ path: string; sha256: string }>;

/**
 * A content-addressed cache of the search index's closed parts: a folder
 * holding one folder per part, named by a hash of exactly what went into it
 * (the part's pages, byte for byte, and the build's code and libraries,
 * Pagefind's among them: code-version.ts). A CI that restores the folder between runs indexes only the parts
 * that changed; an entry is never changed once written, so a stale one cannot
 * be read, and old ones may be deleted at any time.
 *
 * An entry checks itself: its `complete` file lists each file with the hash
 * of its bytes, and is itself sealed with the hash of the list
 * (src/text/sealed.ts). An entry that does not match, or that names a path
 * outside itself or anything but a plain file, is deleted and the part is
 * indexed again: nothing read from the cache is published unchecked, and no
 * path in it can lead the build outside the cache or the site.
 */
export class IndexCache implements Stored<string, BundleFile[]> {
  readonly folder: string;

  constructor(folder: string) {
    this.folder = folder;
  }

  /** The part's files, when the cache holds a whole and unchanged entry of this key; a damaged entry is deleted. */
  lookup(key: string): BundleFile[] | undefined {
    const entry = this.entryOf(key);
    if (!entry || !existsSync(path.join(entry, 'complete'))) return undefined;
    const files = verifiedFiles(entry);
    if (!files) rmSync(entry, { recursive: true, force: true });
    return files;
  }

  /** Writes an entry into a temporary folder and renames it into place, so a half-written entry is never read. */
  store(key: string, files: BundleFile[]): void {
    const entry = this.entryOf(key);
    if (!entry || existsSync(entry)) return;
    const temporary = `${entry}.${process.pid}.partial`;
    rmSync(temporary, { recursive: true, force: true });
    const made = new Set<string>();
    for (const file of files) {
      const target = path.join(temporary, 'files', file.path);
      const folder = path.dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(target, file.content);
    }
    const list: EntryList = files.map((file) => ({ path: file.path, sha256: sha256(file.content) }));
    writeFileSync(path.join(temporary, 'complete'), seal(JSON.stringify(list)));
    try {
      renameSync(temporary, entry);
    } catch {
      // Another build wrote the same entry first: its content is the same.
      rmSync(temporary, { recursive: true, force: true });
    }
  }

  /**
   * Whether the cache holds a complete entry of this key, as its sealed list
   * says, without reading its files: `lookup` checks each file's bytes when
   * the part is taken, and a part whose entry fails then is indexed again
   * from its pages. Reading a part's bundle twice, here and there, cost a
   * warm build 0.2 s at 1,000 meetings.
   */
  has(key: string): boolean {
    const entry = this.entryOf(key);
    return entry !== undefined && listedFiles(entry) !== undefined;
  }

  /** An entry's folder; keys are hashes (partKey), and nothing else names an entry. */
  private entryOf(key: string): string | undefined {
    return /^[0-9a-f]{64}$/.test(key) ? path.join(this.folder, key) : undefined;
  }

  /** How many entries the cache holds (for the build's summary and the tests). */
  size(): number {
    return existsSync(this.folder) ? readdirSync(this.folder).filter((name) => !name.endsWith('.partial')).length : 0;
  }
}

/** A page of a part, for its key: by its input key when it has one (input-keys.ts), else by its bytes. */
export type PartPage = { file: string; inputKey: string } | { file: string; content: Buffer };

/**
 * The key of a part: a hash of the build's code (codeVersion()), the part's folder and
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

/** An entry's list of files, when it is whole (sealed), names only paths inside the entry, and the entry is a folder of files; else undefined. */
function listedFiles(entry: string): EntryList | undefined {
  try {
    const body = unseal(readFileSync(path.join(entry, 'complete')));
    if (!body) return undefined;
    const list = JSON.parse(body.toString('utf8')) as EntryList;
    if (!Array.isArray(list)) return undefined;
    if (!list.every((item) => isInsidePath(item?.path) && typeof item.sha256 === 'string')) return undefined;
    if (!lstatSync(entry).isDirectory() || !lstatSync(path.join(entry, 'files')).isDirectory()) return undefined;
    return list;
  } catch {
    return undefined;
  }
}

/** The files of an entry, read and checked against its list; undefined when anything is amiss. */
function verifiedFiles(entry: string): BundleFile[] | undefined {
  try {
    const list = listedFiles(entry);
    if (!list) return undefined;
    const inside = realpathSync(path.join(entry, 'files')) + path.sep;
    const files: BundleFile[] = [];
    for (const item of list) {
      const file = path.join(entry, 'files', item.path);
      // A plain file in the entry's own folder: not a link, a device or a FIFO, and not reached through a linked folder.
      if (!lstatSync(file).isFile() || !realpathSync(file).startsWith(inside)) return undefined;
      const content = readFileSync(file);
      if (sha256(content) !== item.sha256) return undefined;
      files.push({ path: item.path, content });
    }
    return files;
  } catch {
    return undefined;
  }
}
