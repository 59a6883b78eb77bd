import { readItemHeading } from '../load/item-heading.ts';
import { dateFromProse, isIsoDate, PROSE_DATE_PATTERN } from '../text/dates.ts';
import { attendanceLabel } from './attendance.ts';
import { readEndLine, readOpeningSentence, readTitleLine } from './meeting-facts.ts';
import type { SourceLine } from './source-file.ts';

/** What the text says about its meeting, to recognise a page header that names it. */
export interface MeetingNamed {
  boardName?: string;
  date?: string;
  /** The number of the last line of the opening sentence or title line that named them. */
  namedOnLine?: number;
}

export const PAGE_FURNITURE = {
  pageNumber: 'a page number',
  pageNumberWithText: 'a page header or footer with its page number',
  running: 'a header or footer repeated on the pages',
  namingTheMeeting: 'a page header naming the meeting',
} as const;

/** "Page 2", "Page 2 of 7", "2 of 7", "- 2 -": a page number alone on its line. */
const PAGE_NUMBER_ALONE =
  /^(?:Page\s+(\d{1,4})(?:\s*(?:of|\/)\s*(\d{1,4}))?|(\d{1,4})\s+of\s+(\d{1,4})|[-–]\s*(\d{1,4})\s*[-–])$/i;
/**
 * "Page 3 of 7" at the start or the end of a line that has other text, with a
 * separator or none. They read the line with each run of spaces as one space.
 */
