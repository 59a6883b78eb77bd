import type { Stats } from 'node:fs';
import path from 'node:path';
import { SealedRecord } from './sealed-file.ts';

type Entry = [size: number, modified: number, inode: number, sha256: string];

/**
 * The SHA-256 of each paper file that passed the check, by its path, size,
 * modification time and inode, so that a build where a file has not been
 * touched neither reads nor hashes it again (at 10,000 meetings, 2 GB of
 * PDFs). Anything that touches the file changes one of these, and then it is
 * read, checked and hashed afresh; a fresh clone, whose files all have new
 * times, reads every file once. The hash, not these, addresses the cache of
 * extracted text and is what the site publishes, so the output never depends
 * on a file's times.
 *
 * The record checks itself (src/incremental/sealed-file.ts): damaged or
 * edited, it is set aside whole, so every paper is read and hashed again. Its
 * paths are only looked up, by the paths the loader makes, never followed.
 */
export class PaperHashes {
  private readonly record: SealedRecord<Entry>;

  constructor(folder: string | undefined) {
    this.record = new SealedRecord(folder && path.join(folder, 'file-hashes.json'), isEntry);
  }

  /** The hash of the file as it was when it last passed the check, if it has not been touched since. */
  lookup(file: string, stats: Stats): string | undefined {
    const entry = this.record.before[file];
    return entry && entry[0] === stats.size && entry[1] === stats.mtimeMs && entry[2] === stats.ino
      ? entry[3]
      : undefined;
  }

  /** Remembers a file that passed the check. */
  keep(file: string, stats: Stats, sha256: string): void {
    this.record.now[file] = [stats.size, stats.mtimeMs, stats.ino, sha256];
  }

  /** Forgets a file kept earlier in this load that then failed the check (its text could not be read). */
  forget(file: string): void {
    delete this.record.now[file];
  }

  /** Writes what this load kept, and only that: files gone or failing are forgotten. */
  save(): void {
    this.record.save();
  }
}

function isEntry(entry: unknown): entry is Entry {
  return (
    Array.isArray(entry) &&
    entry.length === 4 &&
    entry.slice(0, 3).every((n) => typeof n === 'number') &&
    typeof entry[3] === 'string' &&
    /^[0-9a-f]{64}$/.test(entry[3])
  );
}
