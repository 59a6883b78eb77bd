import { attendanceLabel } from './attendance.ts';
import type { Doubt } from './doubts.ts';
import { readOpeningSentence } from './meeting-facts.ts';
import type { SourceLine } from './source-file.ts';

const isBlank = (line: SourceLine) => line.text.trim() === '';
const joined = (group: SourceLine[]) =>
  group
    .map((l) => l.text.trim())
    .join(' ')
    .replace(/\s+/g, ' ');
/** "PRESENT" alone on its line, as a heading of the list below it. */
const BARE_PRESENT = /^(?:Members\s+)?Present\s*:?$/i;

/**
 * A second meeting's minutes after the first's, in the same file: a
 * paragraph that opens as minutes do ("At a meeting of … on <another
 * date>") with its own attendance list just below. Its items would be read
 * as the first meeting's, so the file is refused, saying so. The lines are
 * the source's own, furniture included: a second meeting's title beside a
 * page break is not a running header.
 */
export function findSecondMeeting(lines: SourceLine[], from: number, date: string | undefined): Doubt | undefined {
  if (!date) return undefined;
  for (let i = Math.max(from, 1); i < lines.length; i++) {
    if (isBlank(lines[i]!) || (!isBlank(lines[i - 1]!) && !lines[i]!.pageStart)) continue;
    const group: SourceLine[] = [];
    for (let k = i; k < lines.length && !isBlank(lines[k]!) && group.length < 4; k++) group.push(lines[k]!);
    const opening = readOpeningSentence(joined(group));
    if (!opening || opening.date === date) continue;
    const below = lines
      .slice(i + group.length, i + group.length + 20)
      .filter((l) => !isBlank(l))
      .slice(0, 6);
    if (!below.some((l) => attendanceLabel(l.text) !== undefined || BARE_PRESENT.test(l.text.trim()))) continue;
    return {
      line: group[0]!.number,
      what: `a second meeting starts here ("${joined(group).slice(0, 80)}…", on ${opening.date}, with its own attendance): the file holds the minutes of more than one meeting, and this one's items would be read as the meeting of ${date}'s`,
      todo: 'split the file so that each holds one meeting, and import each on its own',
    };
  }
  return undefined;
}
