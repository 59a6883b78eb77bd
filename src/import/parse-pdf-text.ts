import { readItemNumber } from './item-number.ts';
import { addToAttendance, attendanceLabel, readChair, readNames } from './attendance.ts';
import { readAttendanceTable } from './attendance-table.ts';
import { addWithOfficers, initialledNames, namesOneALine, readAttendanceColumns } from './attendance-columns.ts';
import { readAttendanceLines } from './attendance-lines.ts';
import { apologiesAsFirstItem } from './unnumbered-apologies.ts';
import { runsOnIntoText } from './hidden-headings.ts';
import { splitRunInTitle } from './run-in-titles.ts';
import { ownTitleBelow } from './group-headings.ts';
import { parallelsTitle } from './parallel-titles.ts';
import { boldHead } from './paragraph-heads.ts';
import { withParagraphItems } from './paragraph-items.ts';
import { readPostsWithNames } from './officials.ts';
import { BlockBuilder } from './blocks.ts';
import { joinLines, SENTENCE_END, type BodyLine } from './join-lines.ts';
import { Ledger } from './ledger.ts';
import { readEndLine, readOpeningSentence, readTitleLine } from './meeting-facts.ts';
import {
  emptyMinutes,
  type ImportedAttendance,
  type ImportedItem,
  type ImportedMinutes,
  type ImportedPerson,
} from './minutes.ts';
import { datesIn, findPageFurniture, type MeetingNamed } from './page-furniture.ts';
import { findSecondMeeting } from './second-meeting.ts';
import type { Doubt } from './doubts.ts';
import { ownersOfTables } from './table-owners.ts';
import { closingItemTitle } from './closing-items.ts';
import { splitLeadIn } from './lead-in-titles.ts';
import { startsListOfPoints } from './list-points.ts';
import type { SourceLine } from './source-file.ts';
import { outOfStepHeadings } from './out-of-step-headings.ts';
import { withOtherwisePrintedNumbers } from './otherwise-printed-numbers.ts';

const DOCUMENT_PACK = /^(?:Public Document Pack|Document Pack Page \d+|Agenda Item \d+[a-z]?)$/i;
const ACTION_HEADER = /^Action(?:s| by)?$/i;
/** Letters with a pilcrow or section sign between them, or a long word with no vowel. */
const GARBLED = /\p{L}[¶§†‡¤]\p{L}|\b[b-df-hj-np-tv-xz]{7,}\b/iu;
/** A member named by a civic title, on a line of its own: "An Méara John Moran." (the Mayor), "Deputy Mayor Ann Dent". */
const CIVIC_TITLE =
  /^((?:An Méara|An Leas-?Mh?éara|An Cathaoirleach|An Leas[- ]Chathaoirleach|(?:Deputy |Lord )?Mayor))\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\.?$/u;
const BARE_LABEL = /^(?:Present|Apologies(?: for absence)?|Also present|In attendance|Absent)$/i;
/** "(Item 5)", the agenda's number printed under a minute's title. */
const AGENDA_NUMBER = /^\((?:Agenda\s+)?Item\s+[A-Za-z0-9.()]+\)$/i;
const PLANNING_REFERENCE = /^\d{2,4}\/\d{2,6}(?:\/[A-Z0-9]{1,6})+\b/;

const isBlank = (line: SourceLine) => line.text.trim() === '';
const isCapitals = (text: string) => /[A-Z]/.test(text) && !/[a-z]/.test(text);
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
const joined = (group: SourceLine[]) =>
  group
    .map((l) => l.text.trim())
    .join(' ')
    .replace(/\s+/g, ' ');

/**
 * Reads the text of signed PDF minutes: the board's name, "At a meeting of …
 * on <date> in <venue>", the attendance lists, then minutes that start with
 * their code ("CYP1 MINUTES", "EXB 45 BUDGET", "23. Apologies"), with the
 * page furniture and the right-hand Action column mixed in.
 */
