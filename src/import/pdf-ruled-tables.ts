/**
 * Tables a PDF draws with borders, read by their rules: the horizontal rules
 * part the rows, the vertical ones the columns. Where a word processor sets
 * a table's rows without any gap between them (a row of several lines under
 * a row of one), only the rules say where each row ends, and with them the
 * reading is certain. A table whose text does not keep inside its cells (a
 * run of text across a border), or whose rows have columns of their own
 * (cells merged), is not read here; it is left to the reading by columns of
 * text (pdf-tables.ts), or to the reader's doubt.
 */
import type { Fragment } from './pdf-action-column.ts';
import { cellText, isHeaderRow, type ReadTable, type TableLine } from './pdf-tables.ts';
import type { PageRules, Rule } from './pdf-rules.ts';

/** Rules this close (in points) touch, or stand at the same place. */
const TOUCH = 2;
/** Text may stand this far over a cell's border and still be the cell's. */
const OVERHANG = 1;

/** A grid of rules on one page: its box, where its rows part (top down) and, for each band of it, where its columns part. */
export interface Grid {
  page: number;
  box: Rule;
  /** The heights of its horizontal rules, top down. */
  rows: number[];
  verticals: Rule[];
}

interface Band {
  top: number;
  bottom: number;
  /** Where the band's columns part, left to right, its outer borders included. */
  columns: number[];
}

/** The page's grids: rules that touch one another, at least two of each direction. */
export function gridsOf(rules: PageRules, page: number): Grid[] {
  const all = [...rules.horizontal, ...rules.vertical];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const touch = (a: Rule, b: Rule) =>
    a.x0 <= b.x1 + TOUCH && b.x0 <= a.x1 + TOUCH && a.y0 <= b.y1 + TOUCH && b.y0 <= a.y1 + TOUCH;
  for (let i = 0; i < all.length; i++)
    for (let k = i + 1; k < all.length; k++) if (touch(all[i]!, all[k]!)) parent[find(i)] = find(k);
  const groups = new Map<number, Rule[]>();
  all.forEach((rule, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), rule]));
  const horizontal = new Set(rules.horizontal);
  const grids: Grid[] = [];
  for (const group of groups.values()) {
    const across = group.filter((r) => horizontal.has(r));
    if (across.length < 1 || group.length - across.length < 2) continue;
    grids.push({
      page,
      box: {
        x0: Math.min(...group.map((r) => r.x0)),
        y0: Math.min(...group.map((r) => r.y0)),
        x1: Math.max(...group.map((r) => r.x1)),
        y1: Math.max(...group.map((r) => r.y1)),
      },
      // The box's top and bottom part rows too: a table cut by the page may have no rule above its first row there.
      rows: merged([
        ...across.map((r) => (r.y0 + r.y1) / 2),
        Math.min(...group.map((r) => r.y0)),
        Math.max(...group.map((r) => r.y1)),
      ]).reverse(),
      verticals: group.filter((r) => !horizontal.has(r)),
    });
  }
  return grids.sort((a, b) => b.box.y1 - a.box.y1);
}

/** Whether a fragment of text stands inside one of the grids. */
export function inGrid(grids: Grid[], fragment: Fragment): boolean {
  return grids.some((grid) => inside(grid.box, fragment));
}

const inside = (box: Rule, f: Fragment) =>
  f.y > box.y0 && f.y < box.y1 && f.x >= box.x0 - OVERHANG && f.x + f.width <= box.x1 + OVERHANG;

/** Values sorted, those within TOUCH of the one before merged into it. */
function merged(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (out.length === 0 || v - out.at(-1)! > TOUCH) out.push(v);
  return out;
}

/** A table read from its grid (or grids, over a page break): its rows' lines (indices into the lines given) and cells. */
export interface RuledTable extends ReadTable {
  /** Lines of the table's first band where it is one cell across the table: its title, read as text. */
  caption: number[];
  /** Lines of the header printed again atop each page the table runs on to: page furniture. */
  repeatedHeader: number[];
}

/**
 * The tables the grids draw, read from the lines (in reading order, page
 * furniture left out). A grid on the next page with the same columns, with
 * no text between the two, goes on the same table (a header printed again
 * atop the page is furniture); its first band goes on the row above where
 * that row's cells were cut by the page: the first column empty, and every
 * cell with text under a cell whose last line is full (its first word would
 * not have fitted there) and is not a figure. A first band with text in the
 * first column, or a figure under a figure, starts a row; any other leaves
 * the table unread, for which row it belongs to is not certain.
 */
