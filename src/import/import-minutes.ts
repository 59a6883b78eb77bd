import { existsSync } from 'node:fs';
import { writeMeetingFile, type WrittenThisRun } from './write-file.ts';
import path from 'node:path';
import { loadArchive } from '../load/archive.ts';
import { readMeeting } from '../load/meeting.ts';
import { PeopleDirectory } from '../load/people-directory.ts';
import { Diagnostics } from '../model/diagnostics.ts';
import type { Archive, Board, Diagnostic, Meeting } from '../model/types.ts';
import { isIsoDate } from '../text/dates.ts';
import { joinBareResolutions, markDecisions } from './blocks.ts';
import { absenceFromSentences } from './absence-sentences.ts';
import { apologiesFromSentences } from './apology-sentences.ts';
import { readAttendanceItem } from './attendance-item.ts';
import { readApologiesWithOtherCouncillors, readOtherCouncillorsPresent } from './other-councils.ts';
import { presentAndAway } from './attendance.ts';
import { chairNamedByInitial } from './twice-present.ts';
import { findDeclarations } from './declarations.ts';
import { detectShape } from './detect-shape.ts';
import { Ledger, type LedgerEntry } from './ledger.ts';
import { emptyMinutes, type ImportedMinutes, type Shape } from './minutes.ts';
import { parseModernGovPage } from './parse-moderngov-page.ts';
import { parseModernGovTable } from './parse-moderngov-table.ts';
import { parsePdfText } from './parse-pdf-text.ts';
import { readPdf } from './read-pdf.ts';
import { readHtmlPage } from './read-html.ts';
import { isWebPost, readWebPost } from './read-web-post.ts';

/** Text that is a saved page's HTML, passed with --shape html-page. */
function parseHtmlText(lines: SourceLine[]): ImportedMinutes {
  const page = readHtmlPage(lines.map((l) => l.text).join('\n'));
  return page.ok ? page.minutes : emptyMinutes('html-page', new Ledger());
}
import { isExtractedMarkdown, readExtractedMarkdown } from './extracted-markdown.ts';
import { readSourceFile, sourceLines, type SourceLine } from './source-file.ts';
import { wordsOf } from './words.ts';
import { doubtLine, findDoubts, type Doubt } from './doubts.ts';
import { counted } from '../text/counted.ts';
import { writeMeeting } from './write-meeting.ts';

export interface ImportOptions {
  /** The archive's root folder (holding `_data/` and `content/`). */
  root: string;
  board?: string;
  date?: string;
  shape?: Shape | 'auto';
  /** The item's number, for a single item page that does not give it. */
  item?: string;
  status?: 'draft' | 'approved';
  dryRun?: boolean;
  force?: boolean;
  /** The files written so far in this run (a folder's import): none is replaced by a later file of the run, even with `force`. */
  writtenThisRun?: WrittenThisRun;
  /** Write the file even when the importer has doubts, as a draft that lists them. */
  acceptDoubts?: boolean;
}

export interface UnknownName {
  written: string;
  closest: string[];
}

export interface ImportReport {
  shape: Shape;
  boardId: string;
  date: string;
  start?: string;
  end?: string;
  venue?: string;
  items: number;
  decisions: number;
  actions: number;
  attendees: number;
  declarations: number;
  documents: number;
  cutShort: number;
  sourceWords: number;
  keptWords: number;
  furniture: LedgerEntry[];
  fields: LedgerEntry[];
  unknownNames: UnknownName[];
  /** Warnings `npm run check` will give about the written file. */
  warnings: Diagnostic[];
}

export type ImportResult =
  | {
      ok: true;
      source: string;
      target: string;
      written: boolean;
      text: string;
      report: ImportReport;
      notes: string[];
      doubts: Doubt[];
    }
  | {
      ok: false;
      source: string;
      exitCode: 1 | 2;
      problem: string;
      /** What the importer could not vouch for, when that is why it refused. */
      doubts?: Doubt[];
      /** The file it would have written, had the doubts been accepted. */
      draft?: string;
    };

/** Reads the archive's boards and people once, for importing many files. */
export function archiveFor(root: string): Archive {
  return loadArchive(root);
}

/**
 * Imports one file of copied minutes into the archive: reads it, recognises
 * its shape, parses it, writes `content/<board>/<date>.md` (unless this is a
 * dry run), and says what it did. It stops, writing nothing, when the text
 * does not give what it cannot invent (the date, the board).
 */
export async function importMinutes(
  source: string,
  options: ImportOptions,
  archive: Archive = archiveFor(options.root),
): Promise<ImportResult> {
  if (isPdf(source)) return importPdf(source, options, archive);
  return importPageOrText(source, options, archive);
}

