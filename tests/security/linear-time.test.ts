import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approvedDates } from '../../src/load/approval-sentence.ts';
import { loadArchive } from '../../src/load/archive.ts';
import { importText } from '../../src/import/import-minutes.ts';
import { dateFromProse, PROSE_DATE_PATTERN } from '../../src/text/dates.ts';
import { itemText } from '../../src/model/item-text.ts';
import { copyOfSampleArchive, meetingFile } from '../support/archive-copy.ts';
import { runScript } from '../support/build-site.ts';

/**
 * Content that made the check or the importer hang or crash (issue 24): a
 * sentence that repeats the parts of "the minutes … were approved as a correct
 * record" without a full stop (its time grew with the fourth power of its
 * length), a long run of spaces, a table of 6,000 rows and a list of 25,000
 * entries (both overflowed the call stack). No test here times anything: the
 * inputs are large enough that the old code ran for many minutes on them,
 * which the suite's time limit turns into a failure, and linear code reads
 * them in well under a second.
 */

const sampleRoot = copyOfSampleArchive();
const sample = loadArchive(sampleRoot, { today: '2026-11-22' });

function loadMeeting(body: string) {
  const root = copyOfSampleArchive({
    'content/cyp/2026-01-05.md': meetingFile('date: 2026-01-05\nstatus: draft', body),
  });
  const archive = loadArchive(root, { today: '2026-11-22', parseThreads: 1 });
  const meeting = archive.meetings.find((m) => m.date === '2026-01-05');
  const problems = archive.diagnostics.filter((d) => d.file === 'content/cyp/2026-01-05.md' && d.severity === 'error');
  return { meeting, problems };
}

const pdfText = (body: string) =>
  `At a meeting of the Board on Monday, 7 January 2030 in the Town Hall\n\nPresent: Councillors A and B\n\n\nCYP1 FIRST ITEM\n\n${body}\n`;

function importPdfText(body: string) {
  return importText(
    pdfText(body),
    'adversarial.txt',
    { root: sampleRoot, board: 'cyp', date: '2030-01-07', shape: 'pdf-text', dryRun: true },
    sample,
  );
}

describe('content that made the check hang or crash', () => {
  // As commands: a pattern that backtracks blocks the thread it runs on, so only a process of its own can be stopped by the suite's time limit.
  it('checks a 50 KB sentence repeating the parts of an approval without a full stop', async () => {
    const body = `## 1. Minutes\n\nA correct record ${'The minutes of the meeting of the board held on 1 June 2025 were approved as a '.repeat(640)}\n`;
    const root = copyOfSampleArchive({
      'content/cyp/2026-01-05.md': meetingFile('date: 2026-01-05\nstatus: draft', body),
    });
    const check = await runScript('check', ['--root', root, '--format', 'json']);
    expect(check.exitCode).toBe(0);
    const { meeting } = loadMeeting(body);
    // "correct record" comes before every verb, so nothing here records an approval.
    expect(meeting?.approves).toEqual([]);
  });

  const table = `## 1. Spending\n\n| No. | Supplier | What | Who | Amount | Paid |\n|---|---|---|---|---|---|\n${Array.from({ length: 6_000 }, (_, i) => `| ${i + 1} | Supplier ${i + 1} | Service | Department | £${i}.00 | 2025-06-01 |`).join('\n')}\n`;
  const list = `## 1. Items\n\n${Array.from({ length: 25_000 }, (_, i) => `- Entry ${i + 1}`).join('\n')}\n`;

  it('npm run check reads a spending table of 6,000 rows and a list of 25,000 entries (both overflowed the call stack)', async () => {
    const root = copyOfSampleArchive({
      'content/cyp/2026-01-05.md': meetingFile('date: 2026-01-05\nstatus: draft', table),
      'content/cyp/2026-01-12.md': meetingFile('date: 2026-01-12\nstatus: draft', list),
    });
    const check = await runScript('check', ['--root', root, '--format', 'json']);
    expect(check.stderr).toBe('');
    expect(check.exitCode).toBe(0);
  });

  it('loads the table and the list whole', () => {
    const spending = loadMeeting(table);
    expect(spending.problems).toEqual([]);
    const text = itemText(spending.meeting!.items[0]!);
    expect(text).toContain('Supplier 1\n');
    expect(text).toContain('Supplier 6000');
    const items = loadMeeting(list);
    expect(items.problems).toEqual([]);
    expect(items.meeting!.items[0]!.html).toContain('<li>Entry 25000</li>');
  });

  it('imports a line with a run of 160,000 spaces (80,000 took 54 s)', async () => {
    const source = path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-source-')), 'minutes.txt');
    writeFileSync(
      source,
      pdfText(
        `The Board noted the report.${' '.repeat(160_000)}x\n\nRESOLVED: That the report be noted.${' '.repeat(160_000)}`,
      ),
    );
    const imported = await runScript('import', [
      source,
      '--root',
      sampleRoot,
      '--board',
      'cyp',
      '--date',
      '2030-01-07',
      '--shape',
      'pdf-text',
      '--dry-run',
    ]);
    expect(imported.stderr).toBe('');
    expect(imported.exitCode).toBe(0);
    expect(imported.stdout).toContain('RESOLVED: That the report be noted.');
  });
});