const PAGE_NUMBER_LEADING = /^Page (\d{1,4})(?: ?(?:of|\/) ?(\d{1,4}))?(?: ?[|•·,–—-] ?| )(.+)$/is;
const PAGE_NUMBER_TRAILING = /^(.+?)(?: ?[|•·,–—-] ?| )Page (\d{1,4})(?: ?(?:of|\/) ?(\d{1,4}))?$/is;
const BARE_NUMBER = /^\d{1,3}$/;
const SENTENCE_END = /[.,;:!?]["'’”)]*$/;
const BULLET_START = /^[·•\uf0b7▪●◦‣⁃∙*-]/;
const DECISION = /^(?:RESOLVED|AGREED|DECIDED)\b/i;
/** A council's name as a footer gives it: "Anytown Borough Council", "The Shire County Council". */
const COUNCIL_NAME = /^(?:The\s+)?(?:[\p{Lu}][\p{L}'’&-]*\s+){1,5}(?:Council|Authority)$/u;

/** How many lines either side of a page break can hold its header or footer. */
const REACH = 2;
/** Fewer lines than any printed page of minutes holds. */
const MIN_PAGE_LINES = 8;

interface PageNumber {
  index: number;
  page: number;
  of?: number;
  /** The text beside the number on its line, if any. */
  rest?: string;
}

/**
 * Finds the furniture of the printed pages in PDF text: page numbers, and the
 * lines a council prints at the top or foot of every page (the board and
 * date, the council's name, the committee's name). It works from the shape of
 * a page, not from any council's wording: a page break is a page number, a
 * form feed or a run of empty lines; a running header is a line that comes
 * back beside page breaks, or one beside a break that names this meeting.
 * Real minutes text is left alone: a line that ends a sentence, starts in
 * lower case, is a decision, a list point or an item heading is never
 * furniture, nor are the first page's title lines, which the front matter reads.
 * Returns what each furniture line is, by line number.
 */
export function findPageFurniture(lines: SourceLine[], meeting: MeetingNamed): Map<number, string> {
  const marks = new Map<number, string>();
  const text = lines.map((l) => l.text.trim().replace(/\s+/g, ' '));
  const blank = (i: number) => i < 0 || i >= lines.length || text[i] === '';

  // Page numbers: alone on a line they are certain; a bare number must be at a page break or fit a sequence;
  // one beside other text must say "of N", fit a sequence, or stand beside the board's, meeting's or council's name.
  const candidates: Array<PageNumber & { certain: boolean }> = [];
  text.forEach((t, index) => {
    if (t === '') return;
    const alone = PAGE_NUMBER_ALONE.exec(t);
    if (alone) {
      const page = Number(alone[1] ?? alone[3] ?? alone[5]);
      const of = alone[2] ?? alone[4];
      candidates.push({ index, page, ...(of ? { of: Number(of) } : {}), certain: true });
      return;
    }
    if (BARE_NUMBER.test(t)) {
      // Alone between empty lines, with more than one on a side, as a page break leaves it (not a vote's "7").
      const certain = blank(index - 1) && blank(index + 1) && (blank(index - 2) || blank(index + 2));
      candidates.push({ index, page: Number(t), certain });
      return;
    }
    // With \s* and \s+ side by side, the patterns took time growing with the square of a long run of spaces.
    const oneSpaced = t.replace(/\s+/g, ' ');
    const leading = PAGE_NUMBER_LEADING.exec(oneSpaced);
    const trailing = PAGE_NUMBER_TRAILING.exec(oneSpaced);
    const withText = leading
      ? { page: Number(leading[1]), of: leading[2], rest: leading[3]! }
      : trailing
        ? { page: Number(trailing[2]), of: trailing[3], rest: trailing[1]! }
        : undefined;
    if (withText && isHeaderLike(withText.rest)) {
      const of = withText.of ? Number(withText.of) : undefined;
      const certain =
        (of !== undefined && withText.page <= of) ||
        namesTheMeeting(withText.rest, meeting) ||
        namesTheBoard(withText.rest, meeting) ||
        COUNCIL_NAME.test(withText.rest);
      candidates.push({ index, page: withText.page, rest: withText.rest, ...(of ? { of } : {}), certain });
    }
  });
  // Page numbers rise by a page or so, a page's length apart; the numbers of a vote ("For 2, Against 3") are close together.
  const inSequence = (c: PageNumber) =>
    candidates.some(
      (other) =>
        Math.abs(other.index - c.index) >= MIN_PAGE_LINES &&
        Math.sign(other.index - c.index) === Math.sign(other.page - c.page) &&
        Math.abs(other.page - c.page) <= 3,
    );
  const pageNumbers = candidates.filter((c) => c.certain || inSequence(c));
  for (const number of pageNumbers)
    marks.set(lines[number.index]!.number, number.rest ? PAGE_FURNITURE.pageNumberWithText : PAGE_FURNITURE.pageNumber);

  // Page breaks, and the lines beside each that may be its header or footer: the lines next to a
  // page number, a form feed or a run of empty lines, and the last lines of the text.
  const nonBlankFrom = (start: number, step: 1 | -1, count = REACH) => {
    const found: number[] = [];
    for (let i = start; i >= 0 && i < lines.length && found.length < count; i += step)
      if (!blank(i) && !marks.has(lines[i]!.number)) found.push(i);
    return found;
  };
  const besideBreaks = new Set<number>();
  const beside = (indexes: number[]) =>
    indexes.filter((i) => isHeaderLike(text[i]!)).forEach((i) => besideBreaks.add(i));
  for (const number of pageNumbers)
    beside([...nonBlankFrom(number.index - 1, -1), ...nonBlankFrom(number.index + 1, 1)]);
  lines.forEach((line, index) => {
    if (line.pageStart) beside([...nonBlankFrom(index - 1, -1), ...nonBlankFrom(index, 1)]);
  });
  for (let i = 0; i < lines.length; i++) {
    if (!blank(i)) continue;
    let end = i;
    while (end < lines.length && blank(end)) end++;
    if (end - i >= 3) beside([...nonBlankFrom(i - 1, -1), ...nonBlankFrom(end, 1)]);
    i = end;
  }
  beside(nonBlankFrom(lines.length - 1, -1));
  // The top of the first page is where the minutes' own title is: only lines that come back later may be furniture there.
  const top = nonBlankFrom(0, 1, 3).at(-1) ?? 0;
  const firstPage = text
    .map((_, i) => i)
    .filter((i) => (i <= top || lines[i]!.number <= (meeting.namedOnLine ?? 0)) && isHeaderLike(text[i]!));

  // A line that comes back beside page breaks, word for word, is a running header or footer
  // when it has a number or date in it, names the board or is a council's name. (An officer's
  // title in the Action column comes back beside page breaks too, and is none of these.)
  const occurrences = new Map<string, number[]>();
  for (const i of new Set([...besideBreaks, ...firstPage])) {
    const key = text[i]!.toLowerCase();
    occurrences.set(key, [...(occurrences.get(key) ?? []), i]);
  }
  const readByFrontMatter = (i: number) => readTitleLine(text[i]!) !== undefined || namesTheBoard(text[i]!, meeting);
  const running = (t: string) => /\d/.test(t) || namesTheBoard(t, meeting) || COUNCIL_NAME.test(t);
  for (const found of occurrences.values()) {
    if (found.length < 2 || !running(text[found[0]!]!)) continue;
    for (const i of found)
      if (!(firstPage.includes(i) && readByFrontMatter(i))) marks.set(lines[i]!.number, PAGE_FURNITURE.running);
  }
  // Beside a page break, the board's name alone, or a title with this meeting's date, is the page's header.
  for (const i of besideBreaks) {
    if (marks.has(lines[i]!.number) || firstPage.includes(i)) continue;
    if (namesTheMeeting(text[i]!, meeting)) marks.set(lines[i]!.number, PAGE_FURNITURE.namingTheMeeting);
  }
  return marks;
}

/**
 * Words of a title, not of a sentence: each starts with a capital or a
 * digit, or is one of the few small words titles use ("Minutes of the
 * Executive Board held on 12 March 2026"). "2023-24 were agreed by Members"
 * is a sentence.
 */
function isTitleLike(text: string): boolean {
  return text
    .split(' ')
    .every(
      (word) =>
        /^[\p{Lu}\d(]/u.test(word) ||
        /^(?:of|and|the|for|in|on|at|to|a|an|held|meeting|minutes|&|[-–—|•·,:/])$/.test(word),
    );
}

/** A short line that could be a header or footer: a title, not a sentence, a decision, a list point or a minute's heading. */
function isHeaderLike(text: string): boolean {
  const words = text.split(' ').filter(Boolean).length;
  if (words === 0 || words > 15) return false;
  if (
    !/^[\p{Lu}\d]/u.test(text) ||
    !isTitleLike(text) ||
    SENTENCE_END.test(text) ||
    BULLET_START.test(text) ||
    DECISION.test(text)
  )
    return false;
  if (attendanceLabel(text) || readEndLine(text) || readOpeningSentence(text)) return false;
  const heading = readItemHeading(text);
  return !(heading.number && heading.title && !/^\d{1,4}$/.test(heading.number));
}

function boardKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\b(?:the|meeting|of|minutes)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '');
}

function namesTheBoard(text: string, meeting: MeetingNamed): boolean {
  if (!meeting.boardName) return false;
  const board = boardKey(meeting.boardName);
  return board !== '' && boardKey(text).includes(board);
}

/** A line beside a page break that is the board's name, or has the meeting's date, is the page's header. */
function namesTheMeeting(text: string, meeting: MeetingNamed): boolean {
  if (meeting.boardName && boardKey(text) === boardKey(meeting.boardName)) return true;
  return meeting.date !== undefined && datesIn(text).includes(meeting.date);
}

const NUMERIC_DATE = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\b/g;

/** The dates a line gives, as YYYY-MM-DD: "12 March 2026", "Thursday, 12th March, 2026", "12/03/2026", "12.03.26". */
export function datesIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(new RegExp(PROSE_DATE_PATTERN, 'gi'))) {
    const iso = dateFromProse(match[1]!, match[2]!, match[3]!);
    if (iso) found.push(iso);
  }
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const year = match[3]!.length === 2 ? `20${match[3]}` : match[3]!;
    const iso = `${year}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
    if (isIsoDate(iso)) found.push(iso);
  }
  return found;
}
