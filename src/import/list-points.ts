import { readItemNumber } from './item-number.ts';

/**
 * Numbered points inside an item, printed one a line with no gap between
 * them ("06.26.18.1 The End of year accounts were approved" /
 * "06.26.18.2 The internal Audit report was received" under "06.26.14
 * Finance"), are a list, not items: the first of them is not read as an
 * item where the line straight below it is numbered as its next point and
 * its own number does not follow the item before it as the next item.
 */
export function startsListOfPoints(number: string, itemBefore: string | undefined, lineBelow: string): boolean {
  if (itemBefore === undefined) return false;
  const below = readItemNumber(lineBelow)?.number;
  return below !== undefined && below === nextNumber(number) && nextNumber(itemBefore) !== number;
}

/** "06.26.18.1" → "06.26.18.2", "7" → "8", "4a" → undefined: the number with its last group of digits one more, as wide. */
export function nextNumber(number: string): string | undefined {
  const match = /^(.*?)(\d+)$/.exec(number.trim());
  if (!match) return undefined;
  return `${match[1]}${String(Number(match[2]) + 1).padStart(match[2]!.length, '0')}`;
}