/** The pattern approvedDates replaced, for comparing on short text, where it is quick. */
const OLD_APPROVAL = new RegExp(
  `minutes of the (?:last |previous |ordinary |special |extraordinary )?meeting(?: of the [^.]*?)? held on (?:[A-Z][a-z]+day,?\\s+)?${PROSE_DATE_PATTERN}[^.]*?(?:signed|approved|agreed|confirmed|accepted)[^.]*?correct record`,
  'gi',
);

function oldApprovedDates(text: string): { dates: string[]; impossible: string[] } {
  const dates: string[] = [];
  const impossible: string[] = [];
  for (const match of text.replace(/\s+/g, ' ').matchAll(OLD_APPROVAL)) {
    const date = dateFromProse(match[1]!, match[2]!, match[3]!);
    if (!date) impossible.push(`${match[1]} ${match[2]} ${match[3]}`);
    else if (!dates.includes(date)) dates.push(date);
  }
  return { dates, impossible };
}

/** The parts of approval sentences, and of text that looks like them, in any order. */
const approvalPart = fc.constantFrom(
  'The minutes of the meeting',
  'minutes of the last meeting',
  'Minutes of the Extraordinary Meeting',
  'minutes of the meetings',
  ' of the ',
  ' of the Board',
  ' of the Schools Forum',
  ' held on 1 June 2025',
  ' held on Monday, 9th June, 2025',
  ' held on 31 June 2025',
  ' held on 12 July 2024',
  ' held at 6pm',
  ' withheld on 2 May 2025',
  'held on 3 March 2025',
  ' were approved',
  ' were signed by the Chair',
  ' agreed',
  ' unconfirmed',
  ' accepted',
  ' as a correct record',
  ' correct record',
  'correct records',
  '.',
  '. ',
  ' ',
  '\n',
  '  \t ',
  ',',
  ' and',
  ' the',
);

describe('the approval sentence', () => {
  it('finds the dates (and the impossible dates) the pattern it replaced found, in any arrangement of its parts', () => {
    fc.assert(
      fc.property(fc.array(approvalPart, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        const impossible: string[] = [];
        const dates = approvedDates(text, (written) => impossible.push(written));
        expect({ dates, impossible }).toEqual(oldApprovedDates(text));
      }),
      { numRuns: 3_000 },
    );
  });

  it('finds the sentences as minutes write them', () => {
    expect(
      approvedDates(
        'The minutes of the meeting held on 9 June 2025 were approved as a correct record and signed by the Chair.',
      ),
    ).toEqual(['2025-06-09']);
    expect(
      approvedDates(
        'RESOLVED: That the minutes of the meeting of the Board held on Monday, 8th September, 2025 be agreed as a correct record. The minutes of the special meeting held on 1 October 2025 were signed as a correct record.',
      ),
    ).toEqual(['2025-09-08', '2025-10-01']);
    expect(
      approvedDates('The minutes of the meeting held on 9 June 2025. They were approved as a correct record.'),
    ).toEqual([]);
  });
});

/** Text made to make a backtracking pattern try again and again: long runs of one character, and the parts of the patterns repeated. */
const adversarialText = fc
  .array(
    fc.oneof(
      fc
        .tuple(
          fc.constantFrom(' ', '\t', '\u00a0', '|', '(', '-', '.', ':', '0', 'a', '*', '#', '>', '`', '[', '<'),
          fc.integer({ min: 1_000, max: 20_000 }),
        )
        .map(([c, n]) => c.repeat(n)),
      fc.tuple(approvalPart, fc.integer({ min: 1, max: 300 })).map(([part, n]) => part.repeat(n)),
      fc.constantFrom(
        'RESOLVED:',
        'Action: ',
        'Topics: ',
        'Cut short: ',
        '## 2. Item',
        '| a | b |\n|---|---|\n',
        '- ',
        '1. ',
        'Page 2 of 7',
        'Present: Councillors ',
        'declared an interest in item 4 as ',
        'view the full minutes text for item 3.',
        'pdf icon PDF 12 KB',
        '\n',
        '\n\n',
      ),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''));

describe('any adversarial text of up to about 120 KB', () => {
  // The sizes are capped, and the run counts small: what bounds the work. Each input is read in well under a second by linear code.
  it('is checked, never throwing, every file getting a diagnostic or a meeting', () => {
    fc.assert(
      fc.property(adversarialText, (text) => {
        const { meeting, problems } = loadMeeting(`## 1. Minutes\n\n${text}\n`);
        expect(meeting !== undefined || problems.length > 0).toBe(true);
      }),
      { numRuns: 15 },
    );
  });

  it('is imported or refused with a message, never throwing', () => {
    fc.assert(
      fc.property(adversarialText, (text) => {
        const result = importPdfText(text);
        if (!result.ok) expect(result.problem.length).toBeGreaterThan(10);
      }),
      { numRuns: 15 },
    );
  });
});
