import { readNames } from './attendance.ts';
import type { Block, ImportedItem, ImportedPerson } from './minutes.ts';

const WORD = "\\p{Lu}[\\p{L}'’.-]*";
/**
 * A member recorded as absent without apologies, in a sentence of its own: "The Council noted that Cllr
 * Mandy Leamon was absent, though apologies had not been received.", "Cllr Ann Lee was absent without
 * apologies.", "Councillor Tom Foy was absent and no apologies were received." The member is absent, not
 * apologising. A sentence that says apologies were given, or anything else after "absent", is left alone.
 */
const ABSENT_SENTENCE = new RegExp(
  `(?:^|[.!?]\\s+)(?:(?:The\\s+)?(?:Parish\\s+|Town\\s+|Community\\s+)?(?:Council|Committee|Meeting)\\s+noted\\s+that\\s+)?` +
    `((?:Councillor|Cllr\\.?)\\s+${WORD}(?:\\s+${WORD}){0,3}?)\\s+was\\s+absent` +
    `(?:,?\\s+(?:though|but|and|as)\\s+(?:no\\s+)?apologies\\s+(?:had|have|were)\\s+(?:not\\s+)?(?:been\\s+)?received` +
    `|\\s+without\\s+(?:giving\\s+|sending\\s+)?(?:any\\s+)?apologies)?\\.(?=\\s|$)`,
  'gu',
);

/** Members absent without apologies, told in a sentence of the minutes' text; undefined when none is. */
export function absenceFromSentences(preamble: Block[], items: ImportedItem[]): ImportedPerson[] | undefined {
  const blocks = [...preamble, ...items.flatMap((i) => i.blocks)];
  const absent = blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? [...block.text.replace(/\s+/g, ' ').matchAll(ABSENT_SENTENCE)].flatMap((m) => readNames(m[1]!))
      : [],
  );
  return absent.length > 0 ? absent : undefined;
}
