import { stringify } from 'yaml';
import type { Board, Meeting, Person } from '../model/types.ts';
import { longDate, mediumDate } from '../text/dates.ts';

/** What a draft is made from: the board's data, the date and time, and the meeting before. */
export interface DraftInput {
  board: Board;
  people: ReadonlyMap<string, Person>;
  date: string;
  start?: string;
  /** The board's latest meeting before this one, if any: its minutes may be approved tonight. */
  previous?: Meeting;
}

/**
 * The text of a new meeting file: a draft with the board's venue, its
 * members on that date as the attendance to tick off (marked
 * `confirmed: false`, which the check reports until it is removed), and its standing
 * items as headings. Items are left unnumbered: a number the clerk did not
 * write would be published silently if wrong, while a missing one is easy
 * to see. Guidance lives in YAML comments, which are never published (an
 * HTML comment in the body would be shown as text).
 */
export function draftMinutes(input: DraftInput): string {
  const { board, date } = input;
  const members = board.members.filter((m) => (!m.from || m.from <= date) && (!m.until || date <= m.until));
  const nameOf = (id: string) => input.people.get(id)?.name ?? id;
  const lines: string[] = [
    '---',
    `# Draft minutes of the ${board.name},`,
    `# ${longDate(date)}, made by npm run new. Lines starting # are notes`,
    '# for you and are never published; docs/clerks.md explains each step.',
    `date: ${date}`,
    input.start ? `start: "${input.start}"` : 'start:                 # when the meeting began, such as "18:30"',
    'end:                   # when it closed, such as "20:15"',
    board.venue ? `venue: ${scalar(board.venue)}` : 'venue:                 # where it met',
    'status: draft          # set to approved when a later meeting signs these minutes',
  ];
  if (input.previous?.status === 'draft') {
    lines.push(
      `# approves: [${input.previous.date}]   # if this meeting approved the minutes of ${mediumDate(input.previous.date)}`,
    );
  }
  lines.push(
    'attendance:',
    `  # The board's members on ${mediumDate(date)}. Move anyone who did not come`,
    '  # to apologies or absent, and add substitutes, officers and others.',
    '  confirmed: false      # remove this line once the lists below say who came',
  );
  lines.push(members.length ? '  present:' : '  present: []');
  for (const member of members) {
    const name = scalar(nameOf(member.personId));
    if (member.role === 'Member') lines.push(`    - ${name}`);
    else lines.push(`    - name: ${name}`, `      role: ${scalar(member.role)}`);
  }
  lines.push(
    '  apologies: []',
    '  absent: []',
    '  substitutes: []        # - { name: Councillor A. Name, for: Councillor B. Name }',
  );
  if (board.leadOfficerId) lines.push('  officers:', `    - ${scalar(nameOf(board.leadOfficerId))}`);
  else lines.push('  officers: []');
  lines.push(
    '  others: []',
    'declarations: []         # - { who: Councillor A. Name, item: "26", kind: Disclosable Pecuniary Interest, reason: ... }',
    '---',
    '',
  );
  for (const title of board.standingItems) lines.push(`## ${title}`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A YAML scalar, quoted only when it must be ("18:30" must, a plain name need not). */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