export function parsePdfText(lines: SourceLine[]): ImportedMinutes {
  const ledger = new Ledger();
  const minutes = emptyMinutes('pdf-text', ledger);
  const furniture = markFurniture(lines, ledger);
  // The PDF reader places the Action column's owners itself; in copied text the column's header says it is there.
  const ownersPlaced = lines.some((l) => l.action);
  const hasActionColumn =
    !ownersPlaced && lines.some((l) => furniture.get(l.number) === 'the header of the Action column');
  // Furniture leaves a gap, as a page break does: a sentence broken by it is joined again, an item after it still starts.
  const kept = lines.map((l) => (furniture.has(l.number) ? { number: l.number, text: '' } : l));

  // Text a PDF's font hides: its letters came out as other characters ("4&OHUN¶V5HSRUW" for "4. Clerk's Report").
  for (const line of kept) {
    if (GARBLED.test(line.text)) {
      (minutes.doubts ??= []).push({
        line: line.number,
        what: `the letters of "${line.text.trim().slice(0, 40)}" could not be read from the PDF (its font does not say which letters it shows)`,
        todo: 'type the line as the PDF shows it, or import the text copied from the PDF reader',
      });
    }
  }
  // Where the items start: the first line that reads as a minute's code and title.
  const starts = withHeadingBelowText(kept, findItemStarts(kept));
  const firstItem = starts.size > 0 ? Math.min(...starts.keys()) : kept.length;
  for (const stray of outOfStepHeadings(kept, starts))
    (minutes.doubts ??= []).push({
      line: stray.line,
      what: `"${stray.heading}" reads as the heading of an item, but its number goes back from the items' numbers, so it was read as text of item ${stray.within}`,
      todo: 'check it against the PDF: if it is an item of its own (its number misprinted), import the draft with --accept-doubts and make it an item; otherwise leave it',
    });
  const lastStart = starts.size > 0 ? Math.max(...starts.keys()) : kept.length;
  const loneApologies = readHeader(kept.slice(0, firstItem), minutes, kept[firstItem]?.font);
  if (!minutes.date) readHeaderDate(kept.slice(0, firstItem), minutes);
  const numbers = [...starts.entries()].sort(([a], [b]) => a - b).map(([, s]) => s.number);
  const apologiesItem = loneApologies && apologiesAsFirstItem(loneApologies, numbers, minutes.date);
  if (apologiesItem) {
    ledger.field(loneApologies.number, loneApologies.text, "the item's title, an item printed without its number");
    minutes.items.push(apologiesItem);
  }

  let item: ImportedItem | undefined;
  let body: Array<BodyLine & { line: number }> = [];
  let blanks = 0;
  let ended = false;
  let tableLines: number[] = [];
  const finish = () => {
    if (!item) return;
    if (tableLines.length >= 2) {
      (minutes.doubts ??= []).push({
        line: tableLines[0]!,
        what: `item ${item.number ?? item.title} is laid out as a table on the page (${tableLines.length} lines with cells side by side), and its cells were read across, so their words may be out of order`,
        todo: 'compare the item with the PDF and rewrite its table as paragraphs or a list',
      });
    }
    tableLines = [];
    if (hasActionColumn) takeActions(item, body, ledger);
    item.blocks = joinLines(body);
    item.actions.push(...ownersOfTables(item.blocks));
  };
  for (let i = firstItem; i < kept.length; i++) {
    const line = kept[i]!;
    if (ended) {
      ledger.furniture(line.number, line.text, 'text after the end of the meeting');
      continue;
    }
    if (isBlank(line)) {
      blanks++;
      continue;
    }
    const end = readEndLine(line.text);
    if (end) {
      minutes.end = end;
      ledger.field(line.number, line.text, 'the time the meeting ended');
      ended = true;
      continue;
    }
    const start = starts.get(i);
    if (start) {
      finish();
      item = { number: start.number, title: start.title, blocks: [], cutShort: false, actions: [], line: line.number };
      if (line.heading || start.setApart) item.setApart = true;
      if (start.leadIn) item.leadIn = true;
      if (start.misprintOf)
        (minutes.doubts ??= []).push({
          line: line.number,
          what: `item ${start.number} (${start.title}) is numbered ${start.number} where its place, between items ${Number(start.misprintOf) - 1} and ${Number(start.misprintOf) + 1}, gives ${start.misprintOf}: the number may be misprinted`,
          todo: `check the number in the signed minutes; if the minutes print ${start.number}, keep it (a misprint is part of the record) and accept the doubt`,
        });
      minutes.items.push(item);
      body = [];
      if (start.through !== undefined) {
        // A paragraph's head is the title: its lines are the title's, and what follows it on the last is the text.
        for (let k = i + 1; k <= i + start.through; k++)
          ledger.field(kept[k]!.number, kept[k]!.text, "the item's title, the head of its paragraph");
        i += start.through;
        if (start.text) body.push({ text: start.text, blankBefore: 0, line: kept[i]!.number });
        blanks = 0;
        continue;
      }
      if (start.text !== undefined) {
        // The title ran into the minute's text: the rest of the line, and the lines after it, are the text.
        body.push({ text: start.text, blankBefore: 0, line: line.number });
        blanks = 0;
        continue;
      }
      if (start.marker !== undefined) {
        for (let k = i + 1; k <= start.ends!; k++) ledger.field(kept[k]!.number, kept[k]!.text, "the item's title");
        const marker = kept[start.marker]!;
        ledger.field(marker.number, marker.text, "the agenda's number for the item");
        i = start.marker;
        blanks = 0;
        continue;
      }
      // A title printed to the right edge of the page wraps onto the next line: "… the YLCA White Rose" / "Bulletin and …".
      const below = kept[i + 1];
      if (line.wraps && below && !isBlank(below) && !starts.has(i + 1) && !below.action) {
        const next = below.text.trim();
        const clearlyText =
          /^(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|It was)\b/i.test(next) ||
          next.includes(':') ||
          attendanceLabel(next) !== undefined ||
          /^[a-z]/.test(next) ||
          /^[·•\uf0b7-]/.test(next);
        if (clearlyText) {
          // The minutes start below the title.
        } else if ((!SENTENCE_END.test(next) && /^[\p{Lu}\d(]/u.test(next)) || closesBracket(item.title!, next)) {
          item.title = `${item.title} ${below.text.trim()}`;
          ledger.field(below.number, below.text, "the item's title, wrapped onto a second line");
          i++;
          blanks = 0;
          continue;
        } else
          (minutes.doubts ??= []).push({
            line: line.number,
            what: `the title of item ${item.number} reaches the edge of the page and may go on in the line below ("${below.text.trim().slice(0, 50)}")`,
            todo: 'check where the title ends, and correct the heading',
          });
      }
      // A printed ModernGov minute gives the agenda's number below its title, "(Item 5)": lines before it continue the title.
      const agendaAt = kept.slice(i + 1, i + 5).findIndex((l) => AGENDA_NUMBER.test(l.text.trim()));
      if (agendaAt >= 0 && kept.slice(i + 1, i + 1 + agendaAt).every((l) => !isBlank(l))) {
        for (const l of kept.slice(i + 1, i + 1 + agendaAt)) item.title = `${item.title} ${l.text.trim()}`;
        const marker = kept[i + 1 + agendaAt]!;
        ledger.field(marker.number, marker.text, "the agenda's number for the item");
        i = i + 1 + agendaAt;
        blanks = 0;
        continue;
      }
      // A long title wraps onto lines in capitals, sometimes after an empty line.
      let k = i + 1;
      while (
        k < kept.length &&
        (isBlank(kept[k]!) || (isCapitals(kept[k]!.text) && !starts.has(k) && !endsTitle(item.title!)))
      ) {
        if (!isBlank(kept[k]!)) item.title = `${item.title} ${kept[k]!.text.trim()}`;
        k++;
      }
      i = k - 1;
      // "3. Operations & Maintenance" / "Draft … Bye-Laws 2023": the heading of the item's group, then its own title.
      const own = line.heading ? ownTitleBelow(kept, i, item.title!, (index) => starts.has(index)) : undefined;
      if (own !== undefined) {
        ledger.furniture(
          line.number,
          item.title!,
          'the heading of the group the item comes under (a directorate or service), above its own title',
        );
        item.title = kept[own]!.text.trim();
        i = own;
      }
      blanks = 0;
      continue;
    }
    // "Other matters" on a line of its own after the last numbered item: an unnumbered item closing the minutes.
    const closing = i > lastStart && (blanks > 0 || line.pageStart) ? closingItemTitle(line.text) : undefined;
    if (item && closing) {
      finish();
      item = { title: closing, blocks: [], cutShort: false, actions: [], line: line.number };
      minutes.items.push(item);
      body = [];
      blanks = 0;
      continue;
    }
    if (line.row && item) {
      body.push({ text: line.text, blankBefore: blanks, line: line.number, row: line.row });
      blanks = 0;
      continue;
    }
    const misnumbered = item && i > lastStart ? numberedAsEarlierItem(kept, i, item, minutes.items) : undefined;
    if (misnumbered) (minutes.doubts ??= []).push(misnumbered);
    // Capitals in the middle of the minutes: a section heading of the printed page.
    const run = capitalsRun(kept, i, starts);
    if (run > 0) {
      for (let k = i; k < i + run; k++)
        if (!isBlank(kept[k]!))
          ledger.furniture(kept[k]!.number, kept[k]!.text, 'a section heading of the printed page');
      i += run - 1;
      continue;
    }
    if (!item) continue;
    if (line.action) {
      body.push({ text: line.text, blankBefore: 0, line: line.number, action: true });
      ledger.field(line.number, line.text, 'the Action column');
      continue;
    }
    if (line.columns) tableLines.push(line.number);
    if (line.heading && i > lastStart && item.title && parallelsTitle(line.text.trim(), item.title)) {
      // "To elect a Leas-Cathaoirleach …" inside the last item, "2. To elect a Cathaoirleach …": the agenda's next
      // item, where the minutes' numbering stopped. Between numbered items, an unnumbered one stays a doubt.
      finish();
      item = { title: line.text.trim(), blocks: [], cutShort: false, actions: [], line: line.number, setApart: true };
      item.parallelOf = minutes.items.at(-1)!.number ?? minutes.items.at(-1)!.title;
      minutes.items.push(item);
      body = [];
      blanks = 0;
      continue;
    }
    if (line.heading && (words(line.text) >= 6 || body.length === 0)) {
      (minutes.doubts ??= []).push({
        line: line.number,
        what: `"${line.text.trim().slice(0, 60)}" is set apart as a heading inside item ${item.number ?? item.title}, with no number: it may be an item of its own`,
        todo: 'if it is an item, give it a heading of its own; if not, leave it',
      });
    }
    body.push({
      text: line.text,
      blankBefore: blanks,
      line: line.number,
      ...(line.newParagraph ? { newParagraph: true } : {}),
    });
    blanks = 0;
  }
  finish();
  const second = findSecondMeeting(lines, firstItem, minutes.date);
  if (second) (minutes.doubts ??= []).push(second);
  return minutes;
}

/**
 * "3. DATE OF NEXT MEETING" after the last item, 5: a heading set apart (in capitals or bold, after an empty
 * line) whose number is not above the last item's. It is not read as an item, as numbers that go backwards are
 * not; but it may be one the minutes misnumbered, and then the file would lose an item. A doubt, with the line.
 */
function numberedAsEarlierItem(
  lines: SourceLine[],
  at: number,
  last: ImportedItem,
  items: ImportedItem[],
): Doubt | undefined {
  const line = lines[at]!;
  if (at > 0 && !isBlank(lines[at - 1]!) && !line.pageStart) return undefined;
  const heading = readItemNumber(line.text.trim());
  if (!heading?.number || !heading.title || !/^\d+$/.test(heading.number) || !/^\d+$/.test(last.number ?? ''))
    return undefined;
  if (!(isCapitals(heading.title) || line.heading) || Number(heading.number) > Number(last.number)) return undefined;
  const earlier = items.some((i) => i.number === heading.number);
  return {
    line: line.number,
    what: `"${line.text.trim().slice(0, 60)}" after the last item, ${last.number}, is set apart as a heading numbered ${heading.number}${earlier ? ', as an earlier item is' : ''}: it may be an item the minutes misnumbered, and it was not read as one`,
    todo: `if it is an item, give its heading the number its place gives (${Number(last.number) + 1}) and say in its text that the minutes print ${heading.number}; if it is part of item ${last.number}, write it as a paragraph of that item`,
  };
}

/**
 * "9. Correspondence - all previously circulated.": a heading that runs on,
 * after a dash, into the item's only sentence, with nothing below it but an
 * empty line. The whole line is the item's title as printed.
 */
function holdsItsOnlyText(title: string, below: SourceLine | undefined): boolean {
  return runsOnIntoText(title) && (!below || isBlank(below));
}

/**
 * "… (Gareth Epps" / "– OCC)": the title's bracket is left open at the page's
 * edge and the short line below closes it, and ends there; the line is the
 * rest of the title.
 */
function closesBracket(title: string, next: string): boolean {
  const open = (text: string) => (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length;
  return open(title) === 1 && /^[^()]{1,40}\)$/.test(next) && words(next) <= 6;
}

function endsTitle(title: string): boolean {
  return SENTENCE_END.test(title);
}

/** Lines that are furniture whatever their place: the pack's stamp, the Action column's header, page numbers and running headers. */
function markFurniture(lines: SourceLine[], ledger: Ledger): Map<number, string> {
  const marks = new Map<number, string>();
  const pages = findPageFurniture(lines, meetingNamed(lines));
  let blankRun: SourceLine[] = [];
  const closeRun = () => {
    if (blankRun.length >= 3) ledger.blankRun(blankRun[0]!.number, blankRun.length);
    blankRun = [];
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') {
      blankRun.push(line);
      continue;
    }
    closeRun();
    let what: string | undefined = line.furniture;
    if (what) {
      // The PDF reader found it by its place on the page.
    } else if (DOCUMENT_PACK.test(text)) what = 'a stamp of the printed document';
    else if (ACTION_HEADER.test(text)) what = 'the header of the Action column';
    else what = pages.get(line.number);
    if (what) {
      marks.set(line.number, what);
      ledger.furniture(line.number, text, what);
    }
  }
  closeRun();
  return marks;
}

