import { readItemNumber } from './item-number.ts';
import type { Block, ImportedItem } from './minutes.ts';

/** A numbered point of a resolution, "5. RESOLVED: that …", "2. That the report be noted", is no heading. */
const RESOLUTION_POINT = /^(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|That)\b/i;

/**
 * A paragraph of an item that begins as the next item's heading would: item
 * 9's text holding "10. Christmas Lights GD had confirmed …", where the
 * printed minutes left no gap before the heading. Returns its text, or
 * undefined. Only the number that follows the item's own counts, so a
 * numbered point inside the item ("1. That the report be noted") is not one.
 */
export function headingInBody(item: ImportedItem): string | undefined {
  const own = /^(\d+)$/.exec(item.number ?? '');
  if (!own) return undefined;
  const next = String(Number(own[1]) + 1);
  for (const block of item.blocks) {
    const texts = block.kind === 'paragraph' ? [block.text] : block.kind === 'list' ? block.items : [];
    for (const text of texts) {
      const heading = readItemNumber(text);
      const title = heading?.title ?? '';
      if (heading?.number === next && /^\p{Lu}/u.test(title) && !RESOLUTION_POINT.test(title)) return text;
    }
  }
  return undefined;
}

/**
 * A title that runs on, after a dash, into the item's only sentence ("Correspondence -
 * all previously circulated."), on an item with no text of its own: the
 * heading is the whole minute, and reads as a sentence by design.
 */
export function isTitleWithItsOnlyText(title: string, blocks: Block[]): boolean {
  return blocks.length === 0 && runsOnIntoText(title);
}

/** "Correspondence - all previously circulated.": a title, a dash, and one short sentence. */
export function runsOnIntoText(title: string): boolean {
  return /^\p{Lu}[^.]*?\s[-–]\s\S[^.]*\.$/u.test(title) && title.length <= 100;
}