/** A saved HTML page or copied text, read synchronously. */
export function importPageOrText(
  source: string,
  options: ImportOptions,
  archive: Archive = archiveFor(options.root),
): ImportResult {
  const stop = (problem: string, exitCode: 1 | 2 = 2): ImportResult => ({ ok: false, source, exitCode, problem });
  const read = readSourceFile(source);
  if (!read.ok) return stop(read.problem);
  if (isHtml(source, read.text)) {
    const page = readHtmlPage(read.text);
    if (!page.ok) return stop(`${path.basename(source)}: ${page.problem}`);
    return importLines(page.lines, page.text, source, { ...options, shape: 'html-page' }, archive, page.minutes);
  }
  return importText(read.text, source, options, archive);
}

/** The signed minutes PDF itself, read by the place of its text on the pages. */
async function importPdf(source: string, options: ImportOptions, archive: Archive): Promise<ImportResult> {
  const read = await readPdf(source);
  if (!read.ok) return { ok: false, source, exitCode: 2, problem: read.problem };
  const text = read.pdf.lines.map((l) => l.text).join('\n');
  return importLines(
    read.pdf.lines,
    text,
    source,
    { ...options, shape: options.shape && options.shape !== 'auto' ? options.shape : 'pdf-text' },
    archive,
  );
}

const isPdf = (file: string) => /\.pdf$/i.test(file);
const isHtml = (file: string, text: string) =>
  /\.x?html?$/i.test(file) || /^\s*(?:<!DOCTYPE html|<html[\s>])/i.test(text);

/** Imports text already read (see `importMinutes`); `source` names it in messages and in `source.file`. */
export function importText(sourceText: string, source: string, options: ImportOptions, archive: Archive): ImportResult {
  const lines = sourceLines(sourceText);
  const chosen = options.shape && options.shape !== 'auto' ? options.shape : undefined;
  if (chosen === 'markdown' || (!chosen && !isExtractedMarkdown(lines) && isWebPost(source, sourceText))) {
    // A website post's Markdown, read through its structure.
    const post = readWebPost(sourceText);
    return importLines(post.lines, sourceText, source, { ...options, shape: 'markdown' }, archive, post.minutes);
  }
  if (!isExtractedMarkdown(lines)) return importLines(lines, sourceText, source, options, archive);
  // Text a tool converted from the PDF is the PDF's text.
  const shape = options.shape && options.shape !== 'auto' ? options.shape : 'pdf-text';
  return importLines(readExtractedMarkdown(lines), sourceText, source, { ...options, shape }, archive);
}

