import { readFileSync } from 'node:fs';
import { ACTION_HEADER, actionColumns, actionStart, type ActionColumn, type Fragment } from './pdf-action-column.ts';
import { boldFontIds, boldLead } from './pdf-fonts.ts';
import { paragraphsAfterPageBreaks } from './pdf-page-breaks.ts';
import { readTables, TAB_GAP } from './pdf-tables.ts';
import { rulesOf, type OperatorCodes, type PageRules } from './pdf-rules.ts';
import { gridsOf, inGrid, readRuledTables } from './pdf-ruled-tables.ts';
import type { SourceLine } from './source-file.ts';

/** One printed line of a page: fragments on one baseline, read left to right. */
interface PrintedLine {
  page: number;
  y: number;
  x: number;
  size: number;
  /** The line's text in the body column. */
  text: string;
  /** The line's text in the right-hand Action column, if the page has one. */
  action?: string;
  /** Wide gaps between the line's pieces: cells of a table, read across. */
  columns?: boolean;
  /** The line's body text cut at its wide gaps: the cells of a table row, left to right. */
  cells?: string[];
  /** The line's body text cut where a tab's gap parts it (narrower than a table's): "P Moran ⇥ Clerk J Connelly". */
  tabbed?: string[];
  /** Where the line's text ends on the page. */
  right: number;
  /** The line read whole, for an owner split off by its shape alone: kept if the line turns out not to end a paragraph. */
  whole?: PrintedLine;
  /** The fragments of the line's body text, left to right. */
  fragments: Fragment[];
  /** The words the line opens with in bold, the rest not: a run-in heading. */
  lead?: string;
  /** The one type (font and size) the body text is set in, if it is one. */
  font?: string;
}

/** A row of a table read by its columns, and the table it is in. */
interface PlacedRow {
  table: number;
  cells: string[];
  header: boolean;
  /** The row's first printed line, where it is written; its other lines are read into its cells. */
  first: PrintedLine;
}

export interface PdfText {
  /** The pages' text as lines: a form feed starts each page, an empty line stands for a gap between paragraphs. */
  lines: SourceLine[];
  pages: number;
}

export type PdfRead = { ok: true; pdf: PdfText } | { ok: false; problem: string };

export const PDF_FURNITURE = {
  pageNumber: 'a page number (found at the foot or head of its page)',
  running: 'a running header or footer (the same line at the same place on several pages)',
  actionHeader: 'the header of the Action column',
  repeatedHeader: "a table's header printed again at the head of a page",
} as const;

