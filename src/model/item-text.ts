import type { Item } from './types.ts';
import { textOfHtml } from '../text/html-text.ts';

/** The plain text of an item's body: as the loader kept it, or read back from its HTML where that gives the same. */
export function itemText(item: Pick<Item, 'html' | 'text'>): string {
  return item.text ?? textOfHtml(item.html);
}
