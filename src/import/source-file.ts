import { readFileSync, statSync } from 'node:fs';

export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** One line of the source as the clerk copied it, numbered from 1. */
export interface SourceLine {
  number: number;
  /** The line with no-break spaces read as spaces and trailing space removed. */
  text: string;
  /** The line held a form feed: text extracted from a PDF (pdftotext) starts each page with one. */
  pageStart?: true;
  /** The page of a PDF the line was read from. */
  page?: number;
  /** The PDF reader found the line to be the printed page's (a running header, a page number): why. */
  furniture?: string;
  /** The line is the text of a PDF's Action column, printed beside the line before it. */
  action?: true;
  /** The PDF printed the line's pieces far apart, as cells of a table: read across, its words may be out of order. */
  columns?: true;
  /** The cells of such a line, left to right, as the PDF placed them. */
  cells?: string[];
  /** A PDF's line cut where a gap as wide as a tab parts its pieces (narrower than a table's cells): "P Moran ⇥ Clerk J Connelly". */
  tabbed?: string[];
  /** The line is a row of a table read by its columns: the table's number in the document, and the row's cells. */
  row?: { table: number; cells: string[]; header?: true };
  /** The source set the line apart as a heading (in bold, or an item's number alone above it): it is no sentence of the minutes. */
  heading?: true;
  /** The PDF's line reaches the right edge of the page's text: it was wrapped there. */
  wraps?: true;
  /** The words the PDF's line opens with in bold type, the rest of it not (after a number in the body's type): a run-in heading. */
  boldLead?: string;
  /** The type a PDF's line is set in whole (its font and size), where it is one: a heading's differs from the text's. */
  font?: string;
  /** The PDF's line starts a paragraph though the line above does not end a sentence (pdf-page-breaks.ts). */
  newParagraph?: true;
}

export type SourceRead = { ok: true; text: string } | { ok: false; problem: string };

/**
 * Reads the text a clerk copied. It must be UTF-8: anything else is refused
 * with a message rather than read into garbled characters. A byte-order mark
 * is dropped and Windows line endings become `\n`.
 */
export function readSourceFile(file: string): SourceRead {
  const size = statSync(file).size;
  if (size > MAX_SOURCE_BYTES)
    return {
      ok: false,
      problem: `${file} is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_SOURCE_BYTES / 1024 / 1024} MB the importer reads; is it the text of minutes?`,
    };
  return decodeSource(readFileSync(file), file);
}

export function decodeSource(bytes: Uint8Array, file: string): SourceRead {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    return {
      ok: false,
      problem: `${file} is not UTF-8 text (line ${at.line} has a byte that UTF-8 does not allow), so its characters cannot be read safely; save it again as UTF-8 (in most editors: Save As, Encoding: UTF-8) and import it again`,
    };
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, problem: `${file} is empty: there is nothing to import` };
  return { ok: true, text };
}

/** Splits the text into numbered lines, reading no-break spaces as spaces and noting form feeds (page breaks). */
export function sourceLines(text: string): SourceLine[] {
  return text.split('\n').map((line, index) => {
    const clean = { number: index + 1, text: line.replace(/[\u00a0\u2007\u202f]/g, ' ').trimEnd() };
    return line.includes('\f') ? { ...clean, pageStart: true as const } : clean;
  });
}

function firstInvalidByte(bytes: Uint8Array): { line: number } {
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return { line };
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return { line };
    if (b === 0x0a) line++;
    i += length;
  }
  return { line };
}
