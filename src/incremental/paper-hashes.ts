import { mkdirSync, readFileSync, renameSync, type Stats, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seal, unseal } from '../text/sealed.ts';

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
 * The record checks itself as the parse cache's entries do (src/text/sealed.ts):
 * a record damaged or edited, even into other valid JSON, does not match its
 * hash and is set aside whole, so every paper is read and hashed again. Its
 * paths are only looked up, by the paths the loader makes, never followed.
 */
export class PaperHashes {
  private readonly file: string | undefined;
  private readonly before: Record<string, Entry>;
  private readonly now: Record<string, Entry> = {};

  constructor(folder: string | undefined) {
    this.file = folder && path.join(folder, 'file-hashes.json');
    this.before = this.file ? read(this.file) : {};
  }

  /** The hash of the file as it was when it last passed the check, if it has not been touched since. */
  lookup(file: string, stats: Stats): string | undefined {
    const entry = this.before[file];
    return entry && entry[0] === stats.size && entry[1] === stats.mtimeMs && entry[2] === stats.ino
      ? entry[3]
      : undefined;
  }

  /** Remembers a file that passed the check. */
  keep(file: string, stats: Stats, sha256: string): void {
    this.now[file] = [stats.size, stats.mtimeMs, stats.ino, sha256];
  }

  /** Forgets a file kept earlier in this load that then failed the check (its text could not be read). */
  forget(file: string): void {
    delete this.now[file];
  }

  /** Writes what this load kept, and only that: files gone or failing are forgotten. */
  save(): void {
    if (!this.file) return;
    const text = JSON.stringify(this.now);
    if (text === JSON.stringify(this.before)) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, seal(text));
      renameSync(temporary, this.file);
    } catch {
      // Only the next build is slower.
    }
  }
}

function read(file: string): Record<string, Entry> {
  try {
    const body = unseal(readFileSync(file));
    const record = body && (JSON.parse(body.toString('utf8')) as unknown);
    return isRecord(record) ? record : {};
  } catch {
    // Absent, or unreadable: every paper is read again.
    return {};
  }
}

function isRecord(value: unknown): value is Record<string, Entry> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(
      (entry: unknown) =>
        Array.isArray(entry) &&
        entry.length === 4 &&
        entry.slice(0, 3).every((n) => typeof n === 'number') &&
        typeof entry[3] === 'string' &&
        /^[0-9a-f]{64}$/.test(entry[3]),
    )
  );
}