export function readRuledTables(lines: TableLine[], rulesByPage: PageRules[]): RuledTable[] {
  const grids = rulesByPage.flatMap((rules, index) => gridsOf(rules, index + 1));
  const tables: Array<RuledTable & { unsure?: true }> = [];
  let open: { table: RuledTable & { unsure?: true }; columns: number[]; last: number; texts: Fragment[][] } | undefined;
  for (const grid of grids) {
    const read = readGrid(lines, grid);
    const following =
      open &&
      read &&
      grid.page === lines[open.last]!.page + 1 &&
      sameColumns(open.columns, read.columns) &&
      nothingBetween(lines, open.last, read.rows[0]!.lines[0]!);
    if (!read) {
      // A grid not read, after a table that may run on into it: neither is read as a table.
      if (open && grid.page === lines[open.last]!.page + 1) open.table.unsure = true;
      open = undefined;
      continue;
    }
    if (following && open) {
      const header = open.table.header ? open.table.rows[0]!.cells : undefined;
      // The header printed again atop the page is the page's, not a row.
      if (header && read.rows.length > 1 && sameCells(read.rows[0]!.texts.map(cellText), header))
        open.table.repeatedHeader.push(...read.rows.shift()!.lines);
      const [first, ...rest] = read.rows;
      const key = first!.texts[0]!.length > 0;
      if (!key && (continuesRow(open.texts, first!.texts, read.columns) || sentenceGoesOn(open.texts, first!.texts))) {
        const previous = open.table.rows.at(-1)!;
        previous.lines.push(...first!.lines);
        open.texts.forEach((cell, k) => cell.push(...first!.texts[k]!));
        previous.cells = open.texts.map(cellText);
      } else {
        // A band with no text in the first column may go on the row above as well as start one: which, the page does not say.
        if (!key && !figureUnderFigure(open.texts, first!.texts)) open.table.unsure = true;
        rest.unshift(first!);
      }
      for (const row of rest) open.table.rows.push({ lines: row.lines, cells: row.texts.map(cellText) });
      if (rest.length > 0) open.texts = rest.at(-1)!.texts.map((cell) => [...cell]);
      open.last = Math.max(...read.rows.flatMap((r) => r.lines));
      continue;
    }
    const labels = read.rows[0]!.texts.map(cellText);
    const rowsBelow = read.rows.slice(1);
    const header =
      labels.every((label) => label !== '') &&
      isHeaderRow(
        labels,
        rowsBelow.map((row) => row.texts.map(cellText)),
        read.rows[0]!.texts.flat().every((f) => f.bold) &&
          rowsBelow.some((row) => row.texts.flat().some((f) => !f.bold)),
      );
    const table: RuledTable = {
      header,
      caption: read.caption,
      repeatedHeader: [],
      rows: read.rows.map((row) => ({ lines: row.lines, cells: row.texts.map(cellText) })),
    };
    if (table.rows.length < 2) {
      open = undefined;
      continue;
    }
    tables.push(table);
    open = {
      table,
      columns: read.columns,
      last: Math.max(...read.rows.flatMap((r) => r.lines)),
      texts: read.rows.at(-1)!.texts.map((cell) => [...cell]),
    };
  }
  return tables.filter((table) => !table.unsure);
}

interface GridRead {
  columns: number[];
  caption: number[];
  rows: Array<{ lines: number[]; texts: Fragment[][] }>;
}

/**
 * The grid's text by band and column, or undefined where it cannot be read
 * with certainty: a line with text both in the grid and outside it, text
 * across a column's border, bands with different columns (merged cells;
 * only a first band that is one cell across, the table's title, is allowed),
 * or a grid of one column or of one band of text (a box, not a table).
 */
function readGrid(lines: TableLine[], grid: Grid): GridRead | undefined {
  const inBox = lines.flatMap((line, index) =>
    line.page === grid.page && line.y > grid.box.y0 && line.y < grid.box.y1 ? [index] : [],
  );
  if (inBox.length === 0) return undefined;
  if (inBox.some((i) => lines[i]!.fragments.some((f) => !inside(grid.box, f)))) return undefined;
  const bands: Band[] = [];
  for (let k = 0; k + 1 < grid.rows.length; k++)
    bands.push({ top: grid.rows[k]!, bottom: grid.rows[k + 1]!, columns: [] });
  const rows: Array<{ band: Band; lines: number[] }> = [];
  for (const i of inBox) {
    const band = bands.find((b) => lines[i]!.y < b.top && lines[i]!.y > b.bottom);
    if (!band) return undefined;
    const row = rows.find((r) => r.band === band);
    if (row) row.lines.push(i);
    else rows.push({ band, lines: [i] });
  }
  return withColumns(lines, grid, rows);
}

