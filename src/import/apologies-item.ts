import { readNames } from './attendance.ts';
import type { ImportedItem, ImportedPerson } from './minutes.ts';

/** An item that is the apologies alone: "Apologies", "Apologies for absence", "To receive apologies for absence". */
const APOLOGIES_TITLE = /^(?:To\s+receive\s+(?:and\s+accept\s+)?)?apologies(?:\s+for\s+absence)?(?:\s+received)?$/i;
const WORD = "\\p{Lu}[\\p{L}'’.-]*";
const TITLE = '(?:Councillor|Cllr\\.?|Mr|Mrs|Ms|Miss|Dr)';
const TITLED = `${TITLE}\\s+${WORD}(?:\\s+${WORD}){0,3}?`;
/** A paragraph that is only members' names, each with its title: "Councillor Paula Kellingray and Councillor Tom Foy." */
const TITLED_NAMES = new RegExp(`^${TITLED}(?:(?:,\\s*|\\s+and\\s+)${TITLED})*\\.?$`, 'u');
/** Or "Councillors X, Y and Z." */
const COUNCILLORS_NAMES = new RegExp(
  `^(?:Councillors|Cllrs\\.?)\\s+${WORD}(?:\\s+${WORD}){0,3}?(?:(?:,\\s*|\\s+and\\s+)${WORD}(?:\\s+${WORD}){0,3}?)*\\.?$`,
  'u',
);

/**
 * The apologies given as the text of their own item: "1. Apologies for absence Councillor Paula Kellingray
 * and Councillor Tom Foy." Read only where the item's first paragraph is nothing but members' names, each
 * marked as a member's; anything else there ("None received", "Cllr Lee, who was unwell") is left as text.
 */
export function apologiesUnderTitle(items: ImportedItem[]): ImportedPerson[] | undefined {
  for (const item of items) {
    if (!APOLOGIES_TITLE.test(item.title?.trim() ?? '')) continue;
    const first = item.blocks[0];
    if (first?.kind !== 'paragraph') return undefined;
    const text = first.text.replace(/\s+/g, ' ').trim();
    return TITLED_NAMES.test(text) || COUNCILLORS_NAMES.test(text) ? readNames(text) : undefined;
  }
  return undefined;
}
