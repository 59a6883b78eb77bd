import type { Block } from './minutes.ts';

/** A verb that records what a meeting decided, in any case: "Committee resolved to fund …", "Councillors agreed …". */
export const DECIDING_VERB = /\b(?:resolved|resolves|agreed|agrees|decided|decides)\b/i;

/**
 * The cells of a table that may record a decision of the meeting (none when
 * the block is no table). The archive reads decisions from paragraphs only, so a decision
 * written in a cell ("Committee resolved to fund from the social inclusion
 * budget.") would be kept as text but missing from the decisions: the clerk
 * is asked. A verdict of one word ("Approved.", "Refused", "No objection")
 * is a column's entry, kept in the table as printed: whose decision it is
 * (this council's, or the planning authority's, "APPROVED BY CDC"), the
 * table does not say.
 */
export function decisionsInTable(block: Block): string[] {
  if (block.kind !== 'table') return [];
  return block.rows.flat().filter((cell) => DECIDING_VERB.test(cell));
}
