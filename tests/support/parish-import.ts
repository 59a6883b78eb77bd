import { archiveFor, importLines, importText, type ImportResult } from '../../src/import/import-minutes.ts';
import { readMeeting } from '../../src/load/meeting.ts';
import { PeopleDirectory } from '../../src/load/people-directory.ts';
import { Diagnostics } from '../../src/model/diagnostics.ts';
import type { SourceLine } from '../../src/import/source-file.ts';
import { sampleArchiveWithBoard } from './archive-copy.ts';

/**
 * A line as the PDF reader gives it: its text, and where it matters its type,
 * whether it reaches the margin (`wraps`) and its pieces parted by a tab's gap.
 */
export type PdfLine = string | { text: string; tabbed?: string[]; wraps?: true; font?: string };
export const BODY_TYPE = 'f2 12';
export const HEADING_TYPE = 'f1 12';

/** The lines as a PDF's: on page 1, in the body's type unless given, an empty string an empty line. */
export function pdfLines(lines: PdfLine[]): SourceLine[] {
  return lines.map((line, i) => {
    const own = typeof line === 'string' ? { text: line } : line;
    if (own.text === '') return { number: i + 1, text: '', page: 1 };
    return { number: i + 1, page: 1, font: BODY_TYPE, ...own, ...(i === 0 ? { pageStart: true as const } : {}) };
  });
}

/**
 * An importer of made-up minutes given as a PDF's lines, into a copy of the
 * sample archive with a board `parish` of the given name, never writing:
 * `written` gives the file it would write (or throws with its doubts),
 * `doubtsOf` what it doubted.
 */
export function parishPdfImporter(boardName = 'Parish Council') {
  const root = sampleArchiveWithBoard('parish', boardName);
  const archive = archiveFor(root);
  const run = (lines: PdfLine[]): ImportResult => {
    const source = pdfLines(lines);
    return importLines(
      source,
      source.map((l) => l.text).join('\n'),
      'minutes.pdf',
      { root, board: 'parish', dryRun: true, shape: 'pdf-text' },
      archive,
    );
  };
  return {
    root,
    archive,
    run,
    doubtsOf: (lines: PdfLine[]): string[] => {
      const result = run(lines);
      return result.ok ? [] : (result.doubts ?? []).map((d) => d.what);
    },
    written: (lines: PdfLine[]): string => {
      const result = run(lines);
      if (!result.ok) throw new Error(`${result.problem}\n${(result.doubts ?? []).map((d) => d.what).join('\n')}`);
      return result.text;
    },
  };
}

/**
 * An importer of made-up minutes given as pasted text, into a copy of the
 * sample archive with a board `parish`, never writing: `written` gives the
 * file it would write (or throws with its doubts), `doubts` what it doubted,
 * and `decisionsOfItem` an item's decisions in a written file as
 * `npm run check` and the decisions register read them.
 */
export function parishTextImporter(boardName = 'Parish Council') {
  const root = sampleArchiveWithBoard('parish', boardName);
  const archive = archiveFor(root);
  const run = (text: string): ImportResult =>
    importText(text, 'minutes.txt', { root, board: 'parish', dryRun: true }, archive);
  return {
    root,
    archive,
    run,
    doubts: (text: string) => {
      const result = run(text);
      return result.ok ? [] : (result.doubts ?? []);
    },
    written: (text: string): string => {
      const result = run(text);
      if (!result.ok) throw new Error(`${result.problem}\n${(result.doubts ?? []).map((d) => d.what).join('\n')}`);
      return result.text;
    },
    decisionsOfItem: (file: string, number: string): string[] => {
      const read = readMeeting(
        { file: 'parish/2025-09-02.md', boardId: 'parish', slug: '2025-09-02', text: file },
        new PeopleDirectory(archive.people),
        new Diagnostics(),
      );
      return read?.meeting.items.find((i) => i.number === number)?.decisions.map((d) => d.text) ?? [];
    },
  };
}