/** The board and date the minutes open with, before anything is read: "At a meeting of …", or a title line "<board> - <date>". */
function meetingNamed(lines: SourceLine[]): MeetingNamed {
  const opening = lines.slice(0, 60);
  for (let i = 0; i < opening.length; i++) {
    if (isBlank(opening[i]!)) continue;
    const group = [];
    for (let k = i; k < opening.length && !isBlank(opening[k]!) && group.length < 4; k++) group.push(opening[k]!);
    const sentence = readOpeningSentence(joined(group));
    if (sentence) return { boardName: sentence.boardName, date: sentence.date, namedOnLine: group.at(-1)!.number };
  }
  for (const line of opening) {
    const title = readTitleLine(line.text);
    if (title) return { boardName: title.boardName, date: title.date, namedOnLine: line.number };
  }
  return {};
}

interface ItemStart {
  number: string;
  title: string;
  /** The line of the agenda's number under the title, "(Item 5)". */
  marker?: number;
  /** The last line of the title, when it wraps. */
  ends?: number;
  /** The minute's text on the title's line, when the title runs into it ("196/20 Openness … Notice The Chair read …"). */
  text?: string;
  /** The title ran on after a dash into the sentence that leads into the item's list ("Planning - the following …:"). */
  leadIn?: true;
  /** The number its place between its neighbours gives, where the printed one drops a digit of it ("6" for 56). */
  misprintOf?: string;
  /** A paragraph's head read as its title: how many lines after the first the title takes. */
  through?: number;
  /** Bold type, or a mark (a colon, a dash, a full stop), parts the title from the text on its line. */
  setApart?: true;
}

