import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { Random } from './random.ts';
import { syntheticPdf } from './synthetic-pdf.ts';
import {
  ADJECTIVES,
  CONNECTORS,
  FIRST_NAMES,
  NOUNS,
  OFFICER_TITLES,
  PLACE_ENDINGS,
  PLACE_STEMS,
  REPORT_NOUNS,
  SUBJECTS,
  SURNAME_ENDINGS,
  SURNAME_STEMS,
  VERBS,
} from './vocabulary.ts';

export interface GenerateOptions {
  meetings: number;
  /** Defaults to one board per 400 meetings, at least four. */
  boards?: number;
  seed?: number;
  /** The last meeting's date; every meeting is on or before it. */
  lastDate?: string;
  /** Gives each meeting one paper: a PDF of about 200 KB for its second item (`syntheticPapers` makes them). */
  papers?: boolean;
}

/** The size of each synthetic paper. */
export const PAPER_BYTES = 200_000;

interface Person {
  id: string;
  first: string;
  surname: string;
}

interface SyntheticBoard {
  id: string;
  code: string;
  name: string;
  members: Person[];
}

const COMMITTEES = [
  'Planning Committee',
  'Licensing Committee',
  'Audit and Governance Committee',
  'Children and Young People Scrutiny Board',
  'Adult Social Care Scrutiny Board',
  'Environment and Transport Board',
  'Housing Board',
  'Health and Wellbeing Board',
  'Corporate Policy and Performance Board',
  'Employment, Learning and Skills Board',
  'Safer Communities Board',
  'Executive Board',
];

/** A synthetic archive as a map of relative paths to file contents, deterministic from the seed. */
export function generateArchive(options: GenerateOptions): Map<string, string> {
  const random = new Random(options.seed ?? 1);
  const boardCount = options.boards ?? Math.max(4, Math.ceil(options.meetings / 400));
  const files = new Map<string, string>();
  const usedIds = new Set<string>();
  const newPerson = (): Person => {
    for (;;) {
      const first = random.pick(FIRST_NAMES);
      const surname = `${random.pick(SURNAME_STEMS)}${random.pick(SURNAME_ENDINGS)}`;
      const id = `${first}-${surname}`.toLowerCase();
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return { id, first, surname };
      }
    }
  };
  const boards: SyntheticBoard[] = Array.from({ length: boardCount }, (_, i) => {
    const base = COMMITTEES[i % COMMITTEES.length]!;
    const round = Math.floor(i / COMMITTEES.length);
    return {
      id: `board-${String(i + 1).padStart(3, '0')}`,
      code:
        base
          .split(/[\s,]+/)
          .filter((w) => /^[A-Z]/.test(w))
          .map((w) => w[0])
          .join('')
          .slice(0, 3) + (round ? String(round) : ''),
      name: round ? `${base} (${round + 1})` : base,
      members: Array.from({ length: random.int(8, 12) }, newPerson),
    };
  });
  const officers = Array.from({ length: 12 + boardCount }, newPerson);

  files.set(
    '_data/site.yaml',
    [
      'authority: Synthetic Borough Council',
      'short_name: Synthetic',
      'base_url: https://minutes.example.org/',
      'locale: en-GB',
      'time_zone: Europe/London',
      'municipal_year_starts: 5',
      'contact:',
      '  name: Democratic Services',
      '  email: democratic.services@example.org',
      'licence:',
      '  name: Open Government Licence v3.0',
      '',
    ].join('\n'),
  );
  const people = [...boards.flatMap((b) => b.members), ...officers];
  files.set(
    '_data/people.yaml',
    people
      .map((p, i) =>
        [
          `- id: ${p.id}`,
          `  name: ${JSON.stringify(i < people.length - officers.length ? `Councillor ${p.first} ${p.surname}` : `${p.first} ${p.surname}`)}`,
          `  role: ${i < people.length - officers.length ? 'Councillor' : 'Officer'}`,
          `  aliases: [${JSON.stringify(`${p.first[0]}. ${p.surname}`)}, ${JSON.stringify(`${p.first} ${p.surname}`)}]`,
        ].join('\n'),
      )
      .join('\n') + '\n',
  );
  files.set(
    '_data/boards.yaml',
    boards
      .map((b) =>
        [
          `- id: ${b.id}`,
          `  name: ${JSON.stringify(b.name)}`,
          `  venue: ${JSON.stringify(`Council Chamber, ${town(random)} Town Hall`)}`,
          '  standing_items: [Minutes, Declarations of Interest, Public Question Time]',
          '  members:',
          ...b.members.map(
            (m, i) => `    - { person: ${m.id}${i === 0 ? ', role: Chair' : i === 1 ? ', role: Vice-Chair' : ''} }`,
          ),
        ].join('\n'),
      )
      .join('\n') + '\n',
  );

  const last = DateTime.fromISO(options.lastDate ?? '2026-10-30', { zone: 'utc' });
  boards.forEach((board, b) => {
    const count = Math.floor(options.meetings / boardCount) + (b < options.meetings % boardCount ? 1 : 0);
    const dates: string[] = [];
    let date = last.minus({ days: b });
    for (let i = 0; i < count; i++) {
      dates.unshift(date.toISODate()!);
      date = date.minus({ days: random.int(14, 35) });
    }
    let itemNumber = 1;
    dates.forEach((iso, i) => {
      const { text, items } = meeting(
        random,
        board,
        officers,
        iso,
        dates[i - 1],
        i === dates.length - 1 ? 'draft' : 'approved',
        itemNumber,
        options.papers ?? false,
      );
      itemNumber += items;
      files.set(`content/${board.id}/${iso}.md`, text);
    });
    const years = new Set(
      dates.map((d) => (Number(d.slice(5, 7)) >= 5 ? Number(d.slice(0, 4)) : Number(d.slice(0, 4)) - 1)),
    );
    for (const year of years) {
      files.set(
        `content/${board.id}/reports/annual-report-${year}-${String((year + 1) % 100).padStart(2, '0')}.md`,
        annualReport(random, board, year),
      );
    }
  });
  return files;
}

