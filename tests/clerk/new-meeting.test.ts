import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { buildSite, runScript } from '../support/build-site.ts';
import { readPage, textOf } from '../support/html.ts';

const newMeeting = (root: string, ...args: string[]) => runScript('new', ['--root', root, ...args]);

describe('npm run new', () => {
  it("drafts a meeting with the board's venue, members and standing items, which checks and builds", async () => {
    const root = copyOfSampleArchive();
    const result = await newMeeting(root, '--board', 'cyp', '--date', '2025-12-08', '--time', '18:30');
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'Created content/cyp/2025-12-08.md: draft minutes of the Children, Young People and Families Policy and Performance Board, Monday 8 December 2025.',
    );
    // The meeting before is a draft: the clerk is told how to record its approval.
    expect(result.stdout).toContain('The minutes of 10 November 2025 (content/cyp/2025-11-10.md) are still a draft.');

    const text = readFileSync(path.join(root, 'content/cyp/2025-12-08.md'), 'utf8');
    expect(text).toMatch(/^date: 2025-12-08$/m);
    expect(text).toMatch(/^start: "18:30"$/m);
    expect(text).toMatch(/^status: draft\b/m);
    expect(text).toMatch(/^venue: Civic Suite, Town Hall, Runcorn$/m);
    expect(text.match(/^## .*$/gm)).toEqual(['## Minutes', '## Public Question Time', '## Executive Board Minutes']);

    const check = await runScript('check', ['--root', root, '--format', 'json']);
    expect(check.exitCode, check.stdout).toBe(0);
    const report = JSON.parse(check.stdout) as {
      errors: number;
      diagnostics: Array<{ file: string; code: string; severity: string }>;
    };
    expect(report.errors).toBe(0);
    // The attendance is the membership until the clerk confirms it: a warning on a draft.
    expect(
      report.diagnostics.filter((d) => d.file === 'content/cyp/2025-12-08.md').map((d) => `${d.severity} ${d.code}`),
    ).toEqual(['warning attendance-unconfirmed', 'warning item-empty', 'warning item-empty', 'warning item-empty']);
    expect(text).toMatch(/^ {2}confirmed: false\b/m);

    const build = await buildSite({ root });
    expect(build.exitCode, build.stderr).toBe(0);
    const page = readPage(build.out, '/cyp/2025-12-08/');
    expect(textOf(page.querySelector('.banner-draft'))).toContain('Draft minutes.');
    const present = [...page.querySelectorAll('.attendance h3')].find(
      (h) => textOf(h) === 'Present',
    )!.nextElementSibling!;
    expect([...present.querySelectorAll('li')].map(textOf)).toEqual([
      'Councillor Geoffrey Logan (Chair)',
      'Councillor Carol Plumpton Walsh (Vice-Chair)',
      'Councillor Sandra Baker',
      'Councillor Victoria Begg',
      'Councillor Louise Goodall',
      'Councillor Eddie Jones',
      'Councillor Peter Lloyd Jones',
      'Councillor Tony McDermott',
      'Councillor Margaret Ratcliffe',
      'Councillor Mike Ryan',
      'Councillor Aimee Skinner',
    ]);
    expect([...page.querySelectorAll('section.item h2')].map(textOf)).toEqual([
      'Minutes',
      'Public Question Time',
      'Executive Board Minutes',
    ]);
    expect(textOf(page.querySelector('.meeting-facts'))).toContain('Civic Suite, Town Hall, Runcorn');
  });

  it("takes venue, standing items and members on the date from the board's data", async () => {
    const root = copyOfSampleArchive({
      '_data/boards.yaml': [
        '- id: cyp',
        '  name: Children, Young People and Families Policy and Performance Board',
        '  venue: "Council Chamber: Municipal Building, Widnes"',
        '  standing_items: [Apologies for Absence, Declarations of Interest]',
        '  members:',
        '    - { person: geoffrey-logan, role: Chair }',
        '    - { person: sandra-baker, until: 2025-05-20 }',
        '    - { person: mike-ryan, from: 2025-05-21, role: Co-opted Member }',
        '',
      ].join('\n'),
    });
    const result = await newMeeting(root, '--board', 'cyp', '--date', '2026-01-12');
    expect(result.exitCode, result.stderr).toBe(0);
    const text = readFileSync(path.join(root, 'content/cyp/2026-01-12.md'), 'utf8');
    expect(text).toContain('venue: "Council Chamber: Municipal Building, Widnes"');
    expect(text.match(/^## .*$/gm)).toEqual(['## Apologies for Absence', '## Declarations of Interest']);
    expect(text).toContain('Councillor Geoffrey Logan');
    expect(text).toContain('- name: Councillor Mike Ryan\n      role: Co-opted Member');
    expect(text).not.toContain('Sandra Baker');
    // Without --time the start is left for the clerk, not guessed.
    expect(text).toMatch(/^start: +# when the meeting began/m);
    const check = await runScript('check', ['--root', root]);
    expect(check.exitCode, check.stdout).toBe(0);
  });

  it('refuses a date already taken and leaves the minutes as they were', async () => {
    const root = copyOfSampleArchive();
    const file = path.join(root, 'content/cyp/2025-09-08.md');
    const before = readFileSync(file, 'utf8');
    const result = await newMeeting(root, '--board', 'cyp', '--date', '2025-09-08');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      'content/cyp/2025-09-08.md already exists, and npm run new never overwrites minutes.',
    );
    expect(result.stderr).toContain('--suffix extraordinary');
    expect(readFileSync(file, 'utf8')).toBe(before);

    const second = await newMeeting(root, '--board', 'cyp', '--date', '2025-09-08', '--suffix', 'extraordinary');
    expect(second.exitCode, second.stderr).toBe(0);
    expect(existsSync(path.join(root, 'content/cyp/2025-09-08-extraordinary.md'))).toBe(true);
    const again = await newMeeting(root, '--board', 'cyp', '--date', '2025-09-08', '--suffix', 'extraordinary');
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain('content/cyp/2025-09-08-extraordinary.md already exists');
  });

  it('names the closest board when the board is unknown', async () => {
    const root = copyOfSampleArchive();
    const result = await newMeeting(root, '--board', 'cpy', '--date', '2025-12-08');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('There is no board "cpy" in _data/boards.yaml. Did you mean cyp?');
    expect(existsSync(path.join(root, 'content/cpy'))).toBe(false);
  });

  it('refuses malformed and impossible dates and bad times, suggesting what was meant', async () => {
    const root = copyOfSampleArchive();
    const cases: Array<[string[], string]> = [
      [
        ['--date', '8/12/2025'],
        '"8/12/2025" is not a date written YYYY-MM-DD. Did you mean --date 2025-12-08 (Monday 8 December 2025)?',
      ],
      [['--date', '2025-9-8'], 'Did you mean --date 2025-09-08'],
      [['--date', 'next monday'], '"next monday" is not a date written YYYY-MM-DD.'],
      [['--date', '2025-02-30'], '2025-02-30 is not a real date: there is no 30 February 2025.'],
      [['--date', '2025-13-01'], 'there is no month 13'],
      [
        ['--date', '2025-12-08', '--time', '6.30pm'],
        '"6.30pm" is not a time on the 24-hour clock written HH:MM. Did you mean --time 18:30?',
      ],
      [['--date', '2025-12-08', '--time', '25:00'], '"25:00" is not a time on the 24-hour clock'],
    ];
    for (const [args, message] of cases) {
      const result = await newMeeting(root, '--board', 'cyp', ...args);
      expect(result.exitCode, args.join(' ')).toBe(1);
      expect(result.stderr).toContain('Nothing was created');
      expect(result.stderr).toContain(message);
    }
    expect(existsSync(path.join(root, 'content/cyp/2025-12-08.md'))).toBe(false);
  });

  it('says how to call it when the board or date is missing', async () => {
    const result = await newMeeting(copyOfSampleArchive(), '--board', 'cyp');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('Say when the meeting was, with --date YYYY-MM-DD.');
    expect(result.stderr).toContain('Usage: npm run new -- --board <id> --date <YYYY-MM-DD>');
  });
});