/** The lines that start a minute: its code or number, then a title, after an empty line. */
function findItemStarts(lines: SourceLine[]): Map<number, ItemStart> {
  const marked = findMarkedStarts(lines);
  if (marked.size >= 2) return marked;
  const starts = new Map<number, ItemStart>();
  const outOfStep: Array<{ index: number; number: string; title: string; after: number }> = [];
  let prefix: string | undefined;
  let lastNumber = -Infinity;
  lines.forEach((line, index) => {
    const text = line.text.trim().replace(/\s+/g, ' ');
    // A minute starts after an empty line, or at the head of a page.
    if (text === '' || line.action || line.row || (index > 0 && !isBlank(lines[index - 1]!) && !line.pageStart)) return;
    const heading = readItemNumber(text);
    if (!heading?.number || !heading.title) return;
    // A title in bold run into the text in the body's type ends where the bold ends.
    const bold = boldHead(heading.title, line.boldLead);
    const leadIn = bold || splitRunInTitle(heading.title) ? undefined : splitLeadIn(heading.title);
    const runIn = bold ?? splitRunInTitle(heading.title) ?? leadIn;
    const title = runIn?.title ?? heading.title;
    // A title starts with a capital, or with a reference such as a planning application's ("25/00412/FUL - Former Depot").
    const numeric0 = Number(/\d+/.exec(heading.number)?.[0] ?? NaN);
    const next = numeric0 === lastNumber + 1;
    if (
      !(/^[A-Z‘'"“(]/.test(title) || PLANNING_REFERENCE.test(title) || (next && /^\d/.test(title))) ||
      title.length > (line.heading ? 300 : 150) ||
      /[,;]$/.test(title)
    )
      return;
    // A sentence's full stop ends no title, unless the source set the line apart as a heading.
    if (
      /[.]$/.test(title) &&
      !isCapitals(title) &&
      !line.heading &&
      !(next && holdsItsOnlyText(title, lines[index + 1]))
    )
      return;
    const letters = /^[A-Za-z ]*/.exec(heading.number)![0].trim().toUpperCase();
    const numeric = Number(/\d+/.exec(heading.number)![0]);
    if (starts.size === 0) prefix = letters;
    else if (letters !== prefix) return;
    // Plain numbers must not go backwards: "1. That the report be noted" inside minute 23 is not a minute.
    if (letters === '' && starts.size > 0 && (numeric < lastNumber || numeric > lastNumber + 20)) {
      if (/^\d+$/.test(heading.number)) outOfStep.push({ index, number: heading.number, title, after: lastNumber });
      return;
    }
    if (letters === '' && starts.size === 0 && !isCapitals(title) && /^(?:That|The|It|A|An)\b/.test(title)) return;
    // "06.26.18.1 …" / "06.26.18.2 …" line after line under "06.26.14 Finance": a list's points, not items.
    const below = lines[index + 1];
    const itemBefore = [...starts.values()].at(-1)?.number;
    if (below && !isBlank(below) && startsListOfPoints(heading.number, itemBefore, below.text)) return;
    lastNumber = numeric;
    starts.set(
      index,
      runIn
        ? {
            number: heading.number,
            title,
            text: runIn.text,
            ...(leadIn ? { leadIn: true as const } : {}),
            ...(bold ? { setApart: true as const } : {}),
          }
        : { number: heading.number, title },
    );
  });
  return withOtherwisePrintedNumbers(lines, withParagraphItems(lines, withMisprints(starts, outOfStep)));
}

/**
 * "17.5.2 Apologies" printed straight below the attendance, with no gap above it, before the first item found:
 * an item all the same where a PDF sets it in the one type every item's heading is set in, which the line above
 * is not, and its number has as many parts as theirs. It comes first; whether its number is in order is the
 * items' doubts' to say. Copied text, which gives no type, is left as it was.
 */
function withHeadingBelowText(lines: SourceLine[], starts: Map<number, ItemStart>): Map<number, ItemStart> {
  if (starts.size < 3) return starts;
  const first = Math.min(...starts.keys());
  const fonts = new Set([...starts.keys()].map((index) => lines[index]!.font));
  const font = [...fonts][0];
  if (fonts.size !== 1 || font === undefined) return starts;
  const parts = (number: string) => number.split('.').length;
  const size = parts(starts.get(first)!.number);
  if ([...starts.values()].some((start) => parts(start.number) !== size)) return starts;
  // The paragraph just above the first item: its heading's text may stand between it and the item.
  let bottom = first - 1;
  while (bottom > 0 && isBlank(lines[bottom]!)) bottom--;
  for (let index = bottom; index > 0 && !isBlank(lines[index]!); index--) {
    const line = lines[index]!;
    const above = lines[index - 1]!;
    const heading = readItemNumber(line.text.trim());
    if (line.font !== font || isBlank(above) || above.font === font) continue;
    if (!heading?.number || !heading.title || !/^\p{Lu}/u.test(heading.title) || parts(heading.number) !== size)
      continue;
    return new Map([[index, { number: heading.number, title: heading.title }], ...starts]);
  }
  return starts;
}

/**
 * "55 Matters Arising", "6 Community Grant Applications", "57 Defibrillators":
 * a heading in the place of the number between its neighbours, printed with
 * a digit of that number dropped, is an item, numbered as printed, that the
 * reader is asked to check.
 */
function withMisprints(
  starts: Map<number, ItemStart>,
  outOfStep: Array<{ index: number; number: string; title: string; after: number }>,
): Map<number, ItemStart> {
  if (outOfStep.length === 0) return starts;
  const ordered = [...starts.keys()].sort((a, b) => a - b);
  for (const candidate of outOfStep) {
    const next = ordered.find((index) => index > candidate.index);
    const nextNumber = next === undefined ? NaN : Number(starts.get(next)!.number);
    const between = String(candidate.after + 1);
    if (nextNumber === candidate.after + 2 && between.endsWith(candidate.number) && between !== candidate.number)
      starts.set(candidate.index, { number: candidate.number, title: candidate.title, misprintOf: between });
  }
  return new Map([...starts.entries()].sort(([a], [b]) => a - b));
}

/**
 * ModernGov's printed minutes put the agenda's number under each title,
 * "(Item 5)": where they do, those titles are the items (numbered by the
 * minute number before the title, or else by the agenda's), and a numbered
 * paragraph between them is never one.
 */
function findMarkedStarts(lines: SourceLine[]): Map<number, ItemStart> {
  const starts = new Map<number, ItemStart>();
  lines.forEach((line, index) => {
    if (!AGENDA_NUMBER.test(line.text.trim())) return;
    // The title: the lines above the marker, up to an empty line (a title may wrap).
    let top = index - 1;
    while (top >= 0 && isBlank(lines[top]!)) top--;
    const bottom = top;
    while (top > 0 && !isBlank(lines[top - 1]!) && bottom - top < 3) top--;
    if (bottom < 0 || (top > 0 && !isBlank(lines[top - 1]!))) return;
    const text = joined(lines.slice(top, bottom + 1));
    if (text.length > 300 || (SENTENCE_END.test(text) && !/\)$/.test(text))) return;
    const agenda = /Item\s+([A-Za-z0-9.()]+)\)/i.exec(line.text)![1]!;
    const heading = readItemNumber(text);
    const number = heading?.number && heading.title ? heading.number : agenda;
    const title = heading?.number && heading.title ? heading.title : text;
    starts.set(top, { number, title, marker: index, ends: bottom });
  });
  return starts;
}

