/**
 * Tables printed in a PDF of minutes (a clerk's report of actions, a list of
 * payments, of planning applications), read by their columns: the columns
 * are found from where the cells stand across the table's rows, each row's
 * cells are read in column order, and a cell's wrapped lines are joined
 * inside it. A table is read only where its structure is certain; where it
 * is not (a cell across two columns, a row whose cells do not start on its
 * first line, as a cell centred in its row does), it is left to the reader's
 * doubt about text read across.
 */
import type { Fragment } from './pdf-action-column.ts';

/** A printed line as the table reader needs it: its place and its body's fragments, left to right. */
export interface TableLine {
  page: number;
  y: number;
  size: number;
  fragments: Fragment[];
  /** The line has pieces far apart: cells side by side. */
  columns?: boolean;
  /** The line has text in the Action column, read apart: no table is read through it. */
  action?: string;
}

/** One row of a table read: the lines it was printed on (indices into the lines given), and its cells in column order. */
export interface TableRow {
  lines: number[];
  cells: string[];
}

export interface ReadTable {
  /** The first row is the columns' header ("Payee | Detail | Total £s"). */
  header: boolean;
  rows: TableRow[];
}

interface Column {
  left: number;
  right: number;
}

/** A vertical gap this many times the text's height, or more, ends a table. */
const TABLE_END_GAP = 4.5;
/** A vertical gap wider than this many times the text's height parts two rows (as it parts two paragraphs). */
const ROW_GAP = 1.6;

/**
 * The tables among the lines (in reading order, page furniture left out),
 * each from a line with cells side by side down to the last line that stays
 * inside its columns, and read only where each row's structure is certain.
 */
export function readTables(lines: TableLine[]): ReadTable[] {
  const tables: ReadTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.columns || lines[i]!.action !== undefined) continue;
    const lists = labelledColumns(lines[i]!);
    const region = regionFrom(lines, i, lists);
    if (!region) {
      const sums = lists ? undefined : readSumLines(lines, i);
      if (sums) {
        tables.push(sums);
        i = Math.max(...sums.rows.flatMap((r) => r.lines));
      }
      continue;
    }
    if (region.oneRow) {
      // Read as before where it is not one row: as text read across, each of its lines free to seed another table.
      const row = lists ? undefined : readOneRow(lines, region);
      const sums = row ? undefined : readSumLines(lines, i);
      if (row) {
        tables.push(row);
        i = region.end;
      } else if (sums) {
        tables.push(sums);
        i = Math.max(...sums.rows.flatMap((r) => r.lines));
      }
      continue;
    }
    const table = lists
      ? readLists(lines, region)
      : longer(readRegion(lines, region) ?? readOneRow(lines, region), readSumLines(lines, i));
    if (table) tables.push(table);
    // A table whose reading was refused stays as it was read, across: its lines with cells keep the reader's doubt.
    i = table ? Math.max(...table.rows.flatMap((r) => r.lines)) : region.end;
  }
  return tables;
}

/**
 * Of two readings from one line, the one that reaches further down: payments
 * a line each whose first lines happen to line up are one list, not a table
 * of those lines with the rest left as text.
 */
function longer(table: ReadTable | undefined, sums: ReadTable | undefined): ReadTable | undefined {
  const last = (read: ReadTable) => Math.max(...read.rows.flatMap((r) => r.lines));
  return sums && (!table || last(sums) > last(table)) ? sums : table;
}

interface Region {
  columns: Column[];
  /** Only one line has cells parted by a gap as wide as a table's: it can be read as a table of one row only. */
  oneRow?: true;
  /** Line index → the column of each of its fragments. */
  placed: Map<number, number[]>;
  end: number;
}

