import path from 'node:path';
import type { Stored } from './stored.ts';
import { readSealedJson, writeSealedFile } from './sealed-file.ts';

/** The words of one meeting's minutes, each with how often it occurs there. */
export type WordCounts = Map<string, number>;

/** How many files the counts are parted into, by key, so that one meeting added rewrites a sixteenth of them. */
const SHARDS = 16;

/**
 * Each meeting's word counts, kept between builds so that the search words
 * (`search/words.json`, src/outputs/search-vocabulary.ts) are summed from
 * them rather than counted again from every item's text: at 10,000 meetings
 * that count reads 2.4 million words in every build. A count is kept by the
 * key of its meeting's files (input-keys.ts), which covers the build's code,
 * the meeting's file and everything it is read with; a meeting whose key
 * changed is counted afresh.
 *
 * The counts are 16 files in one folder, each holding the keys that end in
 * its share of characters, each written whole (to a temporary name, then
 * renamed) and sealed (src/text/sealed.ts): a file whose seal does not match,
 * or that is not of this form, counts as empty, and its meetings are counted
 * again. Saving rewrites only the files whose counts changed, and keeps in
 * them only the counts this build looked up or stored, so the counts of
 * deleted and changed meetings do not pile up.
 */
export class WordCountsCache implements Stored<string, WordCounts> {
  private readonly folder: string;
  /** The counts as each file holds them, each a string read into a map only when asked for. */
  private readonly before: Array<Map<string, string>>;
  private readonly used = Array.from({ length: SHARDS }, () => new Map<string, string>());
  private readonly changed = new Array<boolean>(SHARDS).fill(false);

  constructor(folder: string) {
    this.folder = folder;
    this.before = Array.from({ length: SHARDS }, (_, shard) => readCounts(this.fileOf(shard)));
  }

  lookup(key: string): WordCounts | undefined {
    const counts = this.peek(key);
    if (counts) this.keep(key);
    return counts;
  }

  /** The counts kept for `key`, checked, without keeping them for the next build (those of a meeting gone or changed). */
  peek(key: string): WordCounts | undefined {
    const shard = shardOf(key);
    const kept = this.used[shard]!.get(key) ?? this.before[shard]!.get(key);
    return kept === undefined ? undefined : countsOf(kept);
  }

  /** Keeps `key`'s counts for the next build without reading them, as lookup would; false when there are none. */
  keep(key: string): boolean {
    const shard = shardOf(key);
    const kept = this.used[shard]!.get(key) ?? this.before[shard]!.get(key);
    if (kept === undefined) return false;
    this.used[shard]!.set(key, kept);
    return true;
  }

  /**
   * The counts of a set of meetings summed, as the last build left them, with
   * the keys of the meetings summed (a key twice when two meetings had it);
   * undefined when there is none, or none that can be trusted.
   */
  lookupTotal(): { keys: string[]; counts: WordCounts } | undefined {
    // Absent or unreadable: every meeting's counts are summed.
    const parsed = readSealedJson(this.totalFile()) as { keys?: unknown; counts?: unknown } | null | undefined;
    if (!parsed || !Array.isArray(parsed.keys) || !parsed.keys.every((key) => typeof key === 'string'))
      return undefined;
    if (typeof parsed.counts !== 'string') return undefined;
    const counts = countsOf(parsed.counts);
    return counts && { keys: parsed.keys as string[], counts };
  }

  /** Keeps the sum of the counts of the meetings of `keys`, for the next build to start from. */
  storeTotal(keys: string[], counts: WordCounts): void {
    try {
      writeSealedFile(this.totalFile(), JSON.stringify({ keys, counts: textOf(counts) }));
    } catch {
      // A cache that cannot be written only makes the next build slower.
    }
  }

  store(key: string, counts: WordCounts): void {
    const shard = shardOf(key);
    this.used[shard]!.set(key, textOf(counts));
    this.changed[shard] = true;
  }

  /** Writes, for the next build, each file whose counts this build used differ from those it holds. */
  save(): void {
    for (let shard = 0; shard < SHARDS; shard++) {
      const used = this.used[shard]!;
      if (!this.changed[shard] && used.size === this.before[shard]!.size) continue;
      try {
        writeSealedFile(this.fileOf(shard), JSON.stringify({ counts: Object.fromEntries(used) }));
      } catch {
        // A cache that cannot be written only makes the next build slower.
      }
    }
  }

  private totalFile(): string {
    return path.join(this.folder, 'total.json');
  }

  private fileOf(shard: number): string {
    return path.join(this.folder, `${shard.toString(16)}.json`);
  }
}

/** The file a key's counts are kept in: by its last character, as keys are hashes in hexadecimal. */
function shardOf(key: string): number {
  const digit = parseInt(key.slice(-1), 16);
  return Number.isNaN(digit) ? key.charCodeAt(key.length - 1) % SHARDS : digit;
}

function readCounts(file: string): Map<string, string> {
  // Absent or unreadable: every meeting is counted again.
  const parsed = readSealedJson(file) as { counts?: unknown } | null | undefined;
  const counts = parsed?.counts;
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) return new Map();
  return new Map(Object.entries(counts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** "word count word count …": a word is letters only, so a space parts it from its count. */
function textOf(counts: WordCounts): string {
  const parts: string[] = [];
  for (const [word, count] of counts) parts.push(word, String(count));
  return parts.join(' ');
}

/** The counts a text of `textOf` holds; undefined when it is not of that form. */
function countsOf(text: string): WordCounts | undefined {
  const counts: WordCounts = new Map();
  if (text === '') return counts;
  const parts = text.split(' ');
  if (parts.length % 2 !== 0) return undefined;
  for (let i = 0; i < parts.length; i += 2) {
    const count = Number(parts[i + 1]);
    if (!Number.isSafeInteger(count) || count < 1) return undefined;
    counts.set(parts[i]!, count);
  }
  return counts;
}