/** A run of lines in capitals inside the minutes (a section heading), as a count of lines, or 0. */
function capitalsRun(lines: SourceLine[], from: number, starts: Map<number, ItemStart>): number {
  let end = from;
  let total = 0;
  let last = from;
  while (
    end < lines.length &&
    !starts.has(end) &&
    !lines[end]!.action &&
    (isBlank(lines[end]!) || isCapitals(lines[end]!.text))
  ) {
    if (!isBlank(lines[end]!)) {
      if (readEndLine(lines[end]!.text)) break;
      total += words(lines[end]!.text);
      last = end;
    }
    end++;
  }
  return total >= 3 ? last - from + 1 : 0;
}

/**
 * The Action column's text lands after the decision it sits beside: a few
 * short lines at the end of the minute ("Executive Director" / "of
 * Children's" / "Services"), after a decision that ended its sentence.
 */
function takeActions(item: ImportedItem, body: Array<BodyLine & { line: number }>, ledger: Ledger): void {
  let start = body.length;
  while (start > 0 && start > body.length - 5) {
    const text = body[start - 1]!.text.trim();
    if (text.length > 40 || SENTENCE_END.test(text) || /^[·•\uf0b7-]/.test(text) || /^RESOLVED/i.test(text)) break;
    start--;
  }
  if (start === body.length || start === 0) return;
  const before = body[start - 1]!.text.trim();
  if (!SENTENCE_END.test(before) || !body.slice(0, start).some((l) => /^\s*RESOLVED\b/i.test(l.text))) return;
  const owner = body
    .slice(start)
    .map((l) => l.text.trim())
    .join(' ')
    .replace(/\s+/g, ' ');
  item.actions.push(owner);
  for (const line of body.slice(start)) ledger.field(line.line, line.text, 'the Action column');
  body.splice(start);
}

