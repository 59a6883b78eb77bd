import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { loadArchive } from '../load/archive.ts';
import { closest } from '../text/closest.ts';
import { isIsoDate, isTimeOfDay, longDate, mediumDate, MONTH_NAMES } from '../text/dates.ts';
import { draftMinutes } from './draft-minutes.ts';

export interface NewMeetingRequest {
  /** The archive's root (holding `_data/` and `content/`). */
  root: string;
  board?: string;
  date?: string;
  time?: string;
  /** For a second meeting on one day: `extraordinary` makes `<date>-extraordinary.md`. */
  suffix?: string;
}

export type NewMeetingResult = { ok: true; file: string; message: string } | { ok: false; problems: string[] };

const SUFFIX = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Creates the file of a meeting's draft minutes, or says plainly why not.
 * Never overwrites: a file that exists, even one created a moment ago by
 * someone else, is left as it is.
 */
export function createMeeting(request: NewMeetingRequest): NewMeetingResult {
  const archive = loadArchive(request.root);
  const problems: string[] = [];
  const boardIds = archive.boards.map((b) => b.id);
  const board = archive.boards.find((b) => b.id === request.board);
  if (!request.board) problems.push(`Say which board met, with --board <id> (${listOf(boardIds)}).`);
  else if (!board) problems.push(unknownBoard(request.board, boardIds));
  if (!request.date) problems.push('Say when the meeting was, with --date YYYY-MM-DD.');
  else {
    const dateProblem = checkDate(request.date);
    if (dateProblem) problems.push(dateProblem);
  }
  if (request.time !== undefined && !isTimeOfDay(request.time)) problems.push(badTime(request.time));
  if (request.suffix !== undefined && !SUFFIX.test(request.suffix)) {
    problems.push(
      `"${request.suffix}" cannot end a file name: use lower case letters, digits and hyphens, such as --suffix extraordinary.`,
    );
  }
  if (problems.length || !board || !request.date) return { ok: false, problems };

  const slug = request.suffix ? `${request.date}-${request.suffix}` : request.date;
  const file = `content/${board.id}/${slug}.md`;
  const absolute = path.join(request.root, file);
  const taken = () => ({
    ok: false as const,
    problems: [
      `${file} already exists, and npm run new never overwrites minutes. Edit that file instead${request.suffix ? '' : ', or, if the board met twice that day, add --suffix extraordinary (or another word) for the second meeting'}.`,
    ],
  });
  if (existsSync(absolute)) return taken();

  const previous = archive.meetings.filter((m) => m.boardId === board.id && m.date < request.date!).at(-1);
  const text = draftMinutes({
    board,
    people: new Map(archive.people.map((p) => [p.id, p])),
    date: request.date,
    ...(request.time ? { start: request.time } : {}),
    ...(previous ? { previous } : {}),
  });
  mkdirSync(path.dirname(absolute), { recursive: true });
  try {
    writeFileSync(absolute, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return taken();
    throw error;
  }

  const next = [
    'In the attendance, move anyone who did not come from present to apologies or absent, then remove the line "confirmed: false".',
    'Number each item as the agenda does (for example ## 26. Minutes) and write its minutes under it.',
    'Run npm run check, and commit the file when it reports no errors.',
  ];
  const lines = [
    `Created ${file}: draft minutes of the ${board.name}, ${longDate(request.date)}.`,
    '',
    'Next:',
    ...next.map((step, i) => `  ${i + 1}. ${step}`),
  ];
  if (previous?.status === 'draft') {
    lines.push(
      '',
      `The minutes of ${mediumDate(previous.date)} (${previous.file}) are still a draft. If this meeting approved them,`,
      `say so under Minutes ("The Minutes of the meeting held on ${mediumDate(previous.date)} were taken as read and signed as a correct record.")`,
      `and change "status: draft" to "status: approved" in ${previous.file}.`,
    );
  }
  return { ok: true, file, message: `${lines.join('\n')}\n` };
}

function unknownBoard(id: string, boardIds: string[]): string {
  const near = closest(id, boardIds);
  const known = boardIds.length
    ? `The boards in _data/boards.yaml are ${listOf(boardIds)}.`
    : '_data/boards.yaml lists no boards yet.';
  return `There is no board "${id}" in _data/boards.yaml. ${near.length ? `Did you mean ${near.join(' or ')}? ` : ''}${known}`;
}

function checkDate(date: string): string | undefined {
  if (isIsoDate(date)) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (iso) {
    const month = Number(iso[2]);
    const monthName = MONTH_NAMES[month - 1];
    return `${date} is not a real date: ${monthName ? `there is no ${Number(iso[3])} ${monthName} ${iso[1]}` : `there is no month ${month}`}. Check the day and the month on the agenda.`;
  }
  const guess = guessDate(date);
  return `"${date}" is not a date written YYYY-MM-DD.${guess ? ` Did you mean --date ${guess} (${longDate(guess)})?` : ' Write the year, month and day, such as 2025-12-08.'}`;
}

/** A date written another common way (2025-9-8, 8/12/2025 as UK minutes write it), in YYYY-MM-DD. */
function guessDate(text: string): string | undefined {
  const pad = (n: string) => n.padStart(2, '0');
  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const guess = ymd
    ? `${ymd[1]}-${pad(ymd[2]!)}-${pad(ymd[3]!)}`
    : dmy
      ? `${dmy[3]}-${pad(dmy[2]!)}-${pad(dmy[1]!)}`
      : undefined;
  return guess && isIsoDate(guess) ? guess : undefined;
}

function badTime(time: string): string {
  const match = /^(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm)?$/i.exec(time.trim());
  let guess: string | undefined;
  if (match) {
    let hours = Number(match[1]);
    const pm = match[3]?.toLowerCase() === 'pm';
    if (match[3] && hours >= 1 && hours <= 12) hours = (hours % 12) + (pm ? 12 : 0);
    const candidate = `${String(hours).padStart(2, '0')}:${match[2] ?? '00'}`;
    if (isTimeOfDay(candidate) && candidate !== time) guess = candidate;
  }
  return `"${time}" is not a time on the 24-hour clock written HH:MM.${guess ? ` Did you mean --time ${guess}?` : ' For half past six in the evening write --time 18:30.'}`;
}

function listOf(ids: string[]): string {
  return ids.length <= 1 ? ids.join('') : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
}
