import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seal, unseal } from '../text/sealed.ts';
import type { Stored } from './stored.ts';

/** The words of one meeting's minutes, each with how often it occurs there. */
export type WordCounts = Map<string, number>;

/**
 * Each meeting's word counts, kept between builds so that the search words
 * (`search/words.json`, src/outputs/search-vocabulary.ts) are summed from
 * them rather than counted again from every item's text: at 10,000 meetings
 * that count reads 2.4 million words in every build. A count is kept by the
 * key of its meeting's files (input-keys.ts), which covers the build's code,
 * the meeting's file and everything it is read with; a meeting whose key
 * changed is counted afresh.
 *
 * The counts are one file, written whole (to a temporary name, then renamed)
 * and sealed (src/text/sealed.ts): a file whose seal does not match, or that
 * is not of this form, counts as empty, and every meeting is counted again.
 * Saving keeps only the counts this build looked up or stored, so the counts
 * of deleted and changed meetings do not pile up.
 */
export class WordCountsCache implements Stored<string, WordCounts> {
  private readonly file: string;
  /** The counts as the file holds them, each a string read into a map only when asked for. */
  private readonly before: Map<string, string>;
  private readonly used = new Map<string, string>();
  private changed = false;

  constructor(file: string) {
    this.file = file;
    this.before = readCounts(file);
  }

  lookup(key: string): WordCounts | undefined {
    const kept = this.used.get(key) ?? this.before.get(key);
    if (kept === undefined) return undefined;
    const counts = countsOf(kept);
    if (!counts) return undefined;
    this.used.set(key, kept);
    return counts;
  }

  store(key: string, counts: WordCounts): void {
    this.used.set(key, textOf(counts));
    this.changed = true;
  }

  /** Writes the counts used by this build for the next, when they differ from the file's. */
  save(): void {
    if (!this.changed && this.used.size === this.before.size) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, seal(JSON.stringify({ counts: Object.fromEntries(this.used) })));
      renameSync(temporary, this.file);
    } catch {
      // A cache that cannot be written only makes the next build slower.
    }
  }
}

function readCounts(file: string): Map<string, string> {
  try {
    const body = unseal(readFileSync(file));
    const parsed = body && (JSON.parse(body.toString('utf8')) as { counts?: unknown });
    const counts = parsed?.counts;
    if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) return new Map();
    return new Map(Object.entries(counts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    // Absent or unreadable: every meeting is counted again.
    return new Map();
  }
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
