import { addToAttendance, attendanceLabel, readNames } from './attendance.ts';
import { readItemNumber } from './item-number.ts';
import type { Doubt } from './doubts.ts';
import type { ImportedAttendance } from './minutes.ts';
import type { SourceLine } from './source-file.ts';

/** The lists read from an attendance paragraph laid out with tabs, and what follows them. */
export interface AttendanceLines {
  attendance: ImportedAttendance;
  /** The lines read into the lists. */
  read: SourceLine[];
  /** The lines after the lists, from the first that is no part of them: text before the items. */
  after: SourceLine[];
  doubts: Doubt[];
}

/** A post written before its holder's name, with no colon: "Clerk J Connelly", "Parish Clerk: Mrs A Lee". */
const POST_FIRST =
  /^((?:(?:Parish|Town|Assistant|Deputy)\s+)?Clerk(?:\s+(?:and|&)\s+(?:RFO|Responsible Financial Officer))?|RFO|Responsible Financial Officer)\s*(?::|[-–—])?\s+(?=\p{Lu})/u;
/** "Members of the Public", "Members of the public -", with no colon (with one it is a label). */
const PUBLIC = /^Members of the public\b\s*(?::-?|[-–—])?\s*/i;
/** One person's name: a title perhaps, then capitalised words or initials. */
const ONE_NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+$/u;
/** A line that goes on in the next: it ends in a comma, "and", "&", or a title waiting for its name. */
const GOES_ON = /(?:[,&]|\b(?:and|Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?))$/;
/** A title before a name, not part of it. */
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/;
/** A word of a list of names: capitalised, an initial, "&", or "and". */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.()-]*|\(?\p{Lu}[\p{L}-]*\)?|&|and|de|van|von|der|le|la|du|da|di|ap|ab),?$/u;

/** The title of a list of members: "Councillors", "Cllrs". */
const MEMBERS_TITLE = /^(?:Councillors|Cllrs)\.?\s+\p{Lu}/u;
/** One person with a title that is no councillor's: "Mr D Bellsham", "Mrs Ann Wood". */
const PERSONALLY_TITLED = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+$/u;

/** The names of a line, where each has a title that is no councillor's: "Mr D Bellsham and Mr A Wood". */
function personallyTitled(text: string): string[] | undefined {
  const parts = text.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/).filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => PERSONALLY_TITLED.test(part.trim())) ? parts : undefined;
}

interface Piece {
  text: string;
  line: SourceLine;
  /** The piece starts a line (not a cell after a gap). */
  startsLine: boolean;
}

type Kind = 'officer' | 'public' | 'label' | 'heading' | 'sentence' | 'names';

/**
 * Attendance as a clerk lays it out under "Present" in a word processor: the
 * members' list, then, after a tab or on a line of their own, the clerk and
 * the members of the public, each written after their post or label with no
 * colon ("P Moran ⇥ Clerk J Connelly", "Members of the Public - Two
 * Members"). Read as one paragraph, these run together into one "name"
 * ("P Moran Clerk J Connelly Members of the Public …"). Read by the PDF's
 * places, each piece the page sets apart (a piece after a tab's gap, or a
 * line that starts with a post or a label) is a list of its own:
 *
 * - a post and a name ("Clerk J Connelly") is the officer, the post as role;
 * - "Members of the Public" and what follows it is no person: one entry among
 *   the others, the words after the label kept as its note;
 * - an attendance label ("Apologies:") starts that list;
 * - anything else under the members' own label (a name in a cell of its own,
 *   the next line of the list) is more of that list.
 *
 * The lists end at a numbered heading ("17.5.2 Apologies", printed with no gap
 * below the attendance) or at a sentence ("Councillor Richardson welcomed …"):
 * those lines are returned as text after the lists. A line of names with no
 * post or label after the clerk's or the public's line ("Mr D Bellsham and
 * Mr A Wood") could be either, or members: it is text, and doubted; unless
 * the members were listed under one councillor's title ("Councillors D
 * Richardson (Chair), …") and each name of the line has a title that is no
 * councillor's ("Mr", "Mrs"): then the minutes mark them as no members, and
 * they are others.
 *
 * Undefined unless the layout is this one (some piece after the first starts
 * with a post or "Members of the Public", or sits in a cell of its own) and
 * every post names one person; then the paragraph is read as before.
 */