/** Imports the lines of a source, however they were read; `sourceText` is their text, for counting words. */
export function importLines(
  lines: SourceLine[],
  sourceText: string,
  source: string,
  options: ImportOptions,
  archive: Archive,
  parsed?: ImportedMinutes,
): ImportResult {
  const name = path.basename(source);
  const stop = (problem: string, exitCode: 1 | 2 = 2): ImportResult => ({ ok: false, source, exitCode, problem });
  const read = { text: sourceText };

  let shape: Shape;
  if (options.shape && options.shape !== 'auto') shape = options.shape;
  else {
    const detected = detectShape(lines, name);
    if (!detected.ok) return stop(detected.problem);
    shape = detected.shape;
  }
  const minutes = parsed ?? parse(shape, lines);
  tidy(minutes);
  const chairOnce = chairNamedByInitial(minutes.attendance.present ?? [], lines.map((l) => l.text).join('\n'));
  if (chairOnce) minutes.attendance.present = chairOnce;
  if (minutes.items.length === 0 && minutes.doubts?.length)
    return stop(
      `found no items in ${name} read as ${shape}, so nothing was written:\n${minutes.doubts.map((d) => `  ${doubtLine(d)}`).join('\n')}`,
    );
  if (minutes.items.length === 0)
    return stop(`found no items in ${name} read as ${shape}; is it the right shape? (pass --shape to choose another)`);

  const notes: string[] = [];
  if (options.date !== undefined && !isIsoDate(options.date))
    return stop(`--date ${options.date} is not a date written YYYY-MM-DD`);
  if (minutes.date && options.date && minutes.date !== options.date) {
    return stop(
      `${name} says the meeting was on ${minutes.date}, but --date says ${options.date}; leave out --date, or correct it`,
    );
  }
  const date = minutes.date ?? options.date;
  if (!date) return stop(`no meeting date found in ${name}; pass --date YYYY-MM-DD`);

  const board = placeBoard(minutes, options.board, archive.boards, name);
  if (typeof board === 'string') return stop(board);
  if (options.board && minutes.boardName && !sameBoardName(minutes.boardName, board)) {
    notes.push(`The text names the board "${minutes.boardName}"; imported into ${board.id} as --board says.`);
  }

  for (const name of presentAndAway(minutes.attendance))
    notes.push(
      `${name} is both among those present and among the apologies (or the absent), as the minutes print them: check which is right against the signed minutes.`,
    );

  if (shape === 'moderngov-item' && minutes.items.length === 1) {
    const item = minutes.items[0]!;
    const number = item.number ?? minutes.itemNumber ?? options.item;
    if (minutes.itemNumber && options.item && minutes.itemNumber !== options.item) {
      return stop(
        `${name} says this is item ${minutes.itemNumber}, but --item says ${options.item}; leave out --item, or correct it`,
      );
    }
    if (number && !item.number) {
      item.number = number;
      for (const document of minutes.documents) document.item ??= number;
    }
  }
  const partial = shape === 'moderngov-item' ? partialNote(minutes.items[0]?.number) : undefined;

  const target = path.join('content', board.id, `${date}.md`);
  const absolute = path.join(options.root, target);
  if (existsSync(absolute) && !options.force && !options.dryRun) {
    return stop(`${target.split(path.sep).join('/')} already exists; nothing was written. Pass --force to replace it.`);
  }
  if (existsSync(absolute) && options.dryRun && !options.force)
    notes.push(`${target.split(path.sep).join('/')} already exists: importing it for real needs --force.`);

  const doubts = [
    ...(minutes.doubts ?? []),
    ...findDoubts(minutes, (index) => minutes.items[index]?.line ?? 1, sourceText, lines),
  ];
  if (doubts.length > 0 && options.status === 'approved') {
    return {
      ok: false,
      source,
      exitCode: 1,
      problem: `${name} was not read without doubt, so it cannot be imported as approved minutes; nothing was written. Import it as a draft (leave out --status approved) with --accept-doubts, settle each doubt, then approve it.\n${doubts.map((d) => `  ${doubtLine(d)}`).join('\n')}`,
      doubts,
    };
  }
  const withDoubts = doubts.length > 0 && options.acceptDoubts === true;
  const written = (marked: boolean) =>
    writeMeeting(minutes, {
      date,
      status: options.status ?? 'draft',
      sourceFile: name,
      ...(partial ? { partial } : {}),
      ...(marked ? { doubts: doubts.map(doubtLine) } : {}),
    });
  const text = written(withDoubts);
  const directory = new PeopleDirectory(archive.people);
  const fileName = target.split(path.sep).join('/');
  /** The file read back as `npm run check` reads it, with the errors that would stop it. */
  const checked = (candidate: string) => {
    const diagnostics = new Diagnostics();
    const readBack = readMeeting(
      { file: fileName, boardId: board.id, slug: date, text: candidate },
      directory,
      diagnostics,
    );
    const errors = diagnostics.list.filter((d) => d.severity === 'error');
    return { readBack, diagnostics, errors, passes: readBack !== undefined && errors.length === 0 };
  };
  const errorLines = (errors: { line?: number; message: string }[]) =>
    errors.map((d) => `  line ${d.line} of the file it would write: ${d.message}`).join('\n');
  if (doubts.length > 0 && !withDoubts) {
    // Offer --accept-doubts only when the draft it would write passes the check: an option the message suggests must work.
    const draft = checked(written(true));
    const advice = draft.passes
      ? 'Correct the source and import it again, or pass --accept-doubts to write it as a draft with the doubts listed in its front matter (npm run check warns until each is settled and removed). --dry-run --accept-doubts shows the draft without writing it.'
      : `Correct the source and import it again. --accept-doubts cannot write it as a draft either: the draft would not pass the check:\n${errorLines(draft.errors)}`;
    return {
      ok: false,
      source,
      exitCode: 1,
      problem: `${name} was not read without doubt, so nothing was written (${counted(doubts.length, 'doubt')}):\n${doubts.map((d) => `  ${doubtLine(d)}`).join('\n')}\n${advice}`,
      doubts,
      draft: text,
    };
  }
  const { readBack: read2, diagnostics, errors, passes } = checked(text);
  if (!read2 || !passes) {
    return stop(
      `the minutes read from ${name} would not pass the check, so nothing was written:\n${errorLines(errors)}`,
      1,
    );
  }

  if (!options.dryRun) {
    const write = writeMeetingFile(options.root, target, text, name, options.writtenThisRun);
    if (!write.ok) return stop(write.problem);
  }
  return {
    ok: true,
    source,
    target: fileName,
    written: !options.dryRun,
    text,
    notes,
    doubts,
    report: report(minutes, read2.meeting, board.id, read.text, directory, diagnostics.list),
  };
}