const PAGE_NUMBER = /^(?:Page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$/i;
/** The share of a page's height at its head and foot where running headers and page numbers are printed. */
const BAND = 0.12;

/**
 * Reads the text of a PDF of minutes with pdf.js, by the place of each run of
 * text on its page rather than by the order the PDF happens to store it:
 * fragments on one baseline make a line; a wide vertical gap makes an empty
 * line (a new paragraph); lines printed at the same place at the head or foot
 * of several pages are running headers and footers, and a number alone there
 * is a page number; both are marked as furniture with the reason. A column
 * headed "Action" at the right of the page is read apart, and its text is
 * attached to the line it is printed beside.
 */
export async function readPdf(file: string): Promise<PdfRead> {
  let pdfjs: typeof import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  } catch {
    return { ok: false, problem: 'the PDF reader (pdfjs-dist) is not installed; run npm ci' };
  }
  const data = new Uint8Array(readFileSync(file));
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    document = await pdfjs.getDocument({
      data,
      disableFontFace: true,
      isEvalSupported: false,
      verbosity: 0,
      useSystemFonts: false,
    }).promise;
  } catch (error) {
    return {
      ok: false,
      problem: `${file} could not be read as a PDF (${(error as Error).message}); is it the signed minutes PDF as downloaded?`,
    };
  }
  const pages: Array<{ height: number; width: number; fragments: Fragment[]; rules: PageRules }> = [];
  for (let p = 1; p <= document.numPages; p++) {
    const page = await document.getPage(p);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const fragments: Fragment[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [a, b, , d, e, f] = item.transform as number[];
      // Text turned on its side (a stamp in the margin) is not the minutes' text.
      if (Math.abs(b!) > Math.abs(a!) * 0.1) continue;
      fragments.push({
        text: item.str,
        x: e!,
        y: f!,
        width: item.width,
        size: Math.abs(d!) || item.height || 10,
        font: item.fontName,
      });
    }
    // The rules the page draws: a table's borders say where its rows and columns part.
    const rules = rulesOf(await page.getOperatorList(), pdfjs.OPS as unknown as OperatorCodes);
    // Bold type is known by the font's name, which pdf.js gives once the page's fonts are loaded (by the operator list).
    const bold = await boldFontIds(page, new Set(fragments.flatMap((f) => (f.font ? [f.font] : []))));
    for (const fragment of fragments) if (fragment.font && bold.has(fragment.font)) fragment.bold = true;
    pages.push({ height: viewport.height, width: viewport.width, fragments, rules });
  }
  await document.destroy();
  const textCount = pages.reduce((sum, p) => sum + p.fragments.length, 0);
  if (textCount === 0)
    return {
      ok: false,
      problem: `${file} has no text to read: it is probably a scan (an image of the pages). Import the text instead (copy it, or run it through OCR and check it), or the meeting page saved from the council's website`,
    };
  const rows = pages.map((page) => ({ width: page.width, rows: rowsOf(page.fragments) }));
  // A table drawn with borders holds its own columns ("Owner", "Update"): no Action column of the page is looked for in it.
  const grids = pages.map((page, index) => gridsOf(page.rules, index + 1));
  const outsideGrids = rows.map((page, index) => ({
    width: page.width,
    rows: page.rows.map((row) => row.filter((f) => !inGrid(grids[index]!, f))).filter((row) => row.length > 0),
  }));
  const columns = actionColumns(outsideGrids);
  const printed = settleOwners(
    rows.map((page, index) =>
      printedLines(page.rows, columns[index], index + 1, (row) => row.some((f) => inGrid(grids[index]!, f))),
    ),
  );
  const furniture = findFurniture(
    printed,
    pages.map((p) => p.height),
  );
  return {
    ok: true,
    pdf: {
      lines: toSourceLines(
        printed,
        furniture,
        tableRows(
          printed,
          furniture,
          pages.map((p) => p.rules),
        ),
      ),
      pages: pages.length,
    },
  };
}

/** The tables of the minutes read by their columns (page furniture left out, so a table runs on over a page break). */
function tableRows(
  pages: PrintedLine[][],
  furniture: Map<PrintedLine, string>,
  rules: PageRules[],
): Map<PrintedLine, PlacedRow> {
  const lines = pages.flat().filter((line) => !furniture.has(line) && line.text !== '');
  const rows = new Map<PrintedLine, PlacedRow>();
  let count = 0;
  const place = (table: ReturnType<typeof readTables>[number], of: PrintedLine[]) => {
    count++;
    table.rows.forEach((row, n) => {
      const placed = { table: count, cells: row.cells, header: table.header && n === 0, first: of[row.lines[0]!]! };
      for (const i of row.lines) rows.set(of[i]!, placed);
    });
  };
  // Tables drawn with borders first, by their rules; the rest by the columns of their text.
  for (const table of readRuledTables(lines, rules)) {
    place(table, lines);
    for (const i of table.repeatedHeader) furniture.set(lines[i]!, PDF_FURNITURE.repeatedHeader);
  }
  const rest = lines.filter((line) => !rows.has(line) && !furniture.has(line));
  for (const table of readTables(rest)) place(table, rest);
  return rows;
}

