import type { Diagnostics } from '../model/diagnostics.ts';
import type { Token } from '../text/markdown.ts';
import { isPartOf, mainNumber, readItemHeading } from './item-heading.ts';

/** A top-level block of tokens and its line in the file. */
interface Block {
  tokens: Token[];
  line: number;
}

/** `##18. Title`: hashes with no space after them, which Markdown reads as text. */
const HASHES_WITHOUT_SPACE = /^ {0,3}(#{2,6})(?=[^\s#])(.*)$/;

/**
 * Finds item headings typed so that Markdown does not read them as one, in
 * the blocks of one item (or of the preamble): the item would vanish into
 * the one before it. `item` is the number of the item the blocks are in,
 * `next` that of the item after them. Returns the numbers of the items lost.
 *
 * - `##18. Title` (no space after the hashes) is a paragraph;
 * - `### 18. Title` is a heading of another level, read as part of the item,
 *   caught when its number falls between this item's and the next's;
 * - `18. Title` is a numbered list, caught when its number is the one the
 *   next item would have (one more than this item's, one less than the next's).
 */
export function reportHeadingSlips(
  blocks: readonly Block[],
  item: string | undefined,
  next: string | undefined,
  file: string,
  diagnostics: Diagnostics,
): string[] {
  const found: string[] = [];
  const into = item === undefined ? 'the text before the first item' : `item ${item}`;
  for (const block of blocks) {
    const first = block.tokens[0]!;
    const inline = block.tokens[1];
    if (first.type === 'heading_open') {
      const { number } = readItemHeading(inline?.content ?? '');
      if (number === undefined || !between(number, item, next)) continue;
      found.push(number);
      const hashes = first.markup.startsWith('#') ? first.markup : `level ${first.tag.slice(1)}`;
      diagnostics.error(
        file,
        { line: block.line, column: 1 },
        'item-heading-level',
        `"${hashes} ${inline?.content ?? ''}" is not an item heading (it has ${first.tag.slice(1)} #, not 2), so item ${number} is read as part of ${into}`,
        `Write "## ${inline?.content ?? ''}".`,
      );
    } else if (first.type === 'paragraph_open' && inline?.content.includes('#')) {
      inline.content.split('\n').forEach((text, offset) => {
        const slip = HASHES_WITHOUT_SPACE.exec(text);
        if (!slip) return;
        const { number } = readItemHeading(slip[2]!);
        if (number) found.push(number);
        diagnostics.error(
          file,
          { line: block.line + offset, column: 1 },
          'item-heading-no-space',
          `"${text.trim()}" has no space after ${slip[1]}, so it is not read as a heading: ${number ? `item ${number}` : 'this item'} is read as text of ${into}`,
          `Write "${slip[1]} ${slip[2]!.trim()}".`,
        );
      });
    } else if (first.type === 'ordered_list_open') {
      const start = Number(first.attrGet('start') ?? 1);
      if (!(follows(start, item) || precedes(start, next))) continue;
      found.push(String(start));
      const title = block.tokens.find((t) => t.type === 'inline')?.content.split('\n')[0] ?? '';
      diagnostics.error(
        file,
        { line: block.line, column: 1 },
        'item-heading-unmarked',
        `"${start}${first.markup} ${title}" is read as a numbered list, so item ${start} is read as part of ${into}`,
        `If it starts item ${start}, write "## ${start}. ${title}".`,
      );
    }
  }
  return found;
}

/**
 * `number` reads as an item between `item` and `next`: "18" or "18(a)"
 * between 17 and 19 (or after 17, at the end). A numbered sub-heading of the
 * item itself ("### 17(a)", "### 1. Background" under 17) is not.
 */
function between(number: string, item: string | undefined, next: string | undefined): boolean {
  if (item !== undefined && isPartOf(number, item)) return false;
  const main = mainNumber(number);
  if (!main) return false;
  const after = item === undefined ? undefined : mainNumber(item);
  const before = next === undefined ? undefined : mainNumber(next);
  if (after === undefined && before === undefined) return true;
  const afterItem = after === undefined || (after.prefix === main.prefix && main.value > after.value);
  const beforeNext = before === undefined || (before.prefix === main.prefix && main.value < before.value);
  return afterItem && beforeNext;
}

/** `start` is the number after item `item` ("18" after "17"). */
function follows(start: number, item: string | undefined): boolean {
  const main = item === undefined ? undefined : mainNumber(item);
  return main !== undefined && main.prefix === '' && /^\d+\.?$/.test(item!.trim()) && start === main.value + 1;
}

/** `start` is the number before item `next` ("18" before "19"). */
function precedes(start: number, next: string | undefined): boolean {
  const main = next === undefined ? undefined : mainNumber(next);
  return main !== undefined && main.prefix === '' && /^\d+\.?$/.test(next!.trim()) && start === main.value - 1;
}
