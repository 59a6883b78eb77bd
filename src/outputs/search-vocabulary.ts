import type { Archive } from '../model/types.ts';
import { itemText } from '../model/item-text.ts';

/** Enough words for the archive's own language, small enough for a phone to load after a failed search. */
const MOST_WORDS = 20_000;
/** Shorter words are rarely misspelt in a way that a suggestion helps with. */
const SHORTEST = 4;
const LONGEST = 24;

/**
 * The words of the archive's minutes, reports and people's names, most used
 * first (ties in alphabetical order, so the same archive writes the same
 * bytes), for "Did you mean …?" on the search page.
 */
export function searchVocabulary(archive: Archive): string {
  const counts = new Map<string, number>();
  const add = (text: string | undefined) => {
    for (const word of (text ?? '').toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (word.length >= SHORTEST && word.length <= LONGEST) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  };
  for (const meeting of archive.meetings) {
    for (const item of meeting.items) {
      add(item.title);
      add(itemText(item));
    }
  }
  for (const report of archive.reports) add(`${report.title} ${report.text}`);
  for (const person of archive.people) add(person.name);
  const words = [...counts.entries()]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MOST_WORDS)
    .map(([word]) => word);
  return `${JSON.stringify({ words })}\n`;
}
