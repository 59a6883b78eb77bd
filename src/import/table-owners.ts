import type { Block } from './minutes.ts';

/** A table's column of who acts: "Owner", "Action by", "Responsible", "Who", "Lead". */
const OWNER_HEADER = /^(?:Owners?|Action(?:ed)? by|By whom|Responsible|Responsibility|Who|Lead)$/i;
/** The chair's signature below the minutes, "Signed ……… Chair", "Signed: ________", wherever the paragraph it was joined to puts it. */
const SIGNATURE = /\bSigned\b\s*:?\s*[.…_]{3,}/;

/**
 * The owners an item's tables give, one for each cell of a column headed as
 * the owner's ("No | Action | Owner | Update", a clerk's report of actions
 * from the last meeting): who acts, as the Action column of other minutes
 * gives it. Tables after the chair's signature (an "Action list summary"
 * that repeats the actions of the whole meeting) are no item's.
 */
export function ownersOfTables(blocks: Block[]): string[] {
  const owners: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph' && SIGNATURE.test(block.text)) break;
    if (block.kind !== 'table' || !block.header) continue;
    const column = block.header.findIndex((cell) => OWNER_HEADER.test(cell.trim()));
    if (column < 0) continue;
    for (const row of block.rows) if (row[column]?.trim()) owners.push(row[column]!.trim());
  }
  return owners;
}
