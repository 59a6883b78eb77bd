import type { Block, ImportedDeclaration, ImportedItem } from './minutes.ts';

const TITLE = '(?:Councillors?|Cllrs?\\.?|Mr|Mrs|Ms|Miss|Dr|Professor)';
/**
 * "N.B. Councillor X declared an Other Disclosable Interest in the following
 * item of business as <reason>." and the forms other councils use: "in item 7",
 * "in Minute EXB 45", "in this item", with "as", "because" or a comma.
 */
const DECLARATION = new RegExp(
  `^(?:N\\.?\\s?B\\.?:?\\s+)?(?:${TITLE}\\s+)?(.+?)\\s+declared\\s+(?:an?\\s+|their\\s+|his\\s+|her\\s+)?(.*?\\binterest)\\s+in\\s+(?:relation\\s+to\\s+)?` +
    `(the following item(?: of business)?|this item(?: of business)?|(?:agenda\\s+)?(?:item|minute)s?\\s+(?:no\\.?\\s*)?([A-Z]{0,5}\\s?\\d+[A-Za-z]?(?:\\([a-z0-9]+\\))?))` +
    `[^,]*?(?:,?\\s+(?:as|because|since|in that|due to)\\s+|,\\s*)(.+?)\\.?$`,
  'i',
);

/** Longer paragraphs are not read as declarations (the longest in the councils' minutes we have is under 400 characters); their text stays in the item as it is. */
const MAX_DECLARATION_LENGTH = 1_000;

/** Finds the declarations of interest written in the items' text; the text itself stays as it is. */
export function findDeclarations(preamble: Block[], items: ImportedItem[]): ImportedDeclaration[] {
  const found: ImportedDeclaration[] = [];
  const scan = (blocks: Block[], here: number) => {
    for (const block of blocks) {
      if (block.kind !== 'paragraph') continue;
      // A declaration is a sentence or two; the pattern's several open-ended parts would take time growing fast with a long paragraph's length.
      const text = block.text.trim();
      const match = text.length <= MAX_DECLARATION_LENGTH ? DECLARATION.exec(text.replace(/\s+/g, ' ')) : null;
      if (!match || match[1]!.split(/\s+/).length > 5 || !oneReason(match[5]!)) continue;
      const where = match[3]!.toLowerCase();
      const item =
        match[4]?.trim() ??
        (where.startsWith('the following')
          ? items[here + 1]?.number
          : where.startsWith('this')
            ? items[here]?.number
            : undefined);
      found.push({
        who: match[1]!.trim(),
        ...(item ? { item } : {}),
        kind: capitalised(match[2]!.trim()),
        reason: match[5]!.trim(),
      });
    }
  };
  scan(preamble, -1);
  items.forEach((item, index) => scan(item.blocks, index));
  return found;
}

/**
 * The reason read is one declaration's: not the end of a bracket the reason began inside ("… PL/00489 (in his
 * role as County Councillor)" gives "County Councillor)"), nor running on into the next member's declaration.
 * Otherwise the paragraph is left as text, unread as a declaration.
 */
function oneReason(reason: string): boolean {
  let depth = 0;
  for (const c of reason) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  return !/\bdeclared\b/i.test(reason);
}

function capitalised(kind: string): string {
  return kind.replace(/^./, (c) => c.toUpperCase());
}
