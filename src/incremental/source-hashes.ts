import { lstatSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { SealedRecord } from './sealed-file.ts';

/** A file's size, modification and change times in nanoseconds, and inode, as text; then its hash. */
type Entry = [size: string, modified: string, changed: string, inode: string, hash: string];

/**
 * How long before a load a file must have last changed for its times to be
 * trusted: file systems keep times in coarse ticks (a few milliseconds on
 * Linux, two seconds on FAT), and a file written again within the tick in
 * which it was read keeps the same times with other text.
 */
const SETTLED_NS = 3_000_000_000n;

/**
 * The hash of each meeting file's path and text (the loader's `textHash`),
 * by the file's absolute path, size, modification and change times and
 * inode, so that a build where a file has not been touched neither reads
 * nor hashes it again: the parse cache's address needs only the hash. Anything
 * that writes the file changes its change time, which no one can set, and a
 * fresh clone's files all have new times and inodes, so they are read once.
 *
 * As git does for its index, a file that changed too close to the moment it
 * was read ("racily clean") is not remembered: a second write in the same
 * tick of the file system's clock would leave its times as they were, so
 * such a file is read and hashed again by the next build, and remembered by
 * the first build that reads it settled.
 *
 * The record checks itself (src/incremental/sealed-file.ts): damaged or
 * edited, it is set aside whole and every file is read again. The hash only addresses the parse
 * cache, whose entries are checked against the file's path; the output never
 * depends on a file's times.
 */
export class SourceHashes {
  private readonly record: SealedRecord<Entry>;
  /** Files that changed after this moment are not remembered (nanoseconds since 1970). */
  private readonly settledBefore: bigint;

  constructor(folder: string) {
    this.record = new SealedRecord(path.join(folder, 'source-hashes.json'), isEntry);
    this.settledBefore = BigInt(Date.now()) * 1_000_000n - SETTLED_NS;
  }

  /** The file's state now, to look up and then to keep: undefined for a link or anything but a plain file. */
  stat(absolutePath: string): BigIntStats | undefined {
    try {
      const stat = lstatSync(absolutePath, { bigint: true });
      return stat.isFile() ? stat : undefined;
    } catch {
      return undefined;
    }
  }

  /** The file's hash as it was when last read, if it has not been touched since. */
  lookup(absolutePath: string, stat: BigIntStats): string | undefined {
    const entry = this.record.before[absolutePath];
    return entry &&
      entry[0] === String(stat.size) &&
      entry[1] === String(stat.mtimeNs) &&
      entry[2] === String(stat.ctimeNs) &&
      entry[3] === String(stat.ino)
      ? entry[4]
      : undefined;
  }

  /** Remembers a file's hash, with its state taken before it was read, unless it changed too recently to be trusted. */
  keep(absolutePath: string, stat: BigIntStats, hash: string): void {
    if (stat.mtimeNs >= this.settledBefore || stat.ctimeNs >= this.settledBefore) return;
    this.record.now[absolutePath] = [
      String(stat.size),
      String(stat.mtimeNs),
      String(stat.ctimeNs),
      String(stat.ino),
      hash,
    ];
  }

  /** Writes what this load kept, and only that: files gone or changed are forgotten. */
  save(): void {
    this.record.save();
  }
}

function isEntry(entry: unknown): entry is Entry {
  return (
    Array.isArray(entry) &&
    entry.length === 5 &&
    entry.slice(0, 4).every((n) => typeof n === 'string' && /^\d+$/.test(n)) &&
    typeof entry[4] === 'string' &&
    /^[0-9a-f]{64}$/.test(entry[4])
  );
}