/** Writes a synthetic archive to `out`, replacing what was there. */
export function writeArchive(out: string, files: Map<string, string | Uint8Array>): void {
  rmSync(out, { recursive: true, force: true });
  for (const [name, text] of files) {
    mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    writeFileSync(path.join(out, name), text);
  }
}

function town(random: Random): string {
  return `${random.pick(PLACE_STEMS)}${random.pick(PLACE_ENDINGS)}`;
}

function sentence(random: Random, members: Person[]): string {
  const parts = [
    random.pick(CONNECTORS),
    `${random.pick(ADJECTIVES)} ${random.pick(NOUNS)} in ${random.pick(SUBJECTS)}`,
    random.chance(0.5) ? `at ${town(random)}` : `across ${random.int(2, 40)} ${random.pick(NOUNS)}`,
    random.chance(0.4)
      ? `had ${random.pick(['risen', 'fallen', 'remained stable', 'been reviewed'])} by ${random.int(1, 60)}% since ${random.int(2015, 2026)}`
      : `were ${random.pick(VERBS)} by Councillor ${random.pick(members).surname}`,
    random.chance(0.3)
      ? `with a cost of £${random.int(10, 990)},${String(random.int(0, 999)).padStart(3, '0')}`
      : `and ${random.pick(ADJECTIVES)} ${random.pick(NOUNS)} were expected`,
  ];
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: Random, members: Person[], sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, members)).join(' ');
}

/**
 * The PDF of each meeting that names one (`papers: true`): the text of its
 * second item, set on a page, padded to PAPER_BYTES. Made from the meeting
 * files, so the same archive gives the same papers.
 */