export function readAttendanceLines(group: SourceLine[]): AttendanceLines | undefined {
  const first = attendanceLabel(group[0]!.text);
  if (!first || first.chair || group.length < 2) return undefined;
  const segments = segmentsOf(piecesOf(group));
  // The layout is this one only where a later piece starts with a post or the public's label, or the page parts cells.
  const laidOut = segments.some((s) => s.kind === 'officer' || s.kind === 'public' || !s.startsLine);
  if (!laidOut) return undefined;

  const attendance: ImportedAttendance = {};
  const doubts: Doubt[] = [];
  /** The members present were listed under one councillor's title for all: "Councillors D Richardson (Chair), …". */
  const membersByTitle = first.list === 'present' && MEMBERS_TITLE.test(segments[0]?.text ?? '');
  /** The list names go on: the label's, until a post or the public's label ends it (then none). */
  let list: keyof ImportedAttendance | undefined = first.list;
  let end: SourceLine | undefined;
  for (const segment of segments) {
    const { kind, text } = segment;
    if (kind === 'label') {
      const label = attendanceLabel(text)!;
      list = label.list;
      if (label.rest.trim() !== '') addToAttendance(attendance, list, readNames(label.rest));
      continue;
    }
    if (kind === 'names' && list) {
      addToAttendance(attendance, list, readNames(text));
      continue;
    }
    if (kind === 'officer') {
      const post = POST_FIRST.exec(text)!;
      const name = text.slice(post[0].length).trim();
      // A post that names no one person ("Clerk J Connelly Mr D Bellsham"): the lists are read as before.
      if (!ONE_NAME.test(name)) return undefined;
      addToAttendance(attendance, 'officers', [{ name: name.replace(TITLE, ''), role: post[1]! }]);
      list = undefined;
      continue;
    }
    if (kind === 'public') {
      const rest = text.replace(PUBLIC, '').trim();
      addToAttendance(attendance, 'others', [{ name: 'Members of the public', ...(rest ? { note: rest } : {}) }]);
      list = undefined;
      continue;
    }
    // A heading, a sentence, or names under no label: the lists end here, at the start of a line.
    if (!segment.startsLine) return undefined;
    // "Mr D Bellsham and Mr A Wood" below the clerk, where the members were listed as "Councillors …": not members.
    const titled = kind === 'names' && membersByTitle ? personallyTitled(text) : undefined;
    if (titled) {
      addToAttendance(attendance, 'others', titled.flatMap(readNames));
      continue;
    }
    if (kind === 'names')
      doubts.push({
        line: segment.line.number,
        what: `"${text.slice(0, 60)}", a line of names below the attendance, has no label of its own: whether they are members, officers or members of the public cannot be told, so it was kept as text`,
        todo: 'add each under attendance: present:, officers: or others: as the minutes mean, and take the line out of the text',
      });
    else if (kind === 'heading')
      doubts.push({
        line: segment.line.number,
        what: `"${text.slice(0, 60)}" reads as the heading of an item, but is printed straight below the attendance with no gap, so it was kept as text before the items`,
        todo: 'check it against the PDF: if it is an item, import the draft with --accept-doubts and make it an item (a "## " heading); otherwise leave it',
      });
    end = segment.line;
    break;
  }
  const at = end ? group.indexOf(end) : group.length;
  return { attendance, read: group.slice(0, at), after: group.slice(at), doubts };
}

interface Segment {
  kind: Kind;
  text: string;
  /** Where it starts. */
  line: SourceLine;
  startsLine: boolean;
}

/**
 * The pieces as segments: a line that goes on from the line above (wrapped at the margin, or after a comma or
 * "and") is more of the segment above; so is a line of names under the members' own label, as before. A cell
 * after a gap, and a line that starts with a post, a label or a number, starts a segment of its own.
 */
function segmentsOf(pieces: Piece[]): Segment[] {
  const segments: Segment[] = [];
  let underLabel = true;
  pieces.forEach((piece, i) => {
    if (i === 0) {
      // The label's own line: what follows the label is the first segment's text.
      segments.push({ kind: 'names', text: attendanceLabel(piece.text)!.rest, line: piece.line, startsLine: true });
      return;
    }
    const kind = kindOf(piece.text);
    const previous = pieces[i - 1]!;
    const last = segments.at(-1)!;
    const goesOn = previous.line.wraps || GOES_ON.test(previous.text) || !previous.line.page;
    const wordsOnly = kind === 'names' || kind === 'sentence';
    if (piece.startsLine && wordsOnly && (goesOn || (underLabel && kind === 'names' && last.kind === 'names'))) {
      last.text = `${last.text} ${piece.text}`.trim();
      return;
    }
    if (kind === 'officer' || kind === 'public') underLabel = false;
    if (kind === 'label') underLabel = true;
    segments.push({ kind, text: piece.text, line: piece.line, startsLine: piece.startsLine });
  });
  return segments.filter((s) => s.text !== '' || s.kind !== 'names');
}

/** The group's pieces: the first line's text, then each line's cells (or the line, where it has none). */
function piecesOf(group: SourceLine[]): Piece[] {
  const pieces: Piece[] = [{ text: group[0]!.text.trim(), line: group[0]!, startsLine: true }];
  for (const line of group.slice(1)) {
    const cells = line.tabbed ?? line.cells ?? [line.text];
    cells.forEach((cell, k) => {
      if (cell.trim() !== '') pieces.push({ text: cell.trim(), line, startsLine: k === 0 });
    });
  }
  return pieces;
}

function kindOf(text: string): Kind {
  // A label with its colon ("Members of the public: Mr X") is read as that list, as it is anywhere.
  if (attendanceLabel(text)) return 'label';
  if (POST_FIRST.test(text)) return 'officer';
  if (PUBLIC.test(text)) return 'public';
  const heading = readItemNumber(text);
  if (heading?.number && heading.title && /^\p{Lu}/u.test(heading.title)) return 'heading';
  return text.split(/\s+/).every((word) => NAME_WORD.test(word)) ? 'names' : 'sentence';
}
