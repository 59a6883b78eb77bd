import type { PostBlock } from './post-blocks.ts';
import { readPostHeading } from './post-headings.ts';

/** An item the reader found, by the index of the block it starts. */
export interface NumberedStart {
  index: number;
  number: string;
}

/** Words before a number that make it a reference to a minute, not its start: "at item 201/20", "see minute 6". */
const REFERENCE = /(?:^|\s)(?:items?|minutes?|min|no|nos|see|under|at|in|of|and|to|from|with|per)\.?$/i;
/** How a heading found inside a paragraph must end to be read: where the minutes mark its end. */
const PLAIN = new Set(['colon', 'list', 'run-in']);

/**
 * A website post that lost the paragraph break before an item: the item's
 * number and title go on inside the paragraph before it ("… Delegated
 * Decision 201/20 To Receive an update on the Bluebell Campaign The Chair …",
 * "… inside the play area. 8. Reports 8.1 Chairman's Report …"). Where the
 * numbers of the items read have a gap of one number, and that number stands
 * once in the paragraphs of the item before the gap, not as a reference ("at
 * item 201/20"), followed by a title whose end is plain, the paragraph is
 * parted there: the item starts a paragraph of its own. A plain number ("8.")
 * must also follow a sentence's end; a number within the year ("201/20") is
 * its own mark. Anything less plain is left to the reader's doubts.
 */
export function restoreLostBreaks(blocks: PostBlock[], starts: NumberedStart[]): PostBlock[] {
  const parted: Array<{ at: number; offset: number }> = [];
  for (let k = 0; k + 1 < starts.length; k++) {
    const missing = missingBetween(starts[k]!.number, starts[k + 1]!.number);
    if (!missing) continue;
    const found: Array<{ at: number; offset: number }> = [];
    for (let at = starts[k]!.index; at < starts[k + 1]!.index; at++) {
      const block = blocks[at]!;
      if (block.quoted || block.kind === 'html') continue;
      for (const offset of occurrences(block.text, missing)) {
        if (offset === 0) continue;
        const before = block.text.slice(0, offset).trimEnd();
        if (REFERENCE.test(before)) continue;
        if (!missing.includes('/') && !/[.!?]["”’)]*$/.test(before)) continue;
        found.push({ at, offset });
      }
    }
    if (found.length !== 1) continue;
    const { at, offset } = found[0]!;
    const rest = blocks[at]!.text.slice(offset).replace(/^\S+\s+/, '');
    const heading = readPostHeading(missing, rest, undefined);
    if (heading && (PLAIN.has(heading.by) || (heading.by === 'paragraph' && isCapitals(heading.title))))
      parted.push(found[0]!);
  }
  if (parted.length === 0) return blocks;
  return blocks.flatMap((block, at) => {
    const cut = parted.find((p) => p.at === at);
    if (!cut) return [block];
    const head = block.text.slice(0, cut.offset).trimEnd();
    const tail = block.text.slice(cut.offset);
    return [
      { ...block, text: head, bold: [], source: head },
      { ...block, kind: 'paragraph' as const, text: tail, bold: [], source: tail },
    ];
  });
}

const isCapitals = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/** The one number between two items' numbers ("200/20", "202/20" → "201/20"; "5", "7" → "6"), else undefined. */
function missingBetween(a: string, b: string): string | undefined {
  const yearly = /^(\d{1,4})\/(\d{2})$/;
  const ya = yearly.exec(a);
  const yb = yearly.exec(b);
  if (ya && yb && ya[2] === yb[2] && Number(yb[1]) - Number(ya[1]) === 2) return `${Number(ya[1]) + 1}/${ya[2]}`;
  if (/^\d+$/.test(a) && /^\d+$/.test(b) && Number(b) - Number(a) === 2) return String(Number(a) + 1);
  return undefined;
}

/** Where the number stands as an item's in the text: after a space, then "." or ")" for a plain number, then a capital. */
function occurrences(text: string, number: string): number[] {
  const escaped = number.replace(/[/.]/g, '\\$&');
  const mark = number.includes('/') ? '' : '[.)]';
  const pattern = new RegExp(`(?<=^|\\s)${escaped}${mark}\\s+(?=[\\p{Lu}‘'"“])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => m.index);
}
