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
  const counts: WordCounts = new Map();
  for (const meeting of archive.meetings) {
    const key = kept?.keyOf(meeting);
    let own = key === undefined ? undefined : kept!.cache.lookup(key);
    if (!own) {
      own = meetingWordCounts(meeting);
      if (key !== undefined) kept!.cache.store(key, own);
    }
    for (const [word, count] of own) counts.set(word, (counts.get(word) ?? 0) + count);
  }
  kept?.cache.save();
  for (const report of archive.reports) countWords(counts, `${report.title} ${report.text}`);
  for (const person of archive.people) countWords(counts, person.name);
  const words = [...counts.entries()]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MOST_WORDS)
    .map(([word]) => word);
  return `${JSON.stringify({ words })}\n`;
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