function parse(shape: Shape, lines: ReturnType<typeof sourceLines>): ImportedMinutes {
  switch (shape) {
    case 'moderngov-page':
      return parseModernGovPage(lines);
    case 'moderngov-item':
      return parseModernGovPage(lines, 'moderngov-item');
    case 'moderngov-table':
      return parseModernGovTable(lines);
    case 'pdf-text':
      return parsePdfText(lines);
    case 'html-page':
      return parseHtmlText(lines);
    case 'markdown':
      return readWebPost(lines.map((l) => l.text).join('\n')).minutes;
  }
}

/** What every shape shares: "RESOLVED:" joined to its text and marked with its colon, declarations found in the text. */
function tidy(minutes: ImportedMinutes): void {
  minutes.preamble = joinBareResolutions(minutes.preamble);
  for (const item of minutes.items) item.blocks = markDecisions(joinBareResolutions(item.blocks));
  minutes.declarations = findDeclarations(minutes.preamble, minutes.items);
  readAttendanceItem(minutes);
  if (!minutes.attendance.apologies?.length) {
    const apologies = apologiesFromSentences(minutes.preamble, minutes.items);
    if (apologies) minutes.attendance.apologies = apologies;
  }
  readApologiesWithOtherCouncillors(minutes);
  readOtherCouncillorsPresent(minutes);
  if (!minutes.attendance.absent?.length) {
    const absent = absenceFromSentences(minutes.preamble, minutes.items);
    if (absent) minutes.attendance.absent = absent;
  }
}

function partialNote(number: string | undefined): string {
  const which = number ? `item ${number}` : 'one item';
  return `Only ${which} of this meeting has been copied into the archive, from its single agenda item page; the rest of the meeting's minutes are not here yet.`;
}

const boardKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\b(?:the|meeting|of)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '');

function sameBoardName(name: string, board: Board): boolean {
  const key = boardKey(name);
  return key === boardKey(board.name) || key === boardKey(board.shortName) || key === boardKey(board.id);
}

/** The board named by --board, or the one whose name the text gives; otherwise why not. */
function placeBoard(minutes: ImportedMinutes, id: string | undefined, boards: Board[], name: string): Board | string {
  const known = boards.map((b) => `${b.id} (${b.name})`).join(', ') || 'none';
  if (id !== undefined) {
    return (
      boards.find((b) => b.id === id) ??
      `unknown board "${id}": the boards in _data/boards.yaml are ${known}. Add the board there first, or pass one of these ids`
    );
  }
  if (!minutes.boardName)
    return `${name} does not name its board; pass --board <id> (the boards in _data/boards.yaml are ${known})`;
  const found = boards.find((b) => sameBoardName(minutes.boardName!, b));
  return (
    found ??
    `${name} names the board "${minutes.boardName}", which is not in _data/boards.yaml; pass --board <id> (one of ${known}), or add the board first`
  );
}

function report(
  minutes: ImportedMinutes,
  meeting: Meeting,
  boardId: string,
  sourceText: string,
  directory: PeopleDirectory,
  diagnostics: Diagnostic[],
): ImportReport {
  const furniture = minutes.ledger.furnitureEntries;
  const sourceWords = wordsOf(sourceText).length;
  const droppedWords = furniture.reduce((sum, entry) => sum + wordsOf(entry.text).length, 0);
  const attendance = Object.values(minutes.attendance).flat();
  const names = [...attendance.map((p) => p.name), ...minutes.declarations.map((d) => d.who)];
  const unknownNames: UnknownName[] = [];
  for (const written of new Set(names)) {
    if (!directory.resolve(written).personId) unknownNames.push({ written, closest: directory.suggest(written) });
  }
  return {
    shape: minutes.shape,
    boardId,
    date: meeting.date,
    ...(meeting.start ? { start: meeting.start } : {}),
    ...(meeting.end ? { end: meeting.end } : {}),
    ...(meeting.venue ? { venue: meeting.venue } : {}),
    items: meeting.items.length,
    decisions: meeting.items.reduce((sum, item) => sum + item.decisions.length, 0),
    actions: meeting.items.reduce((sum, item) => sum + item.actions.length, 0),
    attendees: attendance.length,
    declarations: meeting.declarations.length,
    documents: meeting.documents.length,
    cutShort: meeting.items.filter((item) => item.cutShort).length,
    sourceWords,
    keptWords: sourceWords - droppedWords,
    furniture,
    fields: minutes.ledger.fieldEntries,
    unknownNames,
    warnings: diagnostics.filter((d) => d.severity === 'warning' && d.code !== 'name-unknown'),
  };
}