/** The lines from `start` that keep to the columns its cells set, with each fragment's column. */
function regionFrom(lines: TableLine[], start: number, lists = false): Region | undefined {
  const seed = lines[start]!;
  const columns = cellsOf(seed.fragments, seed.size).map((cell) => ({
    left: cell[0]!.x,
    right: Math.max(...cell.map(rightOf)),
  }));
  const placed = new Map<number, number[]>();
  let end = start;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = lines[i - 1];
    if (i > start) {
      // A heading set in a larger type than the table's ends it ("01.26.12 Finance").
      if (line.action !== undefined || Math.abs(line.size - seed.size) > seed.size * 0.05) break;
      if (previous && previous.page === line.page && previous.y - line.y > TABLE_END_GAP * line.size) break;
      // Lists of names under their labels run one name a line: a gap after the first name ends them.
      if (lists && i > start + 1 && (previous!.page !== line.page || previous!.y - line.y > ROW_GAP * line.size)) break;
    }
    const columnsOf = placeLine(line, columns);
    if (!columnsOf) break;
    placed.set(i, columnsOf);
    end = i;
  }
  // Lines below a wider gap with text in the first column only are a heading or a note after the table ("6. Close"),
  // not its rows: they are left out before the columns are found, so that they do not part them anew.
  for (let last = end; last > start; last = end) {
    let top = last;
    while (top > start && sameGroup(lines[top - 1]!, lines[top]!)) top--;
    if (top === start || ![...Array(last - top + 1).keys()].every((n) => placed.get(top + n)!.every((k) => k === 0)))
      break;
    for (let i = top; i <= last; i++) placed.delete(i);
    end = top - 1;
  }
  const multi = (placing: Map<number, number[]>) => [...placing.values()].filter((c) => new Set(c).size >= 2).length;
  if (columns.length < 2) return undefined;
  const wide = multi(placed);
  // The seed's wide gaps found the table; its columns are where the text of all its lines leaves gaps.
  const fine = columnsOfText(lines, [...placed.keys()]);
  for (const i of placed.keys())
    placed.set(
      i,
      lines[i]!.fragments.map((f) => fine.findIndex((c) => f.x >= c.left && rightOf(f) <= c.right)),
    );
  if (wide >= 2) return { columns: fine, placed, end };
  // Cells side by side by wide gaps on one line only: a table of one row at most (readOneRow), its columns the fine ones.
  return multi(placed) >= 2 ? { columns: fine, placed, end, oneRow: true } : undefined;
}

/** Two lines one below the other with no gap wider than a row's between them. */
const sameGroup = (above: TableLine, below: TableLine) =>
  above.page !== below.page || above.y - below.y <= ROW_GAP * below.size;

/**
 * The columns of the table's lines: the stretches across the page that their
 * text covers, parted by gaps no line's text crosses. Two stretches that no
 * line has text in both of are one column (a header set left of figures set
 * right: "VAT" above "0.0").
 */
function columnsOfText(lines: TableLine[], indices: number[]): Column[] {
  const fragments = indices.flatMap((i) => lines[i]!.fragments).sort((a, b) => a.x - b.x);
  // Wider than a space between words: the gap between two cells.
  const gap = Math.min(...indices.map((i) => lines[i]!.size)) * 0.6;
  const stretches: Column[] = [];
  for (const f of fragments) {
    const last = stretches.at(-1);
    if (last && f.x < last.right + gap) last.right = Math.max(last.right, rightOf(f));
    else stretches.push({ left: f.x, right: rightOf(f) });
  }
  const inStretch = (f: Fragment, s: Column) => f.x >= s.left && rightOf(f) <= s.right;
  const sideBySide = (a: Column, b: Column) =>
    indices.some(
      (i) => lines[i]!.fragments.some((f) => inStretch(f, a)) && lines[i]!.fragments.some((f) => inStretch(f, b)),
    );
  const columns: Column[] = [];
  for (const stretch of stretches) {
    const last = columns.at(-1);
    if (last && !sideBySide(last, stretch)) last.right = stretch.right;
    else columns.push({ ...stretch });
  }
  return columns;
}

/**
 * The column of each fragment of the line, widening the columns it falls in;
 * undefined where a fragment reaches over into a neighbouring column, or
 * stands in no column at all.
 */
