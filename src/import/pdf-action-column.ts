/**
 * The right-hand Action column of minutes printed from a word processor's
 * table or tab stops: where it is on the page, and which text printed there
 * is an owner rather than the end of a sentence running into the column.
 */

/** A run of text pdf.js found on a page, placed by its left edge and baseline (PDF units, y up). */
export interface Fragment {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** The font pdf.js names for it: a table's header is often set in a bold one. */
  font?: string;
  /** The font's name says it is bold. */
  bold?: boolean;
}

export const ACTION_HEADER = /^Action(?:s| by| by whom)?:?$/i;

/**
 * An owner written as members' initials, as many parish and community
 * councils' minutes give them: "HL", "GD/HL", "KC/GD/IK", "SW & CC", "All ACC"
 * (all the council's members).
 */
const OWNER_INITIALS = /^(?:All\s+)?\p{Lu}{2,4}(?:\s*[/&,]\s*\p{Lu}{2,4})*$/u;

/** The body text before a trailing cell ends its sentence: "… HL to follow up also." */
const SENTENCE_END = /[.!?;:)]["'’”]?$/;

/** The page's share from its left edge beyond which a right-hand column starts. */
const RIGHT_SIDE = 0.55;

export const isOwnerInitials = (text: string) => OWNER_INITIALS.test(text.trim());

/** Where a page's Action column starts, and whether a header says so or only the owners' places do. */
export interface ActionColumn {
  x: number;
  headed: boolean;
}

/**
 * Where a row's Action column starts: the index of its first fragment there.
 * `sure` is false where only the text's shape says so (initials after a full
 * stop, or a column no header names): the reader then takes it as an owner
 * only at the end of a paragraph, for "… is still awaited. HL" / "to chase
 * this up" is a sentence going on.
 */
export interface ActionStart {
  index: number;
  sure: boolean;
}

const gapBefore = (row: Fragment[], i: number) => row[i]!.x - (row[i - 1]!.x + row[i - 1]!.width);

/**
 * Where each page's Action column starts (its left edge), or undefined where
 * the page has none. A page with the column's header ("Action") has it there;
 * a page without one keeps the column of the page before (a table that runs
 * over pages prints its header once). A document with no header at all has a
 * column when at least two lines end, after a sentence and a wide gap at the
 * right of the page, in an owner's initials: then the column starts at the
 * leftmost of them.
 */
export function actionColumns(pages: Array<{ width: number; rows: Fragment[][] }>): Array<ActionColumn | undefined> {
  let carried: ActionColumn | undefined;
  const headed = pages.map((page) => {
    const header = page.rows.flat().find((f) => ACTION_HEADER.test(f.text.trim()) && f.x > page.width * RIGHT_SIDE);
    if (header) carried = { x: header.x - header.size, headed: true };
    return carried;
  });
  if (headed.some((x) => x !== undefined)) return headed;
  const cells = pages.flatMap((page) =>
    page.rows.flatMap((row) => {
      const last = row.length - 1;
      const cell = row[last]!;
      const alone = last === 0;
      return cell.x > page.width * RIGHT_SIDE &&
        isOwnerInitials(cell.text) &&
        (alone || (gapBefore(row, last) > cell.size * 3 && SENTENCE_END.test(row[last - 1]!.text.trim())))
        ? [cell.x - cell.size]
        : [];
    }),
  );
  if (cells.length < 2) return pages.map(() => undefined);
  const left = Math.min(...cells);
  return pages.map(() => ({ x: left, headed: false }));
}

/**
 * The row's first fragment in the Action column, if it has one. A
 * fragment there starts the column when a wide gap sets it apart from the
 * body's text (body text that runs on into the column's width stays body), or
 * when it is the line's last, an owner's initials, after a full stop: "… HL to
 * follow up also.  GD/HL" printed with a narrow gap.
 */
export function actionStart(row: Fragment[], column: ActionColumn | undefined): ActionStart | undefined {
  if (column === undefined) return undefined;
  const apart = row.findIndex((f, i) => f.x >= column.x && (i === 0 || gapBefore(row, i) > f.size));
  if (apart >= 0) return { index: apart, sure: column.headed || apart === 0 };
  const last = row.length - 1;
  const cell = row[last]!;
  if (
    last > 0 &&
    cell.x >= column.x &&
    gapBefore(row, last) > cell.size * 0.2 &&
    isOwnerInitials(cell.text) &&
    SENTENCE_END.test(row[last - 1]!.text.trim())
  )
    return { index: last, sure: false };
  return undefined;
}
