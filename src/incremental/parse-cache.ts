import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, Meeting } from '../model/types.ts';
import { seal, unseal } from '../text/sealed.ts';
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

/**
 * A content-addressed cache of parsed meetings, so that a build after a
 * clerk's one-file commit parses one file, not the whole archive. An entry's
 * address is a hash of everything its parse depends on: the file's name,
 * board and text, the people data (names are matched against it), and the
 * build's code (code-version.ts), so a change to any of them is a new address.
 * Entries are JSON files written whole (to a temporary name, then
 * renamed), so a CI can save and restore the folder and two builds can share it.
 *
 * An entry checks itself (src/text/sealed.ts): its first line is the hash of
 * the rest, and an entry whose hash does not match, or that is not of the
 * meeting asked for, is parsed again and written anew: a damaged or edited
 * cache is never published.
 */
export class ParseCache<Read extends { meeting: Meeting }> implements Stored<MeetingSource, StoredParse<Read>> {
  private readonly folder: string;
  private readonly context: string;
  /** The entries' folders this build has made (or found): each is made once, not once an entry. */
  private readonly made = new Set<string>();

  constructor(folder: string, peopleData: string) {
    this.folder = folder;
    this.context = createHash('sha256').update(codeVersion()).update('\0').update(peopleData).digest('hex');
  }

  /** The meeting as parsed before, when the cache has it. */
  lookup(input: MeetingSource): StoredParse<Read> | undefined {
    const cached = readEntry(this.entryPath(input));
    if (!cached || !isOf(cached, input)) return undefined;
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
    const entry = JSON.stringify({ read: parsed.read, diagnostics: parsed.diagnostics } satisfies CacheEntry);
    writeEntry(this.entryPath(input), entry, this.made);
    const copy = JSON.parse(entry) as CacheEntry;
    return { read: copy.read as Read, diagnostics: copy.diagnostics };
  }

  private entryPath(input: MeetingSource): string {
    // The file's path and text by their hash, made once by the loader.
    const address = createHash('sha256')
      .update(this.context)
      .update('\0')
      .update(input.boardId)
      .update('\0')
      .update(input.slug)
      .update('\0')
      .update(input.textHash)
      .digest('hex');
    return path.join(this.folder, address.slice(0, 2), `${address}.json`);
  }
}

function readEntry(file: string): CacheEntry | undefined {
  try {
    const body = unseal(readFileSync(file));
    return body && (JSON.parse(body.toString('utf8')) as CacheEntry);
  } catch {
    // Absent, or unreadable: either way the file is parsed again.
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

function writeEntry(file: string, entry: string, made: Set<string>): void {
  try {
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, seal(entry));
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written only makes the next build slower.
  }
}