function placeLine(line: TableLine, columns: Column[]): number[] | undefined {
  const margin = line.size * 0.5;
  const out: number[] = [];
  for (const fragment of line.fragments) {
    const left = fragment.x;
    const right = rightOf(fragment);
    // The column it starts in, or the nearest to its left: figures set right stand right of their header's start.
    let k = 0;
    columns.forEach((c, n) => {
      if (c.left <= left + margin) k = n;
    });
    const after = columns[k + 1];
    if (after && right > after.left - margin) return undefined;
    if (out.length > 0 && k < out.at(-1)!) return undefined;
    out.push(k);
  }
  out.forEach((k, n) => {
    const fragment = line.fragments[n]!;
    columns[k]!.left = Math.min(columns[k]!.left, fragment.x);
    columns[k]!.right = Math.max(columns[k]!.right, rightOf(fragment));
  });
  return out;
}

/**
 * The region's rows. Lines parted by a wider gap are in different rows. In a
 * group of lines with no such gap, a line with text in the first column
 * starts a row and the lines below it without continue its cells (cells set
 * at the top of their row, as word processors set them). A header of short
 * labels is a row of its own where the line below it does not go on its
 * cells (the line's first word would have fitted after the label). The
 * reading is refused where it would be a guess: a group whose first line has
 * no text in the first column while a later line has (a cell centred in its
 * row), a line that starts a cell its row's first line left empty, a line
 * without text in the first column where no gaps part the rows (a cell's
 * second line, or a name of a list printed one a line?), a row of a single cell in the first column among others (a wrapped first cell, or a
 * row?) but for the table's last line where it can only be an entry (lastEntry), a header whose cells may go on below.
 */
function readRegion(lines: TableLine[], region: Region): ReadTable | undefined {
  const indices = [...region.placed.keys()];
  if (indices.some((i, n) => !onOneBaseline(lines[i]!, lines[indices[n - 1] ?? -1]))) return undefined;
  const columnsOf = (i: number) => region.placed.get(i)!;
  const groups: number[][] = [];
  indices.forEach((i, n) => {
    const previous = lines[indices[n - 1] ?? -1];
    const line = lines[i]!;
    const parted = !previous || (previous.page === line.page && previous.y - line.y > ROW_GAP * line.size);
    if (parted) groups.push([i]);
    else groups.at(-1)!.push(i);
  });
  // A group at the end with text in the first column only is a heading or a note below the table ("Decisions").
  while (groups.length > 0 && groups.at(-1)!.every((i) => columnsOf(i).every((k) => k === 0))) groups.pop();
  if (groups.length === 0) return undefined;
  // Rows parted by gaps, one row to a gap, say where each row ends; else only rows of one line are certain.
  const startsOf = (group: number[]) => group.filter((i) => columnsOf(i).includes(0));
  const partedByGaps = groups.length >= 2 && groups.every((group) => startsOf(group).length <= 1);
  const first = groups[0]![0]!;
  const below = groups.flat().slice(1);
  const header = isHeaderRow(
    cellsOfLine(lines[first]!, columnsOf(first), region.columns.length),
    below.map((i) => cellsOfLine(lines[i]!, columnsOf(i), region.columns.length)),
    lines[first]!.fragments.every((f) => f.bold) && below.some((i) => lines[i]!.fragments.some((f) => !f.bold)),
  );
  const next = groups[0]![1];
  if (header && next !== undefined && !columnsOf(next).includes(0)) {
    const texts = region.columns.map((_, k) => lines[first]!.fragments.filter((_, n) => columnsOf(first)[n] === k));
    if (continuesCells(lines[next]!, columnsOf(next), texts, region.columns, true)) return undefined;
    groups.splice(0, 1, [first], groups[0]!.slice(1));
  }
  const last = groups.at(-1)!.at(-1)!;
  const lone = lastEntry(lines, region, last) ? last : undefined;
  const rows: Array<{ lines: number[]; texts: Fragment[][] }> = [];
  for (const group of groups) {
    const starts = group.filter((i) => columnsOf(i).includes(0));
    if (starts.length > 0 && starts[0] !== group[0]) return undefined;
    if (starts.length > 1 && starts.some((i) => i !== lone && new Set(columnsOf(i)).size < 2)) return undefined;
    let row: { lines: number[]; texts: Fragment[][] } | undefined;
    for (const i of group) {
      const line = lines[i]!;
      const cols = columnsOf(i);
      if (!row || cols.includes(0)) {
        row = { lines: [], texts: region.columns.map(() => []) };
        rows.push(row);
      } else {
        const overPage = line.page !== lines[row.lines.at(-1)!]!.page;
        if (cols.some((k) => row!.texts[k]!.length === 0)) return undefined;
        if (!partedByGaps || !continuesCells(line, cols, row.texts, region.columns, overPage)) return undefined;
      }
      row.lines.push(i);
      line.fragments.forEach((fragment, n) => row!.texts[cols[n]!]!.push(fragment));
    }
  }
  const read: TableRow[] = rows.map((row) => ({ lines: row.lines, cells: row.texts.map(cellText) }));
  if (read.length < 2) return undefined;
  return { header: header && read[0]!.lines.length === 1, rows: read };
}

