import type { Archive, Meeting } from '../model/types.ts';
import { itemText } from '../model/item-text.ts';
import type { WordCounts, WordCountsCache } from '../incremental/word-counts.ts';

/** Enough words for the archive's own language, small enough for a phone to load after a failed search. */
const MOST_WORDS = 20_000;
/** Shorter words are rarely misspelt in a way that a suggestion helps with. */
const SHORTEST = 4;
const LONGEST = 24;

/** Where a build keeps each meeting's word counts, and the key each is kept by (src/incremental/word-counts.ts). */
export interface KeptWordCounts {
  cache: WordCountsCache;
  keyOf(meeting: Meeting): string;
}

/**
 * The words of the archive's minutes, reports and people's names, most used
 * first (ties in alphabetical order, so the same archive writes the same
 * bytes), for "Did you mean …?" on the search page. Given a cache, each
 * meeting's counts are taken from it when its key is the same, and kept in
 * it when counted.
 */
export function searchVocabulary(archive: Archive, kept?: KeptWordCounts): string {
  const counts = kept ? keptCounts(archive.meetings, kept) : summed(archive.meetings);
  for (const report of archive.reports) countWords(counts, `${report.title} ${report.text}`);
  for (const person of archive.people) countWords(counts, person.name);
  const words = [...counts.entries()]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MOST_WORDS)
    .map(([word]) => word);
  return `${JSON.stringify({ words })}\n`;
}

/** The meetings' word counts, summed. */
function summed(meetings: readonly Meeting[]): WordCounts {
  const counts: WordCounts = new Map();
  for (const meeting of meetings) add(counts, meetingWordCounts(meeting), 1);
  return counts;
}

/**
 * The meetings' word counts summed with the cache's help: from the last
 * build's sum when few meetings changed, else from each meeting's kept
 * counts. The sum is kept for the next build.
 */
function keptCounts(meetings: readonly Meeting[], kept: KeptWordCounts): WordCounts {
  const keys = meetings.map((meeting) => kept.keyOf(meeting));
  const counts = fromLastSum(meetings, keys, kept) ?? fromEach(meetings, keys, kept);
  kept.cache.storeTotal(keys, counts);
  kept.cache.save();
  return counts;
}

function fromEach(meetings: readonly Meeting[], keys: readonly string[], kept: KeptWordCounts): WordCounts {
  const counts: WordCounts = new Map();
  meetings.forEach((meeting, i) => add(counts, ownCounts(meeting, keys[i]!, kept), 1));
  return counts;
}

/**
 * The last build's sum, less the counts of the meetings it summed that are
 * gone or changed (their keys differ), plus those of the new and changed
 * ones: one meeting added reads one meeting's counts instead of every
 * meeting's (at 10,000 meetings, 0.7 s of reading counts). Undefined when
 * there is no sum to start from, when most meetings changed, or when the
 * counts of a meeting to take away are not kept.
 */
function fromLastSum(
  meetings: readonly Meeting[],
  keys: readonly string[],
  kept: KeptWordCounts,
): WordCounts | undefined {
  const last = kept.cache.lookupTotal();
  if (!last) return undefined;
  const left = new Map<string, number>();
  for (const key of last.keys) left.set(key, (left.get(key) ?? 0) + 1);
  const added: number[] = [];
  for (const [i, key] of keys.entries()) {
    const times = left.get(key) ?? 0;
    if (times > 0) left.set(key, times - 1);
    else added.push(i);
  }
  const removed = [...left].flatMap(([key, times]) => Array.from({ length: times }, () => key));
  if (added.length + removed.length > meetings.length / 2) return undefined;
  const counts = last.counts;
  for (const key of removed) {
    const own = kept.cache.peek(key);
    if (!own) return undefined;
    add(counts, own, -1);
  }
  for (const count of counts.values()) if (count < 0) return undefined;
  for (const i of added) add(counts, ownCounts(meetings[i]!, keys[i]!, kept), 1);
  const isAdded = new Set(added);
  // The unchanged meetings' counts stay in the cache for a later build to take away.
  for (const [i, key] of keys.entries()) if (!isAdded.has(i)) kept.cache.keep(key);
  return counts;
}

/** A meeting's counts, from the cache when its key is there, else counted and kept. */
function ownCounts(meeting: Meeting, key: string, kept: KeptWordCounts): WordCounts {
  let own = kept.cache.lookup(key);
  if (!own) {
    own = meetingWordCounts(meeting);
    kept.cache.store(key, own);
  }
  return own;
}

/** Adds `own` to `counts` (`sign` 1) or takes it away (-1); a word whose count falls to nothing is taken out, as a sum afresh would not have it. */
function add(counts: WordCounts, own: WordCounts, sign: 1 | -1): void {
  for (const [word, count] of own) {
    const sum = (counts.get(word) ?? 0) + sign * count;
    if (sum === 0) counts.delete(word);
    else counts.set(word, sum);
  }
}

/** The words of one meeting's items, titles and text. */
export function meetingWordCounts(meeting: Meeting): WordCounts {
  const counts: WordCounts = new Map();
  for (const item of meeting.items) {
    countWords(counts, item.title);
    countWords(counts, itemText(item));
  }
  return counts;
}

function countWords(counts: WordCounts, text: string | undefined): void {
  for (const word of (text ?? '').toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (word.length >= SHORTEST && word.length <= LONGEST) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
}