function withColumns(
  lines: TableLine[],
  grid: Grid,
  bands: Array<{ band: Band; lines: number[] }>,
): GridRead | undefined {
  const rulesAt = (band: Band) => band.columns;
  for (const { band } of bands) band.columns = columnsOf(grid, band);
  let caption: number[] = [];
  if (bands.length > 1 && rulesAt(bands[0]!.band).length === 2 && rulesAt(bands[1]!.band).length > 2) {
    caption = bands[0]!.lines;
    bands = bands.slice(1);
  }
  const columns = rulesAt(bands[0]!.band);
  if (columns.length < 3) return undefined;
  if (bands.some(({ band }) => !sameColumns(band.columns, columns))) return undefined;
  const rows: GridRead['rows'] = [];
  for (const { lines: indices } of bands) {
    const texts: Fragment[][] = columns.slice(1).map(() => []);
    for (const i of indices)
      for (const fragment of lines[i]!.fragments) {
        const k = columns.findIndex(
          (left, n) =>
            n + 1 < columns.length &&
            fragment.x >= left - OVERHANG &&
            fragment.x + fragment.width <= columns[n + 1]! + OVERHANG,
        );
        if (k < 0) return undefined;
        texts[k]!.push(fragment);
      }
    rows.push({ lines: indices, texts });
  }
  return { columns, caption, rows };
}

/** Where the band's columns part: the grid's vertical rules that cross the band's middle. */
function columnsOf(grid: Grid, band: Band): number[] {
  const middle = (band.top + band.bottom) / 2;
  return merged(grid.verticals.filter((rule) => rule.y0 < middle && rule.y1 > middle).map((r) => (r.x0 + r.x1) / 2));
}

const sameCells = (a: string[], b: string[]) => a.length === b.length && a.every((cell, k) => cell === b[k]);

const sameColumns = (a: number[], b: number[]) =>
  a.length === b.length && a.every((x, k) => Math.abs(x - b[k]!) <= TOUCH * 2);

/** No line of text stands between line `after` and line `before` (page furniture is already left out). */
const nothingBetween = (_lines: TableLine[], after: number, before: number) => before === after + 1;

const FIGURE = /^[£$€]?[\d.,]+$/;

/** A figure under a figure: figures do not wrap, so the band below is a row of its own (a total). */
const figureUnderFigure = (above: Fragment[][], below: Fragment[][]) =>
  below.some((cell, k) => {
    const last = above[k]!.at(-1);
    return cell.length > 0 && last !== undefined && FIGURE.test(last.text.trim()) && FIGURE.test(cell[0]!.text.trim());
  });

/**
 * A sentence of the row above goes on in the band: in some column, the
 * cell's last line ends with no stop ("… which will take place") and the
 * band's text there starts in lower case ("every Saturday morning …"). A row
 * cut by the page goes on whole, so the band is that row's.
 */
function sentenceGoesOn(above: Fragment[][], below: Fragment[][]): boolean {
  return below.some((cell, k) => {
    const last = above[k]!.at(-1)?.text.trim();
    const first = cell[0]?.text.trim();
    return last !== undefined && first !== undefined && /[\p{L},]$/u.test(last) && /^\p{Ll}/u.test(first);
  });
}

/**
 * The first band of a grid goes on the row above, cut by the page: each
 * cell with text is under a cell of that row that has text, whose last line
 * is full (the band's first word would not have fitted at its end), and
 * that is no figure (figures do not wrap: a figure under one is a total).
 */
function continuesRow(above: Fragment[][], below: Fragment[][], columns: number[]): boolean {
  return below.every((cell, k) => {
    if (cell.length === 0) return true;
    const last = above[k]!.at(-1);
    if (!last) return false;
    const first = cell[0]!;
    if (FIGURE.test(last.text.trim()) || FIGURE.test(first.text.trim())) return false;
    const word = first.text.trim().split(/\s+/)[0]!;
    const wordWidth = (first.width * word.length) / Math.max(1, first.text.trim().length);
    return last.x + last.width + wordWidth + first.size * 0.25 > columns[k + 1]!;
  });
}
