import { cpSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { itemText } from '../../src/model/item-text.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { runScript } from '../support/build-site.ts';

// The corpus: one file per kind of mistake a clerk can make, in content/cyp/ of a copy of the sample.
const corpus = path.join(import.meta.dirname, 'fixtures/bad-content');

function archiveWithCorpus(): string {
  const root = copyOfSampleArchive();
  for (const name of readdirSync(corpus)) cpSync(path.join(corpus, name), path.join(root, 'content/cyp', name));
  // Made here rather than committed: 6 MB of text, and a link out of the archive.
  writeFileSync(
    path.join(root, 'content/cyp/2026-04-06.md'),
    `---\ndate: 2026-04-06\nstatus: draft\n---\n\n## 1. Minutes\n\n${'The minutes were agreed. '.repeat(260_000)}\n`,
  );
  writeFileSync(path.join(root, 'secret.md'), 'not for publication');
  symlinkSync(path.join(root, 'secret.md'), path.join(root, 'content/cyp/2026-04-13.md'));
  return root;
}

describe('a corpus of bad files', () => {
  const root = archiveWithCorpus();
  const diagnostics = loadArchive(root, { today: '2026-11-22' }).diagnostics;
  // So many drafts at once also (rightly) warns that older drafts are overdue for approval; that is not under test here.
  const about = (name: string) =>
    diagnostics
      .filter((d) => d.file === `content/cyp/${name}` && d.code !== 'approval-overdue')
      .map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);

  it.each([
    ['malformed YAML', '2026-01-05.md', ['4:18 error yaml-syntax']],
    [
      'wrong types: a list where a date belongs, a number where a time belongs, a map where a list belongs',
      '2026-01-12.md',
      ['2:7 error wrong-type', '4:8 error time-format', '6:12 error wrong-type'],
    ],
    ['an unknown field, a likely typo', '2026-01-19.md', ['4:1 warning field-unknown']],
    ['a missing required field', '2026-01-26.md', ['2:1 error field-missing']],
    ['an impossible time', '2026-02-02.md', ['4:8 error time-format']],
    ['an impossible date', '2026-02-30.md', ['2:7 error date-impossible']],
    ['a meeting in the future marked approved', '2030-01-07.md', ['1:1 error approved-in-future']],
    [
      'a second file for one meeting without a distinguishing suffix',
      '2026-02-09.markdown',
      ['1:1 error meeting-duplicate'],
    ],
    ['duplicate item numbers', '2026-02-16.md', ['10:1 error item-duplicate']],
    ['a decision outside any item', '2026-02-23.md', ['6:1 error decision-outside-item']],
    ['an empty file', '2026-03-02.md', ['1:1 error file-empty']],
    ['a file that is not UTF-8 (Windows-1252)', '2026-03-16.md', ['8:12 error not-utf8']],
    ['mojibake from a Windows code page', '2026-03-23.md', ['8:12 error mojibake']],
    ['an enormous file, refused with its size', '2026-04-06.md', ['1:1 error file-too-large']],
    ['a symlink leading outside the content folder', '2026-04-13.md', ['1:1 error symlink-outside']],
  ])('%s', (_what, name, expected) => {
    expect(about(name)).toEqual(expected);
  });

  it("names the typo's closest field and the enormous file's size", () => {
    expect(diagnostics.find((d) => d.code === 'field-unknown')?.hint).toBe('Did you mean "venue"?');
    expect(diagnostics.find((d) => d.code === 'file-too-large')?.message).toBe(
      'this file is 6.2 MB; the archive accepts files up to 5 MB',
    );
  });

  it('accepts a byte-order mark and Windows line endings, and reads the file right', () => {
    expect(about('2026-03-30.md')).toEqual([]);
    const meeting = loadArchive(root, { today: '2026-11-22' }).meetings.find((m) => m.date === '2026-03-30')!;
    expect(meeting.venue).toBe('Town Hall');
    expect(meeting.items[0]!.decisions[0]!.text).toBe('That the report be noted.');
    expect(itemText(meeting.items[0]!)).not.toContain('\r');
  });

  it('accepts curly quotes and other proper UTF-8', () => {
    expect(about('2026-03-09.md')).toEqual([]);
  });

  it('reports every problem in every file in one run of npm run check, never a stack trace', async () => {
    const { stdout, stderr, exitCode } = await runScript('check', ['--root', root]);
    expect(exitCode).toBe(1);
    for (const name of [
      '2026-01-05.md',
      '2026-01-12.md',
      '2026-02-30.md',
      '2026-03-16.md',
      '2026-04-13.md',
      '2026-02-09.markdown',
    ])
      expect(stdout).toContain(`content/cyp/${name}:`);
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });
});
