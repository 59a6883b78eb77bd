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

/**
 * A minute whose number the items skip ("102/25" then "104/25"), printed in
 * the middle of a paragraph with its title after it ("… the planning
 * decisions 103/25 To Approve Repairs …"): the source lost the empty line
 * before it, and the minute would be written as text of the one before.
 * Returns the item whose text holds it and the words around it, or
 * undefined. A reference ("at item 103/25", "see minute 103/25") is not one.
 */
export function minuteInsideText(minutes: ImportedMinutes): { item: number; words: string } | undefined {
  const numbered = minutes.items.map((item) => ({ item, key: YEARLY_KEY.exec(item.number ?? '') }));
  if (numbered.length < 2 || numbered.some(({ key }) => !key)) return undefined;
  for (let i = 0; i + 1 < numbered.length; i++) {
    const [, prefix, from, year] = numbered[i]!.key!;
    const to = Number(numbered[i + 1]!.key![2]);
    if (numbered[i + 1]!.key![3] !== year) continue;
    const texts = paragraphs(numbered[i]!.item.blocks);
    for (let missing = Number(from) + 1; missing < to && missing <= Number(from) + 20; missing++) {
      const number = `${prefix ?? ''}${missing}/${year}`.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      const inside = new RegExp(
        `(?<!\\b(?:item|minute|min\\.?|minutes|items|see|at)\\s)(?<![/\\w])${number}\\s+\\p{Lu}`,
        'iu',
      );
      for (const text of texts) {
        const at = text.search(inside);
        if (at > 0) return { item: i, words: text.slice(Math.max(0, at - 30), at + 50) };
      }
    }
  }
  return undefined;
}

/** "196/20", "CYP 76/24" as its prefix, running number and year. */
const YEARLY_KEY = /^((?:[A-Z]{1,5}\s?)?)(\d{1,4})\/(\d{2})$/;

/** "01.26.02", "5", "6A": the number's groups of digits, and the text around them. */
const DIGIT_GROUPS = /\d+/g;

/**
 * An item whose number the items skip, printed with its digits parted other
 * than the items' are ("01.26..03 To receive the minutes", "01.26 08
 * Highways" between items 01.26.02 and 01.26.04): the reader did not take
 * it for an item's number, and the item would be written as text of the one
 * before, its number and title lost among the words. It stands at the start
 * of a paragraph, or inside one where the line above it ended with no full
 * stop and was joined to it ("… refrained from joining the discussion
 * 01.26..03 To receive …"); a reference ("see item 01.26.03") is not one.
 * Returns each, with the item whose text holds it and the words there.
 * Only the numbers between two items whose numbers differ in their last
 * group alone are looked for.
 */
export function skippedNumberInText(minutes: ImportedMinutes): Array<{ item: number; words: string; inside: boolean }> {
  const found: Array<{ item: number; words: string; inside: boolean }> = [];
  for (let i = 0; i + 1 < minutes.items.length; i++) {
    const from = minutes.items[i]!.number?.match(DIGIT_GROUPS);
    const to = minutes.items[i + 1]!.number?.match(DIGIT_GROUPS);
    if (!from || !to || from.length !== to.length || from.slice(0, -1).join('.') !== to.slice(0, -1).join('.'))
      continue;
    const last = Number(from.at(-1));
    const next = Number(to.at(-1));
    for (let missing = last + 1; missing < next && missing <= last + 5; missing++) {
      const groups = [...from.slice(0, -1), String(missing).padStart(from.at(-1)!.length, '0')];
      // The groups in order, parted by any run of dots, spaces or dashes, then a capital: the start of a heading.
      const number = `${groups.join('[.\\s,:/-]{1,3}')}[.)]?\\s+\\p{Lu}`;
      const atStart = new RegExp(`^${number}`, 'u');
      const inside = new RegExp(
        `(?<![\\w./])(?<!\\b(?:[Ii]tems?|[Mm]inutes?|[Mm]in\\.?|[Ss]ee|[Aa]t|[Nn]o\\.?)\\s)${number}`,
        'u',
      );
      for (const text of paragraphs(minutes.items[i]!.blocks)) {
        if (atStart.test(text)) {
          found.push({ item: i, words: text.slice(0, 60), inside: false });
          break;
        }
        // Inside a paragraph only a number of several groups is looked for: "4 June" is a date, not item 4.
        const at = groups.length > 1 ? text.search(inside) : -1;
        if (at > 0) {
          found.push({ item: i, words: text.slice(Math.max(0, at - 30), at + 40), inside: true });
          break;
        }
      }
    }
  }
  return found;
}