/** Groups a page's fragments into rows by baseline, top to bottom, each read left to right. */
function rowsOf(fragments: Fragment[]): Fragment[][] {
  const sorted = [...fragments].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Fragment[][] = [];
  for (const fragment of sorted) {
    // A superscript ("29th") sits a little above the baseline: it belongs to the line it overlaps.
    const row = rows.find((r) => {
      const small = Math.min(r[0]!.size, fragment.size);
      const large = Math.max(r[0]!.size, fragment.size);
      return Math.abs(r[0]!.y - fragment.y) < (small < large * 0.85 ? large * 0.55 : small * 0.45);
    });
    if (row) row.push(fragment);
    else rows.push([fragment]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  return rows;
}

/** A page's rows as printed lines, with the Action column (where the page has one, from actionX) split off, but not from a row of a table drawn with borders. */
function printedLines(
  rows: Fragment[][],
  column: ActionColumn | undefined,
  page: number,
  bordered: (row: Fragment[]) => boolean,
): PrintedLine[] {
  return rows
    .map((row) => {
      const start = bordered(row) ? undefined : actionStart(row, column);
      const line = printedLine(row, start?.index ?? -1, page);
      if (start && !start.sure) line.whole = printedLine(row, -1, page);
      return line;
    })
    .filter((line) => line.text !== '' || line.action !== undefined);
}

/** One row as a printed line, its fragments from `first` on being the Action column's (none when -1). */
function printedLine(row: Fragment[], first: number, page: number): PrintedLine {
  const body = first < 0 ? row : row.slice(0, first);
  const action = first < 0 ? [] : row.slice(first);
  const size = Math.max(...row.map((f) => f.size));
  const last = body.at(-1) ?? row.at(-1)!;
  const line: PrintedLine = {
    page,
    y: row[0]!.y,
    x: (body[0] ?? row[0]!).x,
    size,
    text: joinFragments(body),
    right: last.x + last.width,
    fragments: body,
  };
  const lead = boldLead(body);
  if (lead) line.lead = joinFragments(body.slice(lead.start, lead.end));
  const font = typeOf(body);
  if (font) line.font = font;
  const cells = cellsOf(body, size * 3);
  if (cells.length > 1) {
    line.columns = true;
    line.cells = cells;
  }
  const tabbed = cellsOf(body, size * TAB_GAP);
  if (tabbed.length > 1) line.tabbed = tabbed;
  if (action.length > 0) line.action = joinFragments(action);
  return line;
}

/**
 * An owner told only by its shape stays an owner where its line ends a
 * paragraph: the next line starts a list item, a numbered heading or a new
 * paragraph (a wider gap), or there is none. Otherwise the line is read whole.
 */
function settleOwners(pages: PrintedLine[][]): PrintedLine[][] {
  const all = pages.flat();
  const endsParagraph = (index: number) => {
    const line = all[index]!;
    const next = all[index + 1];
    if (!next) return true;
    if (next.page !== line.page) return /^[·•\uf0b7–-]|^\d+\.?\s/u.test(next.text);
    return line.y - next.y > Math.max(line.size, next.size) * 1.6 || /^[·•\uf0b7–-]|^\d+\.?\s/u.test(next.text);
  };
  let index = 0;
  return pages.map((lines) =>
    lines.map((line) => {
      const ends = endsParagraph(index++);
      return line.whole && !ends ? line.whole : line;
    }),
  );
}

/** The font and size all the fragments are set in, or undefined when they mix (a word in bold inside a sentence). */
function typeOf(fragments: Fragment[]): string | undefined {
  const types = new Set(fragments.map((f) => `${f.font ?? ''} ${Math.round(f.size)}`));
  return types.size === 1 && fragments[0]?.font ? [...types][0] : undefined;
}

/** A line's fragments cut where a gap wider than `gap` parts them: a table's cells at three characters' height. */
function cellsOf(fragments: Fragment[], gap: number): string[] {
  const cells: Fragment[][] = [];
  fragments.forEach((f, i) => {
    if (i === 0 || f.x - (fragments[i - 1]!.x + fragments[i - 1]!.width) > gap) cells.push([f]);
    else cells.at(-1)!.push(f);
  });
  return cells.map(joinFragments);
}

/** Fragments of a line as text: a space where there is a gap between them, none where a word was split. */
function joinFragments(fragments: Fragment[]): string {
  let text = '';
  let end: number | undefined;
  for (const f of fragments) {
    if (end !== undefined && f.x - end > f.size * 0.12 && !text.endsWith(' ') && !f.text.startsWith(' ')) text += ' ';
    text += f.text;
    end = f.x + f.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Lines that are the printed page's, not the minutes': within the band at the
 * head or foot of a page, a page number, or a line that comes back at the
 * same place on at least two pages (with its numbers read as any number, so
 * "Page 2" and "Page 3" are the same footer). Returns the reason by line.
 */
function findFurniture(pages: PrintedLine[][], heights: number[]): Map<PrintedLine, string> {
  const marks = new Map<PrintedLine, string>();
  const inBand = (line: PrintedLine) => {
    const height = heights[line.page - 1]!;
    return line.y > height * (1 - BAND) || line.y < height * BAND;
  };
  const key = (line: PrintedLine) =>
    `${Math.round(line.y / 4)}|${line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}`;
  const seen = new Map<string, Set<number>>();
  for (const lines of pages)
    for (const line of lines)
      if (inBand(line) && line.text) {
        const k = key(line);
        seen.set(k, (seen.get(k) ?? new Set()).add(line.page));
      }
  for (const lines of pages) {
    for (const line of lines) {
      if (!inBand(line) || !line.text) continue;
      if (PAGE_NUMBER.test(line.text)) marks.set(line, PDF_FURNITURE.pageNumber);
      else if ((seen.get(key(line))?.size ?? 0) >= 2) marks.set(line, PDF_FURNITURE.running);
    }
  }
  return marks;
}

/**
 * The lines as source lines: a form feed at each page's first line, an empty
 * line where the gap above a line is wider than the lines' own spacing, and
 * the Action column's text as a line of its own after the line it is printed
 * beside (consecutive lines of one owner joined).
 */
function toSourceLines(
  pages: PrintedLine[][],
  furniture: Map<PrintedLine, string>,
  tableRows: Map<PrintedLine, PlacedRow>,
): SourceLine[] {
  const out: SourceLine[] = [];
  const paragraphStarts = paragraphsAfterPageBreaks(
    pages.map((lines) => lines.filter((l) => l.text !== '' && !furniture.has(l) && !tableRows.has(l))),
  );
  const push = (line: Omit<SourceLine, 'number'>) => {
    const entry = { number: out.length + 1, ...line };
    out.push(entry);
    return entry;
  };
  for (const lines of pages) {
    let previous: PrintedLine | undefined;
    // The right edge of the page's text: a line that reaches it was wrapped there, and may go on below.
    const margin = Math.max(...lines.filter((l) => l.text !== '').map((l) => l.right));
    // The owner being read, emitted just after the body line it starts beside; lines of the column below it continue it.
    let owner: { line: SourceLine; y: number } | undefined;
    lines.forEach((line, index) => {
      const reason = furniture.get(line);
      const gap = previous ? previous.y - line.y : 0;
      const row = tableRows.get(line);
      const inTable = row !== undefined && tableRows.get(previous!)?.table === row.table;
      if (previous && gap > Math.max(line.size, previous.size) * 1.6 && !inTable) push({ text: '', page: line.page });
      const pageStart = index === 0 ? { pageStart: true as const } : {};
      if (row) {
        // A table's row is written whole at its first line, its cells in column order.
        if (row.first === line)
          push({
            text: row.cells.filter(Boolean).join(' '),
            page: line.page,
            ...pageStart,
            cells: row.cells,
            row: { table: row.table, cells: row.cells, ...(row.header ? { header: true as const } : {}) },
          });
        previous = line;
        return;
      }
      if (reason) {
        push({ text: line.text, page: line.page, furniture: reason, ...pageStart });
        if (line.action) push({ text: line.action, page: line.page, furniture: reason });
        previous = line;
        return;
      }
      const wraps = line.right >= margin - line.size * 2.5 ? { wraps: true as const } : {};
      if (line.text !== '')
        push({
          text: line.text,
          page: line.page,
          ...pageStart,
          ...(line.columns ? { columns: true as const, cells: line.cells! } : {}),
          ...(line.tabbed ? { tabbed: line.tabbed } : {}),
          ...wraps,
          ...(line.lead ? { boldLead: line.lead } : {}),
          ...(line.font ? { font: line.font } : {}),
          ...(paragraphStarts.has(line) ? { newParagraph: true as const } : {}),
        });
      if (line.action && ACTION_HEADER.test(line.action))
        push({ text: line.action, page: line.page, furniture: PDF_FURNITURE.actionHeader });
      else if (line.action) {
        // One owner may run over lines ("Executive Director" / "of Finance"); owners on lines one below another are several.
        if (
          owner &&
          owner.y - line.y <= line.size * 1.6 &&
          (/^[a-z&(]/.test(line.action) || /(?:\b(?:of|and|for|the)|[,&/-])$/.test(owner.line.text))
        ) {
          owner.line.text = `${owner.line.text} ${line.action}`;
          owner.y = line.y;
        } else
          owner = {
            line: push({ text: line.action, page: line.page, action: true, ...(line.text === '' ? pageStart : {}) }),
            y: line.y,
          };
      }
      previous = line;
    });
  }
  return out;
}