/**
 * The table's last line, alone in its first column, is an entry of its own
 * (letters received listed in two columns, the last one left alone: "Clerks
 * & Councils Direct Sept & Nov" under "CALC AGM 10/11/18 | Post Office …"),
 * where it can be nothing else: no wrapped first cell (its first word would
 * have fitted after the first cell of the full row above it), no sentence
 * after the table (it stays left of the next column, ends with no full stop
 * and starts with no small letter), and no first line of a paragraph (a gap,
 * a page or nothing comes after it).
 */
function lastEntry(lines: TableLine[], region: Region, i: number): boolean {
  const line = lines[i]!;
  const above = lines[i - 1];
  const cols = region.placed.get(i)!;
  const aboveCols = region.placed.get(i - 1);
  if (!above || !aboveCols || line.columns || !cols.every((k) => k === 0)) return false;
  const below = lines[i + 1];
  if (new Set(aboveCols).size !== region.columns.length || (below && atStep(line, below))) return false;
  const text = cellText(line.fragments);
  if (/[.!?]["'’”)]*$/.test(text) || /^\p{Ll}/u.test(text)) return false;
  if (rightOf(line.fragments.at(-1)!) > region.columns[1]!.left - line.size * 0.5) return false;
  const first = line.fragments[0]!;
  const word = first.text.trim().split(/\s+/)[0]!;
  const wordWidth = (first.width * word.length) / Math.max(1, first.text.trim().length);
  const cellAbove = above.fragments.filter((_, n) => aboveCols[n] === 0).at(-1)!;
  return rightOf(cellAbove) + first.size * 0.25 + wordWidth <= region.columns[0]!.right;
}

/**
 * A table of one row, as parish minutes list one planning application
 * (reference | address | proposal), each cell wrapped in its column and a
 * cell's second paragraph set off the others' baselines ("& 25/02740/LB"
 * under "25/02739/F", between two lines of the proposal). It is one row
 * where its first line has text in every one of at least three columns (the
 * row's top, where word processors set every cell's first line), and one
 * column holds a single paragraph from that line to the region's last: its
 * lines one below the other at one even step, each wrapped at the column's
 * edge (the next line's first word would not have fitted after it) in the
 * middle of a sentence (the next line starts in lower case), so no row can
 * end inside it; and no later line in the first column stands on
 * one of that paragraph's baselines (where one does, it may start a row of
 * its own). Names listed a line each ("Present: | Catherine Chisholm" over
 * "Helen Laing") wrap nowhere, and are left to the reader's doubt, as is a
 * number alone in the first column ("5."): an item's, not a cell.
 */
function readOneRow(lines: TableLine[], region: Region): ReadTable | undefined {
  const indices = [...region.placed.keys()];
  const count = region.columns.length;
  const columnsOf = (i: number) => region.placed.get(i)!;
  const top = lines[indices[0]!]!;
  if (count < 3 || indices.length < 2 || new Set(columnsOf(indices[0]!)).size !== count) return undefined;
  if (indices.some((i) => lines[i]!.page !== top.page || !onOneBaseline(lines[i]!, undefined))) return undefined;
  // A number alone in the first column ("5.", "(3)", "4.2") is an item's or a paragraph's, set apart: no cell.
  const firstCell = cellText(top.fragments.filter((_, n) => columnsOf(indices[0]!)[n] === 0));
  if (/^(?:Item\s+)?\(?\d+(?:\.\d+)*[.)]?$/i.test(firstCell)) return undefined;
  const bottom = lines[indices.at(-1)!]!.y;
  const paragraph = region.columns
    .map((column, k) => ({
      column,
      parts: indices.flatMap((i) => {
        const own = lines[i]!.fragments.filter((_, n) => columnsOf(i)[n] === k);
        return own.length > 0 ? [{ y: lines[i]!.y, first: own[0]!, last: own.at(-1)! }] : [];
      }),
    }))
    .find(({ column, parts }) => {
      if (parts.length < 2 || parts[0]!.y !== top.y || parts.at(-1)!.y !== bottom) return false;
      const steps = parts.slice(1).map((part, n) => parts[n]!.y - part.y);
      const even = steps.every((step) => Math.abs(step - steps[0]!) <= top.size * 0.1);
      if (!even || steps[0]! < top.size * 0.9 || steps[0]! > ROW_GAP * top.size) return false;
      return parts.slice(1).every(({ first }, n) => {
        const word = first.text.trim().split(/\s+/)[0]!;
        // A sentence goes on in lower case: a line that starts with a capital may be an entry of its own.
        if (!/^\p{Ll}/u.test(word)) return false;
        const wordWidth = (first.width * word.length) / Math.max(1, first.text.trim().length);
        return rightOf(parts[n]!.last) + wordWidth + first.size * 0.25 > column.right;
      });
    });
  if (!paragraph) return undefined;
  const onItsBaselines = (y: number) => paragraph.parts.some((part) => Math.abs(part.y - y) < top.size * 0.2);
  if (indices.slice(1).some((i) => columnsOf(i).includes(0) && onItsBaselines(lines[i]!.y))) return undefined;
  const texts: Fragment[][] = region.columns.map(() => []);
  for (const i of indices) lines[i]!.fragments.forEach((fragment, n) => texts[columnsOf(i)[n]!]!.push(fragment));
  return { header: false, rows: [{ lines: indices, cells: texts.map(cellText) }] };
}

/** The line below stands a line's step under the line above, in the same type: no gap, no line between. */
const atStep = (above: TableLine | undefined, below: TableLine) =>
  above !== undefined &&
  above.page === below.page &&
  Math.abs(above.size - below.size) <= below.size * 0.05 &&
  above.y - below.y >= below.size * 0.9 &&
  above.y - below.y <= ROW_GAP * below.size;

/** A gap wider than this many times the type's size parts a line's text as a tab does: several word spaces. */
export const TAB_GAP = 1.5;
/** A sum of money that ends a line, after whatever comes before it on its piece: "Labour for the seat £ 115.00". */
const SUM_AT_END = /^(.*?)\s*([£$€]\s?\d{1,3}(?:,?\d{3})*(?:\.\d{2})?)$/u;
/** A note in brackets, whole on its line: "(cheque payable to the Village Hall)". */
const NOTE_IN_BRACKETS = /^\([^()]*\)$/;
/** A line that ends a sentence or a lead-in to a list ("Invoices received :-"). */
const CLAUSE_END = /[.:;!?]-?["'’”)]*$/;

/**
 * Payments listed a line each with tab stops that do not line up from line
 * to line ("K & A Thompson ⇥ Larch for Seat ⇥ £ 48.00", "John Eyles ⇥ Labour
 * for the seat £ 115.00"), so no columns can be found: each line that ends in
 * a sum of money and has its pieces parted by a tab's gap is one payment, its
 * pieces its cells and the sum the last; a note in brackets alone on the line
 * below ("(cheque payable to …)") goes with it, as a note goes with what it
 * follows. Typed with tabs, a line is a row: nothing wraps inside a cell, so
 * the rows are certain where nothing else is on the lines: they stand one
 * below another at a line's step (no line between two others' baselines, as
 * a table's centred cells stand); the line above the list, at that step,
 * ends a sentence or a lead-in ("Invoices received :-"), not a payee
 * wrapped onto a line of its own; and the list ends at a gap or at a line
 * of text across the columns (from the list's left edge past where its second
 * pieces start), not at a line in one column, a payee or a detail wrapped
 * below its payment. Anything else is left to the reader's doubt.
 */
function readSumLines(lines: TableLine[], start: number): ReadTable | undefined {
  const above = lines[start - 1];
  if (above && atStep(above, lines[start]!) && !CLAUSE_END.test(cellText(above.fragments))) return undefined;
  const rows: TableRow[] = [];
  let end = start;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > start && !atStep(lines[i - 1], line)) break;
    if (line.action !== undefined || !onOneBaseline(line, undefined)) break;
    const pieces = tabPieces(line).map(cellText);
    const sum = SUM_AT_END.exec(pieces.at(-1)!);
    if (pieces.length >= 2 && sum) {
      rows.push({ lines: [i], cells: [...pieces.slice(0, -1), ...(sum[1] ? [sum[1]] : []), sum[2]!] });
    } else if (rows.length > 0 && pieces.length === 1 && NOTE_IN_BRACKETS.test(pieces[0]!)) {
      rows.at(-1)!.lines.push(i);
      rows.at(-1)!.cells.push(pieces[0]!);
    } else break;
    end = i;
  }
  if (rows.length < 2) return undefined;
  const after = lines[end + 1];
  if (after && atStep(lines[end], after)) {
    const firsts = rows.map((row) => lines[row.lines[0]!]!);
    const left = Math.min(...firsts.map((line) => line.fragments[0]!.x));
    const secondPieces = Math.min(...firsts.map((line) => tabPieces(line)[1]![0]!.x));
    const across =
      after.action === undefined &&
      tabPieces(after).length === 1 &&
      Math.abs(after.fragments[0]!.x - left) <= after.size * 0.5 &&
      rightOf(after.fragments.at(-1)!) > secondPieces &&
      /^\p{Lu}/u.test(cellText(after.fragments));
    if (!across) return undefined;
  }
  return { header: false, rows };
}

/** A line's fragments cut where a tab's gap parts them. */
function tabPieces(line: TableLine): Fragment[][] {
  const pieces: Fragment[][] = [];
  line.fragments.forEach((f, i) => {
    if (i === 0 || f.x - rightOf(line.fragments[i - 1]!) > line.size * TAB_GAP) pieces.push([f]);
    else pieces.at(-1)!.push(f);
  });
  return pieces;
}

/**
 * Lists side by side under labels ("Present:" and "Members of the Public:"),
 * one entry a line: each line below the labels is a row of entries, read by
 * column, its cells never joined with the line above.
 */
function labelledColumns(line: TableLine): boolean {
  const cells = cellsOf(line.fragments, line.size).map(cellText);
  return cells.length >= 2 && cells.every((c) => /^\p{Lu}[^:]{0,40}:$/u.test(c) && c.split(/\s+/).length <= 5);
}

function readLists(lines: TableLine[], region: Region): ReadTable | undefined {
  const rows = [...region.placed.entries()].map(([i, cols]) => ({
    lines: [i],
    cells: cellsOfLine(lines[i]!, cols, region.columns.length),
  }));
  return rows.length < 2 ? undefined : { header: true, rows };
}

/** A line's text by column, each column's fragments joined. */
function cellsOfLine(line: TableLine, cols: number[], count: number): string[] {
  return Array.from({ length: count }, (_, k) => cellText(line.fragments.filter((_, n) => cols[n] === k)));
}

/** A header: a short label in every column, no figures ("Payee | Detail | Total £s | VAT"). */
export const isHeaderShaped = (labels: string[], columns: number) =>
  labels.length === columns && labels.every((c) => c.split(/\s+/).length <= 4 && !/\d/.test(c));

/**
 * The first row of a table heads its columns: it is header-shaped, and the
 * page says it heads them, by setting it in bold over rows that are not, or
 * by a column whose every cell below has figures in it under a label that has
 * none ("Amount" over "412.50", "Ref" over "26/0101/F"). Short words side by
 * side with no figures below ("Broxap Catalogue | Yates Playground
 * Equipment", letters received) are a row like the others.
 */
export function isHeaderRow(labels: string[], below: string[][], setApartInBold = false): boolean {
  if (!isHeaderShaped(labels, labels.length)) return false;
  if (setApartInBold) return true;
  return labels.some((_, k) => {
    const cells = below.map((row) => row[k] ?? '').filter((cell) => cell !== '');
    return cells.length > 0 && cells.every((cell) => /\d/.test(cell));
  });
}

/** A cell's fragments, line by line, as text: a space between them, none where a word was broken at a hyphen. */
export function cellText(fragments: Fragment[]): string {
  let text = '';
  let previous: Fragment | undefined;
  for (const f of fragments) {
    // A superscript ("23rd") stands a little above its line, in smaller type: the larger type says how far lines part.
    const sameLine = previous !== undefined && Math.abs(previous.y - f.y) < Math.max(f.size, previous.size) * 0.45;
    const gap = previous !== undefined && (!sameLine || f.x - rightOf(previous) > f.size * 0.12);
    if (gap && !text.endsWith(' ') && !f.text.startsWith(' ')) text += ' ';
    text += f.text;
    previous = f;
  }
  return text.replace(/\s+/g, ' ').trim();
}

const rightOf = (f: Fragment) => f.x + f.width;

/**
 * The line's cells share one baseline, and it stands a line's height below
 * the line above: cells centred in their rows print their lines between one
 * another's, and then which lines make a row cannot be told.
 */
function onOneBaseline(line: TableLine, above: TableLine | undefined): boolean {
  // A superscript ("8th") is set smaller, above the baseline of the words it belongs to.
  const ys = line.fragments.filter((f) => f.size >= line.size * 0.85).map((f) => f.y);
  if (Math.max(...ys) - Math.min(...ys) > line.size * 0.2) return false;
  return !above || above.page !== line.page || above.y - line.y >= line.size * 0.9;
}

const FIGURE = /^[£$€]?[\d.,]+$/;

/**
 * A line below a row's first goes on its cells: never a figure below a
 * figure (figures do not wrap: "1273.59" under "486.00" is a total). In the
 * table's first row (which may be its header) and over a page break, each
 * cell must have been wrapped there: its first word would not have fitted at
 * the end of the cell's line above ("Detail" / "Clerk salary" is a header
 * over a row, not a wrapped cell).
 */
function continuesCells(line: TableLine, cols: number[], texts: Fragment[][], columns: Column[], strict: boolean) {
  return cols.every((k, n) => {
    const above = texts[k]!.at(-1);
    const fragment = line.fragments[n]!;
    // A header with an empty column: nothing above for the line to go on.
    if (!above) return false;
    if (FIGURE.test(above.text.trim()) && FIGURE.test(fragment.text.trim())) return false;
    if (!strict || texts[k]!.at(-1) !== above || cols.indexOf(k) !== n) return true;
    const word = fragment.text.trim().split(/\s+/)[0]!;
    const wordWidth = (fragment.width * word.length) / Math.max(1, fragment.text.trim().length);
    return rightOf(above) + wordWidth + fragment.size * 0.25 > columns[k]!.right;
  });
}

/** A line's fragments cut where a gap wider than three characters' height parts them. */
function cellsOf(fragments: Fragment[], size: number): Fragment[][] {
  const cells: Fragment[][] = [];
  fragments.forEach((f, i) => {
    if (i === 0 || f.x - rightOf(fragments[i - 1]!) > size * 3) cells.push([f]);
    else cells.at(-1)!.push(f);
  });
  return cells;
}
