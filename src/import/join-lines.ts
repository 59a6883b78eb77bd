import { BlockBuilder, BULLET } from './blocks.ts';
import type { Block } from './minutes.ts';

/** A line of a PDF's body, and how many empty lines came before it. */
export interface BodyLine {
  text: string;
  blankBefore: number;
  /** The line is an owner from the PDF's Action column, printed beside the block being read. */
  action?: boolean;
  /** The line is a row of a table read by its columns (rows of one table have its number). */
  row?: { table: number; cells: string[]; header?: true };
  /** The line starts a paragraph whatever the line before it ends with (a PDF's page break said so). */
  newParagraph?: boolean;
}

/** A line that ends a sentence or a clause: its last mark, perhaps inside a closing quote or bracket. */
export const SENTENCE_END = /[.:;!?]["'’”)]*$/;
const NUMBERED = /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+\S/i;
const DECISION = /^(?:RESOLVED|AGREED|DECIDED|And Resolved\s*:)/;
/** The lines that record a motion: "Proposed by: Councillor Collins", "Seconded by: Councillor Foley". */
const MOTION_LINE = /^(?:Proposed|Seconded|Moved)(?: by)?\s*:/i;

/**
 * Joins the lines of text extracted from a PDF back into paragraphs and
 * bullet lists. PDF text breaks lines wherever the page's column ended, and
 * page breaks leave empty lines in the middle of sentences, so a line joins
 * the one before unless that one ended a sentence and an empty line, a
 * bullet, a numbered point, a decision or a motion's "Proposed by:" or
 * "Seconded by:" says a new block starts. An owner
 * from the Action column follows the block it was printed beside.
 */
export function joinLines(lines: BodyLine[]): Block[] {
  const out = new BlockBuilder();
  let previous: string | undefined;
  let owners: string[] = [];
  const placeOwners = () => {
    for (const owner of owners) out.blocks.push({ kind: 'action', owner });
    owners = [];
  };
  let table: { number: number; block: Extract<Block, { kind: 'table' }> } | undefined;
  for (const line of lines) {
    const text = line.text.trim().replace(/\s+/g, ' ');
    if (line.row) {
      // A table's rows make one block, whatever empty lines the page left between them.
      placeOwners();
      if (table?.number !== line.row.table || line.row.header) {
        table = { number: line.row.table, block: { kind: 'table', rows: [] } };
        out.blocks.push(table.block);
      }
      if (line.row.header) table.block.header = line.row.cells;
      else table.block.rows.push(line.row.cells);
      previous = undefined;
      continue;
    }
    table = undefined;
    if (text === '') continue;
    if (line.action) {
      owners.push(text);
      continue;
    }
    const bullet = BULLET.exec(text);
    const continues =
      !bullet &&
      !line.newParagraph &&
      !(NUMBERED.test(text) || DECISION.test(text) || MOTION_LINE.test(text) || previous === undefined) &&
      (!SENTENCE_END.test(previous!) || /^[a-z]/.test(text) || line.blankBefore === 0);
    if (!continues) placeOwners();
    if (bullet) out.bullet(text.slice(bullet[0].length));
    else if (continues) out.continueLast(text);
    else out.paragraph(text);
    previous = text;
  }
  placeOwners();
  return out.blocks;
}
