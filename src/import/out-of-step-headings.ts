import { readItemNumber } from './item-number.ts';
import type { SourceLine } from './source-file.ts';

/** "17.05.4", "19.09.01": a number of three or more groups of digits, as parish minutes number by year and month. */
const DATED = /^\d{1,4}(?:\.\d{1,4}){2,}$/;

const groupsOf = (number: string) => number.split('.').map(Number);

/**
 * A line inside an item's text that reads as the heading of an item of the
 * same numbering, but whose number is none of the items' and goes back from
 * theirs: "16.05.15 Parish Meeting Concerns" between "17.05.13 Public
 * Participation" and "17.05.15 Any Other Business", where the clerk mistyped
 * the year. The reader takes an item's number only while the numbers go
 * forward, so the line became text of the item before, and the file would
 * lose an item with no word missing. Only numberings of three or more groups
 * of digits count ("17.05.4"), where a numbered point of an item would be
 * numbered deeper than the items, not alike; a number that differs from the
 * items' in more than one group before its last is a date or a reference,
 * not a heading.
 *
 * Returns, for each such line, its line number, the heading and the number
 * of the item it was read into.
 */
export function outOfStepHeadings(
  lines: SourceLine[],
  starts: ReadonlyMap<number, { number: string }>,
): Array<{ line: number; heading: string; within: string }> {
  const items = [...starts.entries()].sort(([a], [b]) => a - b);
  const dated = items.filter(([, s]) => DATED.test(s.number));
  if (dated.length < 3 || dated.length * 2 < items.length) return [];
  const size = groupsOf(dated[0]![1].number).length;
  if (dated.some(([, s]) => groupsOf(s.number).length !== size)) return [];
  const known = new Set(items.map(([, s]) => groupsOf(s.number).join('.')));
  const found: Array<{ line: number; heading: string; within: string }> = [];
  lines.forEach((line, index) => {
    if (starts.has(index)) return;
    const before = items.filter(([at]) => at < index).at(-1);
    if (!before || !DATED.test(before[1].number)) return;
    const text = line.text.trim().replace(/\s+/g, ' ');
    const heading = readItemNumber(text);
    if (!heading?.title || !/^\p{Lu}/u.test(heading.title) || !DATED.test(heading.number)) return;
    const groups = groupsOf(heading.number);
    if (groups.length !== size || known.has(groups.join('.'))) return;
    const previous = groupsOf(before[1].number);
    const differing = groups.slice(0, -1).filter((g, i) => g !== previous[i]).length;
    if (differing > 1) return;
    // Forward, it would have been read as an item; only a number that goes back was left as text.
    if (compare(groups, previous) >= 0) return;
    found.push({ line: line.number, heading: text.slice(0, 70), within: before[1].number });
  });
  return found;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
