import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, Meeting } from '../model/types.ts';
import { PackedWriter, readPackedEntries } from './packed-entries.ts';
import { codeVersion } from './code-version.ts';
import type { Stored } from './stored.ts';

/** The meeting file a parse is of: its place, and the SHA-256 of its path and text, which the loader makes once. */
export interface MeetingSource {
  file: string;
  boardId: string;
  slug: string;
  textHash: string;
}

/**
 * What reading one meeting file gave, as the cache keeps it: what the loader
 * read (the meeting, the names in it, where it says it was approved), unless
 * the file was too broken to read, and its diagnostics.
 */
export interface StoredParse<Read extends { meeting: Meeting }> {
  read?: Read;
  diagnostics: Diagnostic[];
}

interface CacheEntry {
  read: { meeting: Meeting };
  diagnostics: Diagnostic[];
}

/** How many files the entries are parted into, by address, so that one meeting added rewrites a sixteenth of them. */
const SHARDS = 16;

/**
 * A content-addressed cache of parsed meetings, so that a build after a
 * clerk's one-file commit parses one file, not the whole archive. An entry's
 * address is a hash of everything its parse depends on: the file's name,
 * board and text, the people data (names are matched against it), and the
 * build's code (code-version.ts), so a change to any of them is a new address.
 *
 * The entries are JSON, packed into 16 files by their address's first digit
 * (packed-entries.ts): one file read is some 600 entries at 10,000 meetings,
 * where a file an entry cost the build 10,000 opens and reads. Each file
 * checks itself as a whole (the SHA-256 of its bytes), and an entry that is
 * not of the meeting asked for counts as absent: a damaged or edited cache is
 * parsed again and written anew, never published. Saving (`save`) rewrites
 * only the files this build added to or left entries of unused, and keeps in
 * them only the entries this build looked up or stored (all of them, with
 * `prune: false`), so the entries of deleted and changed meetings do not pile
 * up. A file is written whole under a temporary name, then renamed, so a CI
 * can save and restore the folder and two builds can share it.
 */
export class ParseCache<Read extends { meeting: Meeting }> implements Stored<MeetingSource, StoredParse<Read>> {
  private readonly folder: string;
  private readonly context: string;
  /** Each file's entries as the last build left them, read when first asked for. */
  private readonly before: Array<ReadonlyMap<string, Buffer> | undefined> = new Array(SHARDS);
  /** The entries of the files before that this build used, by file. */
  private readonly used = Array.from({ length: SHARDS }, () => new Set<string>());
  /** The files being written, one for each file this build stored an entry in. */
  private readonly writers = new Array<PackedWriter | undefined>(SHARDS);

  constructor(folder: string, peopleData: string) {
    this.folder = folder;
    this.context = createHash('sha256').update(codeVersion()).update('\0').update(peopleData).digest('hex');
  }

  /** The meeting as parsed before, when the cache has it. */
  lookup(input: MeetingSource): StoredParse<Read> | undefined {
    const address = this.address(input);
    const shard = shardOf(address);
    const bytes = this.entriesOf(shard).get(address);
    if (!bytes) return undefined;
    const cached = parseEntry(bytes);
    if (!cached || !isOf(cached, input)) return undefined;
    this.used[shard]!.add(address);
    return { read: cached.read as Read, diagnostics: cached.diagnostics };
  }

  /**
   * Keeps a parse for the next build and gives it back as the next build will
   * read it: as parsed, its strings are partly slices of the file's text and
   * of larger HTML, which would keep those whole in memory for the rest of
   * the build. Files too broken to read are parsed again each time: they are few.
   */
  store(input: MeetingSource, parsed: StoredParse<Read>): StoredParse<Read> {
    if (!parsed.read) return parsed;
    const bytes = entryBytes({ read: parsed.read, diagnostics: parsed.diagnostics });
    const address = this.address(input);
    const shard = shardOf(address);
    // Written as it comes, so that a cold build does not hold every entry until the end.
    (this.writers[shard] ??= new PackedWriter(this.folder, this.fileOf(shard))).add(address, bytes);
    const copy = parseEntry(bytes)!;
    return { read: copy.read as Read, diagnostics: copy.diagnostics };
  }