/**
 * When no opening sentence or title line gave the date, the one date the
 * header gives ("MINUTES OF THE ANNUAL MEETING HELD ON" / "TUESDAY, 6 MAY
 * 2025"): two different dates there leave it to the clerk (--date).
 */
export function readHeaderDate(lines: SourceLine[], minutes: ImportedMinutes): void {
  const found = new Map<string, SourceLine[]>();
  const texts = lines.filter((l) => !isBlank(l));
  texts.forEach((line, index) => {
    // A date may be split over two lines ("Tuesday 13", "March 2018"): read each line with the next.
    const own = datesIn(line.text);
    const withNext = own.length > 0 ? own : datesIn(`${line.text} ${texts[index + 1]?.text ?? ''}`);
    for (const date of withNext) found.set(date, [...(found.get(date) ?? []), line]);
  });
  if (found.size !== 1) return;
  // The lines stay in the text above the first item: the date is read from them, not taken out.
  minutes.date = [...found.keys()][0]!;
}

/**
 * Before the first minute: the board's name, "At a meeting of …", and the attendance lists (the lines' paragraphs
 * are parted by empty lines). `itemType` is the type the first numbered item's heading is set in, where a PDF says.
 * Returns the last paragraph when it is an apologies line alone ("Apologies - None"), read into the attendance, which
 * the items' numbers may show to be the first item, printed without its number.
 */
