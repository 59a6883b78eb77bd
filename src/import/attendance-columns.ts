import { addToAttendance, attendanceLabel, readNames } from './attendance.ts';
import { looksLikeAName } from './doubts.ts';
import type { ImportedAttendance, ImportedPerson } from './minutes.ts';

/** "Nick Oakhill (NO) CHAIR", "Heidi Dennison (HD)[Acting Chair]": a name, its initials, and a post after them. */
const NAME_WITH_INITIALS =
  /^(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})\s*\((\p{Lu}{2,4})\)\s*(?:\[([^\]]+)\]|(\p{Lu}[\p{Lu} ]*))?$/u;
/** A post that is an officer's, not a member's. */
const OFFICER_POST = /\b(?:clerk|officer|rfo)\b/i;

/**
 * Attendance printed as lists side by side, one name a line under each
 * list's label ("Present:" and "Members of the Public:"): each column is
 * read as its list. A name followed by its initials in brackets is read
 * without them, the post after them as its role; a person in the present
 * list whose post is an officer's (the clerk) is listed among the officers.
 * Undefined unless every column's label is an attendance label.
 */
export function readAttendanceColumns(header: string[], rows: string[][]): ImportedAttendance | undefined {
  const labels = header.map((cell) => attendanceLabel(cell));
  if (labels.some((label) => !label || label.rest !== '' || label.chair)) return undefined;
  const attendance: ImportedAttendance = {};
  labels.forEach((label, k) => {
    const people = rows.flatMap((row) => {
      const cell = (row[k] ?? '').trim();
      if (cell === '') return [];
      const own = nameWithInitials(cell);
      return own ? [own] : readNames(cell);
    });
    addWithOfficers(attendance, label!.list, people);
  });
  return attendance;
}

/** Adds people to a list, those whose post is an officer's (the clerk) to the officers instead. */
export function addWithOfficers(
  attendance: ImportedAttendance,
  list: keyof ImportedAttendance,
  people: ImportedPerson[],
): void {
  const officers = people.filter((p) => p.role !== undefined && OFFICER_POST.test(p.role));
  const rest = people.filter((p) => !officers.includes(p));
  if (rest.length > 0 || officers.length === 0) addToAttendance(attendance, list, rest);
  if (officers.length > 0) addToAttendance(attendance, 'officers', officers);
}

/** Lines that are each a name with its initials ("Rob Large (RL)"), as people; undefined unless every line is. */
export function initialledNames(lines: string[]): ImportedPerson[] | undefined {
  const people = lines.map(nameWithInitials);
  return people.length > 0 && people.every((p) => p !== undefined) ? (people as ImportedPerson[]) : undefined;
}

/**
 * Lines under a label alone on its line that are each one person's name
 * ("Katy Draper," / "David Carlisle" / "C/Cllr Epps"), as people, one a line:
 * read joined, two names with no comma between would be taken for one.
 * Undefined unless there are at least two lines, none runs on to the next
 * (wraps), and each alone reads as exactly one name of at least two words
 * as printed, so a name broken over two lines is never split.
 */
export function namesOneALine(lines: ReadonlyArray<{ text: string; wraps?: boolean }>): ImportedPerson[] | undefined {
  if (lines.length < 2 || lines.some((line) => line.wraps)) return undefined;
  const people: ImportedPerson[] = [];
  for (const line of lines) {
    const text = line.text.trim().replace(/,$/, '');
    const read = readNames(text);
    if (read.length !== 1 || text.split(/\s+/).length < 2 || /,| and /.test(text) || !looksLikeAName(read[0]!.name))
      return undefined;
    people.push(read[0]!);
  }
  return people;
}

/** "Nick Oakhill (NO) CHAIR" → Nick Oakhill, role CHAIR, where the initials are the name's. */
export function nameWithInitials(text: string): ImportedPerson | undefined {
  const match = NAME_WITH_INITIALS.exec(text.trim());
  if (!match) return undefined;
  const name = match[1]!;
  const initials = name
    .split(/\s+/)
    .map((word) => word[0])
    .join('');
  if (initials !== match[2]) return undefined;
  const role = (match[3] ?? match[4])?.trim();
  return role ? { name, role } : { name };
}
