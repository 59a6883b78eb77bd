import type { PostBlock } from './post-blocks.ts';
import { readPostHeading, type PostHeading } from './post-headings.ts';

/** An item found inside the paragraph, by the block it now starts. */
export interface RunTogetherItem {
  index: number;
  number: string;
  heading: PostHeading;
}

/** How an item's title must end to be read inside one paragraph: where the minutes mark its end. */
const PLAIN = new Set(['colon', 'list', 'run-in']);
/** A sentence's end (or the paragraph's start), then an item's number, with or without its full stop, then a capital. */
const itemNumber = (n: number) => new RegExp(`(?:^|(?<=[.!?]["”’)]*\\s))${n}\\.?\\s+(?=[\\p{Lu}‘'"“])`, 'gu');
/** "The meeting closed at 5.05pm": the end of the meeting, as a sentence of the last item's text. */
const MEETING_END =
  /(?<=[.!?]["”’)]*\s)(?:The\s+)?meeting\s+(?:closed|ended|finished)\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?(?=\s|$)/i;
/** Where the text before the first item parts: a sentence's end, and an attendance label in capitals ("… 2018 PRESENT (Five Councillors):- …"). */
const HEADER_BREAK = /(?<=[a-z)][.!?])\s+(?=\p{Lu})|\s+(?=PRESENT(?:\s*\([^()]{1,40}\))?\s*:)/gu;

/**
 * Minutes a website printed as one paragraph ("… present. 1. Apologies for
 * absence Councillor … 2. Declaration of Interest … 4 Finance 4.1 …"): the
 * items are the numbers 1, 2, 3 … each after a sentence's end, in order,
 * every one whose title ends plainly (a colon, its own numbered parts, a
 * sentence that plainly starts; an agenda's "To comment on …" is a title
 * here, as the numbers are the items' in turn). The paragraph is parted into
 * the text before the items (at its sentences and attendance labels), one
 * paragraph an item, and the end of the meeting with what follows it.
 * Undefined, and left to the reader's doubt, unless at least three items are
 * found so and every one of them reads plainly.
 */
export function partRunTogetherItems(
  blocks: PostBlock[],
): { blocks: PostBlock[]; items: RunTogetherItem[] } | undefined {
  const at = blocks.findIndex((b) => b.kind === 'paragraph' && !b.quoted && itemNumber(1).test(b.text));
  if (at < 0) return undefined;
  const block = blocks[at]!;
  const text = block.text.replace(/\s+/g, ' ');
  const offsets: number[] = [];
  for (let n = 1; ; n++) {
    const from = offsets.at(-1) ?? 0;
    const found = [...text.matchAll(itemNumber(n))].find((m) => m.index >= from && (n === 1 || m.index > from));
    if (!found) break;
    offsets.push(found.index);
  }
  if (offsets.length < 3) return undefined;
  const pieces: PostBlock[] = [];
  const piece = (words: string): PostBlock => ({ ...block, kind: 'paragraph', text: words, bold: [], source: words });
  for (const part of text.slice(0, offsets[0]).split(HEADER_BREAK)) if (part.trim()) pieces.push(piece(part.trim()));
  const items: RunTogetherItem[] = [];
  for (let k = 0; k < offsets.length; k++) {
    let words = text.slice(offsets[k], offsets[k + 1] ?? text.length).trim();
    const after: string[] = [];
    // After the last item: the end of the meeting, and what follows it (the next meeting, the clerk, the signature).
    const end = k === offsets.length - 1 ? MEETING_END.exec(words) : null;
    if (end) {
      after.push(end[0], words.slice(end.index + end[0].length).trim());
      words = words.slice(0, end.index).trim();
    }
    const number = String(k + 1);
    const heading = readPostHeading(number, words.replace(/^\d+\.?\s+/, ''), undefined, { agendaWording: true });
    if (!heading || !PLAIN.has(heading.by)) return undefined;
    items.push({ index: at + pieces.length, number, heading });
    pieces.push(piece(words));
    for (const part of after) if (part) pieces.push(piece(part));
  }
  return { blocks: [...blocks.slice(0, at), ...pieces, ...blocks.slice(at + 1)], items };
}
