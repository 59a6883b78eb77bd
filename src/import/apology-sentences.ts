import { readNames } from './attendance.ts';
import type { Block, ImportedItem, ImportedPerson } from './minutes.ts';

const HONORIFIC = '(?:Councillor|Cllr\\.?|Mr|Mrs|Ms|Miss|Dr|Mx|Sir|Dame|Professor)';
/**
 * The sentences minutes record apologies in: "Apologies for absence were
 * received from Councillors X and Y", "The Clerk reported apologies from Mr
 * A, Mrs B and Mr C". The list runs to the full stop that ends a word (an
 * initial's full stop, "R.", does not end it).
 */
const APOLOGY_SENTENCE = /\b(?:apologies(?:\s+for\s+absence)?\s+(?:were|had\s+been|have\s+been|was)\s+(?:received|reported|given|submitted|tendered|noted)\s+from|reported\s+apologies(?:\s+for\s+absence)?\s+from|apologies(?:\s+for\s+absence)?\s+from)\s+(.+?)(?<=\p{Ll}{2})\.(?:\s|$)/iu;

/** The same in Welsh minutes: "Derbyniwyd ymddiheuriadau gan y Cynghorwyr X, Y ac Z." (apologies were received from Councillors …). */
const WELSH_APOLOGY_SENTENCE = /\bDerbyniwyd\s+ymddiheuriadau\s+gan\s+(?:y\s+)?Cynghorwyr\s+(.+?)(?<=\p{Ll}{2})\.(?:\s|$)/iu;

/**
 * Apologies written as a sentence in the minutes' text, when no "Apologies:"
 * list gave them. A list is taken only when every name in it is a member's,
 * as the minutes mark them ("Councillors X and Y", or a title before each
 * name): "the Clerk, Cathy Fleet" leaves the sentence as text, unread.
 */
export function apologiesFromSentences(preamble: Block[], items: ImportedItem[]): ImportedPerson[] | undefined {
  for (const block of [...preamble, ...items.flatMap((i) => i.blocks)]) {
    if (block.kind !== 'paragraph') continue;
    const text = block.text.replace(/\s+/g, ' ');
    const welsh = WELSH_APOLOGY_SENTENCE.exec(text);
    const match = welsh ?? APOLOGY_SENTENCE.exec(text);
    if (!match) continue;
    // Welsh lists end "… ac Andrew Thomas" or "… a Peter Harries": read as " and ".
    const list = welsh ? `Councillors ${match[1]!.trim().replace(/\s+(?:ac|a)\s+(?=\p{Lu})/gu, ' and ')}` : match[1]!.trim();
    const parts = list.replace(/^(?:County\s+)?Councillors\s+/i, '').split(/,\s*|\s+and\s+/);
    const allMembers = /^(?:County\s+)?Councillors\s/i.test(list)
      ? parts.every((p) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(p.trim()))
      : parts.every((p) => new RegExp(`^${HONORIFIC}\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}$`, 'u').test(p.trim()));
    if (!allMembers) continue;
    return readNames(list);
  }
  return undefined;
}