export function readHeader(lines: SourceLine[], minutes: ImportedMinutes, itemType?: string): SourceLine | undefined {
  const { ledger } = minutes;
  const preamble = new BlockBuilder();
  const read = readListsSideBySide(lines, minutes);
  // Group the lines into paragraphs at empty lines.
  const groups: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (read.has(line)) continue;
    if (isBlank(line)) {
      if (current.length) groups.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) groups.push(current);

  let openingRead = false;
  /** The list the group above ended in, which a group of posts with names goes on. */
  let lastList: keyof ImportedAttendance | undefined;
  /** The list whose label stood alone in the group above, with no names after it. */
  let emptyLabel: keyof ImportedAttendance | undefined;
  /** Whether that label was "PRESENT IN THE CHAIR:", whose paragraph below is the chair and the chair's title. */
  let chairLabel = false;
  let headed: { title: string; line: number; blocks: BlockBuilder; textBelow?: true; setAsItems?: boolean } | undefined;
  /** A line alone in the items' type after the heading's text, just above the first item ("Items"). */
  let itemsHeading: SourceLine | undefined;
  /** The paragraph read last, when it is an apologies line alone. */
  let loneApologies: SourceLine | undefined;
  for (const [index, group] of groups.entries()) {
    loneApologies = undefined;
    const text = joined(group);
    const opening = readOpeningSentence(text);
    if (opening && !openingRead && (!minutes.date || minutes.date === opening.date)) {
      openingRead = true;
      minutes.boardName = opening.boardName;
      minutes.date = opening.date;
      if (opening.start) minutes.start = opening.start;
      if (opening.venue) minutes.venue = opening.venue;
      for (const line of group) ledger.field(line.number, line.text, 'the board, date and venue of the meeting');
      continue;
    }
    // A title line "<board> - <date>", as some councils print above the minutes (and again atop each page).
    const title = group.length === 1 && !SENTENCE_END.test(text) ? readTitleLine(text) : undefined;
    if (title && (!minutes.date || minutes.date === title.date)) {
      minutes.boardName ??= title.boardName;
      minutes.date ??= title.date;
      if (title.start) minutes.start ??= title.start;
      ledger.field(group[0]!.number, group[0]!.text, 'the board and date of the meeting');
      continue;
    }
    // Officials listed one to a line below a list ("Clerical Officer, Newcastle West (Ms. A. Lenihan).") go on that list.
    const listAbove = lastList;
    const labelAbove = emptyLabel;
    const chairAbove = chairLabel;
    lastList = undefined;
    emptyLabel = undefined;
    chairLabel = false;
    const startsList = attendanceLabel(group[0]!.text) || BARE_LABEL.test(group[0]!.text.trim());
    // Names one a line with their initials, after a gap below their label or the list before ("Cathy Fleet (CF) CLERK").
    const above = listAbove ?? labelAbove;
    const initialled = above && !startsList ? initialledNames(group.map((l) => l.text)) : undefined;
    if (above && initialled) {
      addWithOfficers(minutes.attendance, above, initialled);
      for (const line of group) ledger.field(line.number, line.text, `the attendance (${above}), one name a line`);
      lastList = above;
      continue;
    }
    // "An Méara John Moran." on a line of its own below the members present: the Mayor, a member, by the title.
    const civic = listAbove === 'present' && group.length === 1 ? CIVIC_TITLE.exec(text) : null;
    if (civic) {
      addToAttendance(minutes.attendance, 'present', [{ name: civic[2]!, role: civic[1]! }]);
      ledger.field(group[0]!.number, group[0]!.text, 'the attendance (present)');
      lastList = 'present';
      continue;
    }
    // "MEMBERS PRESENT:" alone, then "Councillors: Carey, Conway and Teefy." apart: the label heads the paragraph below.
    // "PRESENT IN THE CHAIR:" alone, then "Nora Walsh, An Leas Cathaoirleach." apart: the chair, with the title.
    if (labelAbove && !startsList) {
      addToAttendance(minutes.attendance, labelAbove, chairAbove ? readChair(text) : readNames(text));
      for (const line of group) ledger.field(line.number, line.text, `the attendance (${labelAbove})`);
      lastList = labelAbove;
      continue;
    }
    const posts = listAbove && !startsList ? readPostsWithNames(text) : undefined;
    if (listAbove && posts) {
      minutes.attendance[listAbove] = [...(minutes.attendance[listAbove] ?? []), ...posts];
      for (const line of group) ledger.field(line.number, line.text, `the attendance (${listAbove})`);
      lastList = listAbove;
      continue;
    }
    // A group may hold several labelled lists, one starting on each labelled line.
    // "PRESENT" alone on its line heads the list below it, as "Present:" does.
    const bare = BARE_LABEL.exec(group[0]!.text.trim());
    if (bare && group.length > 1) group[0] = { ...group[0]!, text: `${group[0]!.text.trim()}:` };
    const labelled = group.filter((l) => attendanceLabel(l.text));
    const table = labelled.length === 1 ? tableOfNames(group) : undefined;
    if (table) {
      minutes.attendance[table.list] = [...(minutes.attendance[table.list] ?? []), ...table.people];
      for (const line of group)
        ledger.field(line.number, line.text, `the attendance (${table.list}), names and their initials`);
      continue;
    }
    // "Present" over the members' list, the clerk after a tab, "Members of the Public - …" on a line of its own.
    const laidOut = labelled.length > 0 ? readAttendanceLines(group) : undefined;
    if (laidOut) {
      for (const [list, people] of Object.entries(laidOut.attendance) as Array<
        [keyof ImportedAttendance, ImportedPerson[]]
      >)
        minutes.attendance[list] = [...(minutes.attendance[list] ?? []), ...people];
      for (const line of laidOut.read)
        ledger.field(line.number, lines.find((l) => l.number === line.number)?.text ?? line.text, 'the attendance');
      if (laidOut.doubts.length > 0) (minutes.doubts ??= []).push(...laidOut.doubts);
      // What follows the lists (a heading printed with no gap, a sentence) is text before the items, each line as set.
      const [head, ...rest] = laidOut.after;
      if (head && readItemNumber(head.text)?.title) (headed?.blocks ?? preamble).paragraph(head.text.trim());
      const text = joined(head && readItemNumber(head.text)?.title ? rest : laidOut.after);
      if (text !== '') (headed?.blocks ?? preamble).paragraph(text);
      continue;
    }
    if (labelled.length > 0 && attendanceLabel(group[0]!.text)) {
      let list: ReturnType<typeof attendanceLabel>;
      let gathered = '';
      let below: SourceLine[] = [];
      const flush = () => {
        if (!list) return;
        // A label alone on its line over names one a line (each with its initials, or each a name alone): each line is a person.
        const initialled = list.rest === '' ? initialledNames(below.map((l) => l.text)) : undefined;
        if (initialled) return addWithOfficers(minutes.attendance, list.list, initialled);
        const oneALine = list.rest === '' && !list.chair ? namesOneALine(below) : undefined;
        if (oneALine) return addToAttendance(minutes.attendance, list.list, oneALine);
        const people = list.chair ? readChair(gathered) : readNames(gathered);
        addToAttendance(minutes.attendance, list.list, people);
      };
      for (const line of group) {
        const label = attendanceLabel(line.text);
        if (label) {
          flush();
          list = label;
          gathered = label.rest;
          below = [];
        } else {
          gathered = `${gathered} ${line.text.trim()}`;
          below.push(line);
        }
        ledger.field(
          line.number,
          lines.find((l) => l.number === line.number)?.text ?? line.text,
          `the attendance (${(label ?? list)!.list})`,
        );
      }
      flush();
      lastList = list?.list;
      if (group.length === 1 && list && list.rest.trim() === '') {
        emptyLabel = list.list;
        chairLabel = list.chair === true;
      }
      if (group.length === 1 && list?.list === 'apologies') loneApologies = group[0];
      continue;
    }
    if (group.every((l) => isCapitals(l.text))) {
      // Before the opening sentence, capitals are the board's name; after it, a section heading of the printed page.
      if (!minutes.date) {
        minutes.boardName ??= text;
        for (const line of group) ledger.field(line.number, line.text, "the board's name");
      } else
        for (const line of group) ledger.furniture(line.number, line.text, 'a section heading of the printed page');
      continue;
    }
    // A heading of its own line after the attendance ("Election of Chair"), before the first numbered minute, heads the text below it.
    if (headed === undefined && listsRead(minutes) && group.length === 1 && isUnnumberedHeading(text)) {
      headed = { title: text, line: group[0]!.number, blocks: new BlockBuilder() };
      continue;
    }
    // The same heading with its text straight below it, no gap between: "Richard Noble" / "It was with great sadness …".
    const heading = group[0]!.text.trim();
    if (
      headed === undefined &&
      listsRead(minutes) &&
      group.length > 1 &&
      !group[0]!.wraps &&
      isUnnumberedHeading(heading) &&
      /^\p{Lu}/u.test(group[1]!.text.trim())
    ) {
      headed = {
        title: heading,
        line: group[0]!.number,
        blocks: new BlockBuilder(),
        textBelow: true,
        setAsItems: setAsItemHeading(group, itemType),
      };
      headed.blocks.paragraph(joined(group.slice(1)));
      continue;
    }
    if (headed?.setAsItems && index === groups.length - 1 && group.length === 1 && group[0]!.font === itemType) {
      itemsHeading = group[0]!;
      continue;
    }
    (headed?.blocks ?? preamble).paragraph(text);
  }
  if (
    headed &&
    (headed.setAsItems || headed.blocks.blocks.some((b) => b.kind === 'paragraph' && RESOLUTION.test(b.text)))
  ) {
    // What it heads holds a resolution, or it is set as the numbered items' headings are, over text set otherwise:
    // it is an unnumbered item before the numbered ones, as an election of the chair, or a tribute, is.
    if (itemsHeading)
      ledger.furniture(itemsHeading.number, itemsHeading.text, 'a heading of the items, with no text of its own');
    ledger.field(headed.line, headed.title, "the item's title");
    minutes.items.push({
      title: headed.title,
      blocks: headed.blocks.blocks,
      cutShort: false,
      actions: [],
      line: headed.line,
      ...(headed.setAsItems ? { setAsNumbered: true } : {}),
    });
  } else if (headed) {
    // Text under a heading of its own, before the numbered items, may be an item the minutes did not number.
    if (headed.textBelow)
      (minutes.doubts ??= []).push({
        line: headed.line,
        what: `"${headed.title}" heads text of its own before the first numbered item, so it may be an item the minutes did not number`,
        todo: 'if it is an item, give it a heading line as the other items have ("## Title" in the file); otherwise accept it as text before the items',
      });
    preamble.paragraph(headed.title);
    preamble.blocks.push(...headed.blocks.blocks);
  }
  minutes.preamble = preamble.blocks;
  return headed ? undefined : loneApologies;
}

