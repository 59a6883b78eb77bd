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

/**
 * "19.01.4 Matters Arising" between "19.03.3 Minutes" and "19.03.5 Adoption of W.I. Seat": an item numbered by
 * the meeting's year and month whose date part was left from an earlier meeting's minutes, while its last part
 * keeps counting. Its number goes back, but it is not a point inside the item before it: every other item's
 * number starts with the same date part, which is the meeting's own (19.03 for 5 March 2019; "19.3" counts as
 * "19.03"); its last part is exactly one more than the item before's and one less than the item after's; and
 * its heading is set in the type theirs are (a PDF's font and size; copied text, which does not tell, keeps the
 * doubt). The number is kept as printed.
 * Anything less (a last part that skips or repeats, a date part that is not the meeting's, the first or the
 * last item, other items that disagree) leaves the number's going back to be doubted.
 */
export function staleDatePart(
  items: ReadonlyArray<{ number?: string; line?: number }>,
  index: number,
  date: string | undefined,
  fontOf: (line: number | undefined) => string | undefined,
): boolean {
  const numbers = items.map((item) => (item.number && DATED.test(item.number) ? groupsOf(item.number) : undefined));
  const own = numbers[index];
  const before = numbers[index - 1];
  const after = numbers[index + 1];
  if (!own || !before || !after || own.length !== 3) return false;
  const others = numbers.filter((_, i) => i !== index);
  if (others.length < 3 || others.some((groups) => !groups || groups.length !== 3)) return false;
  const part = (groups: number[]) => groups.slice(0, -1).join('.');
  const shared = part(others[0]!);
  if (others.some((groups) => part(groups!) !== shared) || part(own) === shared) return false;
  // The shared date part is the meeting's: its year's last two digits and its month.
  const meeting = /^\d{2}(\d{2})-(\d{2})-\d{2}$/.exec(date ?? '');
  if (!meeting || shared !== `${Number(meeting[1])}.${Number(meeting[2])}`) return false;
  if (own.at(-1) !== before.at(-1)! + 1 || after.at(-1) !== own.at(-1)! + 1) return false;
  // Set as the others are: only a PDF tells the type; text copied without it leaves the doubt.
  const fonts = new Set(items.map((item) => fontOf(item.line)));
  return fonts.size === 1 && [...fonts][0] !== undefined;
}

/**
 * "16.07.2 Register of Interests" as the first item, where the items are numbered by the meeting's year and
 * month and so count from 1 at each meeting: the first item is missing its number or missing altogether
 * (printed above as "Apologies - None", with no number). The number the items should start from, or undefined.
 */
export function firstDatedItemMissing(
  items: ReadonlyArray<{ number?: string }>,
  date: string | undefined,
): string | undefined {
  const numbers = items.flatMap((item) => (item.number && DATED.test(item.number) ? [groupsOf(item.number)] : []));
  if (numbers.length < 3 || numbers.length !== items.length || numbers.some((groups) => groups.length !== 3))
    return undefined;
  const meeting = /^\d{2}(\d{2})-(\d{2})-\d{2}$/.exec(date ?? '');
  const first = numbers[0]!;
  if (!meeting || first[0] !== Number(meeting[1]) || first[1] !== Number(meeting[2]) || first[2]! <= 1)
    return undefined;
  // "17.5.2 Apologies" before "17.05.1 Election of Chair": the first item is there, out of order (its own doubt).
  if (items.some((item) => datedSequence(item.number!, date) === 1)) return undefined;
  return items[0]!.number;
}

/**
 * The place of "16.07.2" among a meeting's items numbered by its year and month (2), where the number is of that
 * form and its year and month are the meeting's ("17.5.2" for May 2017 too); undefined otherwise.
 */
export function datedSequence(number: string, date: string | undefined): number | undefined {
  if (!DATED.test(number)) return undefined;
  const groups = groupsOf(number);
  const meeting = /^\d{2}(\d{2})-(\d{2})-\d{2}$/.exec(date ?? '');
  if (!meeting || groups.length !== 3 || groups[0] !== Number(meeting[1]) || groups[1] !== Number(meeting[2]))
    return undefined;
  return groups[2];
}