  /**
   * Writes, for the next build, each file this build stored entries in or did
   * not use all of. With `prune`, a file keeps only the entries this build
   * used; without it (a load that took some meetings from elsewhere, and so
   * did not look them up), every entry it held.
   */
  save({ prune }: { prune: boolean }): void {
    let wrote = false;
    for (let shard = 0; shard < SHARDS; shard++) {
      const before = this.before[shard];
      const used = this.used[shard]!;
      let writer = this.writers[shard];
      if (prune && !writer && before === undefined) {
        // Not one lookup fell in this file: none of its entries is of this build.
        removeQuietly(this.fileOf(shard));
        continue;
      }
      const unused = before !== undefined && used.size < before.size;
      if (!writer && !(prune && unused)) continue;
      writer ??= new PackedWriter(this.folder, this.fileOf(shard));
      for (const [address, bytes] of this.entriesOf(shard)) if (!prune || used.has(address)) writer.add(address, bytes);
      writer.finish();
      this.writers[shard] = undefined;
      wrote = true;
    }
    if (wrote) this.removeOthers();
    // The files read (240 MB at 10,000 meetings) are not held into the rest of the build.
    this.before.fill(undefined);
  }

  private entriesOf(shard: number): ReadonlyMap<string, Buffer> {
    return (this.before[shard] ??= readPackedEntries(this.fileOf(shard)).entries);
  }

  /** Named by the context too, so a build after a change to the code or the people data reads none of the old files. */
  private fileOf(shard: number): string {
    return path.join(this.folder, `${shard.toString(16)}-${this.context.slice(0, 16)}.pack`);
  }

  /**
   * Removes the files of other contexts (older code or people data), whose
   * entries no build of this one can use, and the folders of entries of one
   * file each that builds before the packed files kept.
   */
  private removeOthers(): void {
    try {
      const own = new Set(Array.from({ length: SHARDS }, (_, shard) => path.basename(this.fileOf(shard))));
      for (const name of readdirSync(this.folder)) {
        const other = /^[0-9a-f]-[0-9a-f]{16}\.pack$/.test(name) && !own.has(name);
        if (other || /^[0-9a-f]{2}$/.test(name)) removeQuietly(path.join(this.folder, name));
      }
    } catch {
      // Only space is lost.
    }
  }

  private address(input: MeetingSource): string {
    // The file's path and text by their hash, made once by the loader.
    return createHash('sha256')
      .update(this.context)
      .update('\0')
      .update(input.boardId)
      .update('\0')
      .update(input.slug)
      .update('\0')
      .update(input.textHash)
      .digest('hex');
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { recursive: true, force: true });
  } catch {
    // Only space is lost.
  }
}

/** The file an address's entry is kept in: by its first hexadecimal digit. */
function shardOf(address: string): number {
  return parseInt(address[0]!, 16);
}

/** An entry's bytes: its JSON. */
function entryBytes(entry: CacheEntry): Buffer {
  return Buffer.from(JSON.stringify(entry), 'utf8');
}

function parseEntry(bytes: Buffer): CacheEntry | undefined {
  try {
    return JSON.parse(bytes.toString('utf8')) as CacheEntry;
  } catch {
    // Not JSON: the file is parsed again.
    return undefined;
  }
}

/** True when the entry is of the meeting file asked for: its names, and so its pages' paths, are the file's own. */
function isOf(entry: CacheEntry, input: MeetingSource): boolean {
  const meeting = (entry.read as Partial<CacheEntry['read']> | undefined | null)?.meeting as
    Partial<Meeting> | undefined;
  return (
    meeting !== undefined &&
    meeting !== null &&
    meeting.boardId === input.boardId &&
    meeting.slug === input.slug &&
    meeting.key === `${input.boardId}/${input.slug}` &&
    meeting.file === input.file &&
    Array.isArray(entry.diagnostics)
  );
}