/**
 * A heading over its text, before the numbered items, set in the type the numbered items' headings are (the
 * same font and size, which a PDF tells), over text set otherwise: the minutes present it as they present an
 * item, only unnumbered. Text with no PDF type to it (copied text) never says so.
 */
function setAsItemHeading(group: SourceLine[], itemType: string | undefined): boolean {
  return (
    itemType !== undefined && group[0]!.font === itemType && group.slice(1).every((line) => line.font !== itemType)
  );
}

/** Attendance lists printed side by side, one name a line under each label, read column by column. */
function readListsSideBySide(lines: SourceLine[], minutes: ImportedMinutes): Set<SourceLine> {
  const read = new Set<SourceLine>();
  for (const head of lines.filter((l) => l.row?.header)) {
    const rows = lines.filter((l) => l.row?.table === head.row!.table && !l.row.header);
    const attendance = readAttendanceColumns(
      head.row!.cells,
      rows.map((l) => l.row!.cells),
    );
    if (!attendance) continue;
    for (const [list, people] of Object.entries(attendance) as Array<[keyof ImportedAttendance, ImportedPerson[]]>)
      addToAttendance(minutes.attendance, list, people);
    for (const line of [head, ...rows]) {
      minutes.ledger.field(line.number, line.text, 'the attendance, lists side by side');
      read.add(line);
    }
  }
  return read;
}

/** A labelled list laid out as a table of names and their initials, every line of it in cells ("Present: A Name | AN | …"). */
function tableOfNames(group: SourceLine[]) {
  const label = attendanceLabel(group[0]!.cells?.[0] ?? '');
  if (!label || !group.every((l) => l.cells)) return undefined;
  const rows = group.map((l) => [...l.cells!]);
  if (label.rest === '') rows[0]!.shift();
  else rows[0]![0] = label.rest;
  const people = readAttendanceTable(rows);
  return people ? { list: label.list, people } : undefined;
}

/** A paragraph that opens with the word of a resolution, after its own number: "2. RESOLVED that …". */
const RESOLUTION = /^(?:\(?\d{1,2}[.)]\s+)?(?:RESOLVED|AGREED)\b/;

const listsRead = (minutes: ImportedMinutes) => (minutes.attendance.present?.length ?? 0) > 0;

/** A short line in title or sentence case that does not end as a sentence does, and is no label: "Election of Chair". */
function isUnnumberedHeading(text: string): boolean {
  return (
    /^\p{Lu}/u.test(text) &&
    words(text) <= 8 &&
    !SENTENCE_END.test(text) &&
    !/[:,;]/.test(text) &&
    !/\d/.test(text) &&
    !isCapitals(text)
  );
}
