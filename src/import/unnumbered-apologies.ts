import { datedSequence } from './out-of-step-headings.ts';
import type { ImportedItem } from './minutes.ts';

/** The apologies' label alone, as the item's title: "Apologies", "Apologies for absence". */
const APOLOGIES_TITLE = /^(Apologies(?:\s+for\s+absence)?)\s*(?::-?|[–—]|\s-\s|-)?\s*/i;

/**
 * "Apologies - None" printed on a line of its own, with no number, between the attendance and "16.07.2 Register of
 * Interests", where the items are numbered by the meeting's year and month and so count from 1 at each meeting:
 * the apologies stand where item 1 should, and are that item, unnumbered ("Apologies", with "None" as its text).
 * Read so only where the line is the last paragraph above the first item, and the items' numbers (every one dated
 * by this meeting's year and month, three or more) start at 2: one item is missing, and this is where it stands.
 * Otherwise (items that start at 1, or at 3, or are numbered otherwise) the line is the attendance's only.
 */
export function apologiesAsFirstItem(
  line: { number: number; text: string },
  itemNumbers: readonly string[],
  date: string | undefined,
): ImportedItem | undefined {
  const sequences = itemNumbers.map((number) => datedSequence(number, date));
  if (sequences.length < 3 || sequences.some((s) => s === undefined) || sequences[0] !== 2) return undefined;
  const text = line.text.trim().replace(/\s+/g, ' ');
  const label = APOLOGIES_TITLE.exec(text);
  if (!label) return undefined;
  const rest = text.slice(label[0].length).trim();
  return {
    title: label[1]!,
    blocks: rest === '' ? [] : [{ kind: 'paragraph', text: rest }],
    cutShort: false,
    actions: [],
    line: line.number,
    inPlaceOfNumber: true,
  };
}
