import { readNames } from './attendance.ts';
import type { ImportedPerson } from './minutes.ts';

/**
 * The initials minutes use for a member, from the words of the name before
 * any bracket: "Helen Laing (SBC)" → "HL".
 */
function initialsOf(name: string): string {
  return name
    .replace(/\s*[({].*$/, '')
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

/** A name printed so close to its initials that they came out as one cell: "Carol Hamilton (SBC) CH". */
function splitInitials(cell: string): string[] {
  const match = /^(.*\S)\s+(\p{Lu}{2,4})$/u.exec(cell.trim());
  return match && initialsOf(match[1]!) === match[2] ? [match[1]!, match[2]!] : [cell];
}

/**
 * An attendance list laid out as a table, each member's name in a cell and,
 * in the cell after it, the initials the minutes use for them (the key to an
 * Action column of initials): "Present: Catherine Chisholm | CC | Graham
 * Dolan | GD". The rows are the cells after the list's label. Read only when
 * every row is such pairs and every initials cell is its name's initials;
 * otherwise undefined, and the list is read as text.
 */
export function readAttendanceTable(rows: string[][]): ImportedPerson[] | undefined {
  const people: ImportedPerson[] = [];
  for (const row of rows) {
    const cells = row.flatMap(splitInitials);
    if (cells.length === 0 || cells.length % 2 !== 0) return undefined;
    for (let i = 0; i < cells.length; i += 2) {
      const name = cells[i]!.trim();
      const initials = cells[i + 1]!.trim();
      if (!/^\p{Lu}{2,4}$/u.test(initials) || initialsOf(name) !== initials) return undefined;
      const read = readNames(name);
      if (read.length !== 1) return undefined;
      people.push(read[0]!);
    }
  }
  return people.length > 0 ? people : undefined;
}
