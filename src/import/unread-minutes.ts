import { readItemNumber } from './item-number.ts';
import type { Block, ImportedMinutes } from './minutes.ts';

/** "196/20", "CYP 76/24": a minute numbered within the council's year; the year is the part after the slash. */
const YEARLY_NUMBER = /^(?:[A-Z]{1,5}\s?)?\d{1,4}\/(\d{2})$/;

const paragraphs = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

/**
 * Minutes numbered within the council's year ("196/20 Openness and
 * Transparency Notice The Chair read the notice.") give every minute such a
 * number. A paragraph, inside an item or before the first, that starts with
 * one the items do not have is a minute whose heading ran into its text and
 * was not read as an item: the file would lose an item without a word
 * missing. Returns the first such paragraph, when the items' numbers are of
 * that form, or when two paragraphs before any item are.
 */
export function unreadYearlyMinute(minutes: ImportedMinutes): string | undefined {
  const yearOf = (number: string | undefined) => YEARLY_NUMBER.exec(number ?? '')?.[1];
  const itemNumbers = new Set(minutes.items.map((i) => i.number?.replace(/\s+/g, '')));
  const itemYears = new Set(minutes.items.map((i) => yearOf(i.number)).filter((y) => y !== undefined));
  const starts = [...paragraphs(minutes.preamble), ...minutes.items.flatMap((i) => paragraphs(i.blocks))]
    .map((text) => ({ text, heading: readItemNumber(text) }))
    .filter(({ heading }) => heading?.title && /^\p{Lu}/u.test(heading.title) && yearOf(heading.number) !== undefined)
    .filter(({ heading }) => !itemNumbers.has(heading!.number.replace(/\s+/g, '')));
  const unread = starts.find(({ heading }) => itemYears.has(yearOf(heading!.number)!));
  if (unread) return unread.text;
  if (itemYears.size > 0) return undefined;
  const beforeItems = paragraphs(minutes.preamble)
    .map((text) => yearOf(readItemNumber(text)?.number))
    .filter((y) => y !== undefined);
  return beforeItems.length >= 2 ? starts[0]?.text : undefined;
}