export function syntheticPapers(files: Map<string, string>): Map<string, Uint8Array> {
  const papers = new Map<string, Uint8Array>();
  let seed = 1;
  for (const [name, text] of files) {
    const match = /^(content\/[^/]+\/\d{4}-\d{2}-\d{2})\.md$/.exec(name);
    if (!match || !text.includes(`file: ${PAPER_FILE}`)) continue;
    const item = text.split(/^## /m)[2] ?? '';
    const [heading = 'Report', ...body] = item.split('\n');
    const lines =
      body
        .join(' ')
        .match(/.{1,95}(?:\s|$)/g)
        ?.map((line) => line.trim()) ?? [];
    papers.set(`${match[1]}/${PAPER_FILE}`, syntheticPdf(heading.trim(), lines, PAPER_BYTES, seed++));
  }
  return papers;
}

const PAPER_FILE = 'report.pdf';

function meeting(
  random: Random,
  board: SyntheticBoard,
  officers: Person[],
  date: string,
  previous: string | undefined,
  status: 'draft' | 'approved',
  firstNumber: number,
  withPaper: boolean,
) {
  const present = board.members.filter(() => random.chance(0.85));
  const apologies = board.members.filter((m) => !present.includes(m));
  const itemCount = random.int(8, 12);
  const number = (i: number) => `${board.code}${firstNumber + i}`;
  const items: string[] = [];
  for (let i = 0; i < itemCount; i++) {
    const subject = random.pick(SUBJECTS);
    if (i === 0) {
      items.push(
        `## ${number(i)} Minutes\n\n${previous ? `The Minutes of the meeting held on ${DateTime.fromISO(previous).toFormat('d LLLL yyyy')} were taken as read and signed as a correct record.` : 'There were no previous minutes to approve.'}\n`,
      );
      continue;
    }
    const body = [
      `The Board ${random.pick(VERBS)} a ${random.pick(REPORT_NOUNS)} from the ${random.pick(OFFICER_TITLES)} on ${subject}.`,
      ...Array.from({ length: random.int(2, 4) }, () => paragraph(random, board.members, random.int(2, 4))),
    ];
    if (random.chance(0.5))
      body.push(
        `The following points arose from the discussion:\n\n${Array.from({ length: random.int(3, 6) }, () => `- ${sentence(random, board.members)}`).join('\n')}`,
      );
    if (random.chance(0.03)) {
      body.push(`${paragraph(random, board.members, 1).slice(0, -1)} …\n\nCut short:`);
    } else if (random.chance(0.75)) {
      const parts = random.chance(0.2)
        ? `\n\n1) note the ${random.pick(REPORT_NOUNS)}; and\n2) approve the ${random.pick(ADJECTIVES)} ${random.pick(REPORT_NOUNS)} on ${subject}.`
        : '';
      body.push(
        parts
          ? `RESOLVED: That the Board${parts}`
          : `RESOLVED: That the ${random.pick(REPORT_NOUNS)} on ${subject} be ${random.pick(['noted', 'approved', 'endorsed', 'received'])}.`,
      );
      if (random.chance(0.3)) body.push(`Action: ${random.pick(OFFICER_TITLES)}`);
    }
    if (random.chance(0.1)) body.push(`Topics: ${subject}`);
    items.push(
      `## ${number(i)} ${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${random.pick(REPORT_NOUNS)}\n\n${body.join('\n\n')}\n`,
    );
  }
  const declarer = present.length > 0 && random.chance(0.2) ? random.pick(present) : undefined;
  const front = [
    '---',
    `date: ${date}`,
    `start: "${random.pick(['10:00', '14:00', '18:00', '18:30', '19:00'])}"`,
    `end: "${random.pick(['11:45', '16:10', '20:15', '20:45', '21:05'])}"`,
    `venue: ${JSON.stringify(`Council Chamber, ${town(random)} Town Hall`)}`,
    `status: ${status}`,
    'attendance:',
    // Minutes write names in more than one way; the people data's aliases resolve both.
    `  present: [${present.map((m, i) => JSON.stringify(i % 2 ? `${m.first[0]}. ${m.surname}` : `${m.first} ${m.surname}`)).join(', ')}]`,
    `  apologies: [${apologies.map((m) => JSON.stringify(`${m.first[0]}. ${m.surname}`)).join(', ')}]`,
    `  officers: [${random
      .sample(officers, random.int(3, 5))
      .map((o) => JSON.stringify(`${o.first} ${o.surname}`))
      .join(', ')}]`,
    ...(withPaper
      ? [
          'documents:',
          `  - title: ${JSON.stringify(`Report on item ${number(1)}`)}`,
          `    item: "${number(1)}"`,
          '    kind: report',
          `    file: ${PAPER_FILE}`,
        ]
      : []),
    ...(declarer
      ? [
          'declarations:',
          `  - who: ${JSON.stringify(`${declarer.first[0]}. ${declarer.surname}`)}`,
          `    item: "${number(random.int(1, itemCount - 1))}"`,
          `    kind: ${random.pick(['Disclosable Pecuniary Interest', 'Other Disclosable Interest'])}`,
          `    reason: ${JSON.stringify(`a family member works for a ${random.pick(NOUNS)} provider in ${town(random)}`)}`,
        ]
      : []),
    '---',
    '',
  ];
  return { text: `${front.join('\n')}\n${items.join('\n')}`, items: itemCount };
}

function annualReport(random: Random, board: SyntheticBoard, year: number): string {
  const sections = Array.from(
    { length: random.int(5, 9) },
    () =>
      `## ${random.pick(SUBJECTS).replace(/^./, (c) => c.toUpperCase())}\n\n${paragraph(random, board.members, random.int(4, 8))}\n`,
  );
  return `---\ntitle: ${JSON.stringify(`${board.name} Annual Report ${year}-${String((year + 1) % 100).padStart(2, '0')}`)}\ntype: annual-report\nperiod:\n  label: ${year}/${String((year + 1) % 100).padStart(2, '0')}\n---\n\n${sections.join('\n')}`;
}
