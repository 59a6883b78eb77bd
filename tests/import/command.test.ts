import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { runScript } from '../support/build-site.ts';
import { archiveWithout, factsOf, seed } from './helpers.ts';

const runImport = (root: string, ...args: string[]) => runScript('import', [...args, '--root', root]);
const meetingFiles = (root: string) =>
  readdirSync(path.join(root, 'content/cyp'))
    .filter((f) => f.endsWith('.md'))
    .sort();

/** A source file of the given bytes in a fresh folder. */
function sourceFile(name: string, bytes: string | Buffer): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'minute-book-source-'));
  writeFileSync(path.join(folder, name), bytes);
  return path.join(folder, name);
}

describe('npm run import', () => {
  it('writes the meeting, prints the report, and the archive checks', async () => {
    const root = archiveWithout('cyp/2025-09-08.md');
    const result = await runImport(root, seed('000_c9d01984250c9223.txt'), '--board', 'cyp');
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain('Wrote content/cyp/2025-09-08.md');
    expect(result.stdout).toContain('shape:        moderngov-page');
    expect(result.stdout).toContain(
      'found:        9 items (2 cut short), 4 decisions, 0 actions, 0 attendees, 1 declaration, 9 documents',
    );
    expect(result.stdout).toMatch(/kept: +\d+ of \d+ words of the source \(9\d\.\d%\)/);
    expect(result.stdout).toContain('line 1: a heading of the web page: Agenda and minutes');
    expect(result.stdout).toContain(
      "line 95: the web page's link to the full text: view the full minutes text for item 16.",
    );
    const check = await runScript('check', ['--root', root, '--format', 'json']);
    expect(check.exitCode, check.stdout).toBe(0);
  });

  it('finds the board from the text when --board is left out', async () => {
    const root = archiveWithout('cyp/2024-07-15.md');
    const result = await runImport(root, seed('002_e312ee2690d8cbe4.txt'));
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain('Wrote content/cyp/2024-07-15.md');
    expect(result.stdout).toContain('meeting:      cyp, 2024-07-15 to 20:30, Civic Suite, Town Hall, Runcorn');
    expect(result.stdout).toContain('line 27: the header of the Action column: Action');
  });

  it('stops with exit code 2 and writes nothing when the text gives no date', async () => {
    const root = archiveWithout('cyp/2025-01-20.md');
    const before = meetingFiles(root);
    const result = await runImport(root, seed('004_fdaf00bf4ed9b5ef.txt'), '--board', 'cyp');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('no meeting date found in 004_fdaf00bf4ed9b5ef.txt; pass --date YYYY-MM-DD');
    expect(meetingFiles(root)).toEqual(before);
  });

  it('stops when the board is unknown, or cannot be placed without --board', async () => {
    const root = archiveWithout('cyp/2025-11-10.md');
    const unknown = await runImport(
      root,
      seed('003_ca5e37797c0e9ba8.txt'),
      '--board',
      'planning',
      '--date',
      '2025-11-10',
    );
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain(
      'unknown board "planning": the boards in _data/boards.yaml are cyp (Children, Young People and Families Policy and Performance Board)',
    );
    const unplaced = await runImport(root, seed('003_ca5e37797c0e9ba8.txt'), '--date', '2025-11-10');
    expect(unplaced.exitCode).toBe(2);
    expect(unplaced.stderr).toContain('003_ca5e37797c0e9ba8.txt does not name its board; pass --board <id>');
    expect(existsSync(path.join(root, 'content/cyp/2025-11-10.md'))).toBe(false);
  });

  it('never replaces an existing meeting without --force', async () => {
    const root = archiveWithout();
    const original = readFileSync(path.join(root, 'content/cyp/2025-09-08.md'), 'utf8');
    const refused = await runImport(root, seed('000_c9d01984250c9223.txt'), '--board', 'cyp');
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain(
      'content/cyp/2025-09-08.md already exists; nothing was written. Pass --force to replace it.',
    );
    expect(readFileSync(path.join(root, 'content/cyp/2025-09-08.md'), 'utf8')).toBe(original);
    const forced = await runImport(root, seed('000_c9d01984250c9223.txt'), '--board', 'cyp', '--force');
    expect(forced.exitCode, forced.stderr).toBe(0);
    expect(readFileSync(path.join(root, 'content/cyp/2025-09-08.md'), 'utf8')).not.toBe(original);
  });

  it('--dry-run prints the meeting and writes nothing', async () => {
    const root = archiveWithout('cyp/2025-09-08.md');
    const result = await runImport(root, seed('000_c9d01984250c9223.txt'), '--board', 'cyp', '--dry-run');
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain('## 13. MINUTES');
    expect(result.stdout).toContain('Dry run: would write content/cyp/2025-09-08.md');
    expect(existsSync(path.join(root, 'content/cyp/2025-09-08.md'))).toBe(false);
  });

  it('names the shapes it knows when it cannot tell the shape, or is given an unknown one', async () => {
    const root = archiveWithout();
    const prose = sourceFile(
      'letter.txt',
      'Dear resident,\n\nThank you for your letter about the bins.\n\nYours sincerely\n',
    );
    const unknown = await runImport(root, prose, '--board', 'cyp', '--date', '2025-12-01');
    expect(unknown.exitCode).toBe(2);
    for (const shape of ['moderngov-page', 'moderngov-table', 'moderngov-item', 'pdf-text'])
      expect(unknown.stderr).toContain(`  ${shape}: `);
    const wrong = await runImport(root, seed('000_c9d01984250c9223.txt'), '--shape', 'word-document');
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr).toContain(
      'unknown shape "word-document": the importer knows auto, moderngov-page, moderngov-table, moderngov-item, pdf-text',
    );
  });

  it('refuses an empty file and a file that is not UTF-8, writing nothing', async () => {
    const root = archiveWithout();
    const empty = await runImport(root, sourceFile('empty.txt', ''), '--board', 'cyp', '--date', '2025-12-01');
    expect(empty.exitCode).toBe(2);
    expect(empty.stderr).toContain('empty.txt is empty: there is nothing to import');
    const latin1 = Buffer.from(readFileSync(seed('000_c9d01984250c9223.txt'), 'utf8').replace(/’/g, "'"), 'latin1');
    const notUtf8 = await runImport(root, sourceFile('latin1.txt', latin1), '--board', 'cyp');
    expect(notUtf8.exitCode).toBe(2);
    expect(notUtf8.stderr).toMatch(/latin1\.txt is not UTF-8 text \(line \d+ has a byte that UTF-8 does not allow\)/);
    expect(notUtf8.stderr).not.toContain('Ã');
    expect(existsSync(path.join(root, 'content/cyp/2025-12-01.md'))).toBe(false);
  });

  it('reads Windows line endings and a byte-order mark as the same text', async () => {
    const plain = archiveWithout('cyp/2025-09-08.md');
    await runImport(plain, seed('000_c9d01984250c9223.txt'), '--board', 'cyp');
    const windows = archiveWithout('cyp/2025-09-08.md');
    const text = readFileSync(seed('000_c9d01984250c9223.txt'), 'utf8');
    const result = await runImport(
      windows,
      sourceFile('windows.txt', `\uFEFF${text.replace(/\n/g, '\r\n')}`),
      '--board',
      'cyp',
    );
    expect(result.exitCode, result.stderr).toBe(0);
    const written = readFileSync(path.join(windows, 'content/cyp/2025-09-08.md'), 'utf8');
    expect(written).not.toContain('\r');
    expect(written).not.toContain('\uFEFF');
    const meeting = (root: string) => factsOf(loadArchive(root).meetings.find((m) => m.key === 'cyp/2025-09-08')!);
    expect(meeting(windows)).toEqual(meeting(plain));
  });

  it('imports a folder and prints one summary table', async () => {
    const root = archiveWithout('cyp/2025-09-08.md', 'cyp/2024-07-15.md');
    const folder = mkdtempSync(path.join(tmpdir(), 'minute-book-folder-'));
    mkdirSync(folder, { recursive: true });
    for (const name of ['000_c9d01984250c9223.txt', '002_e312ee2690d8cbe4.txt', '004_fdaf00bf4ed9b5ef.txt'])
      copyFileSync(seed(name), path.join(folder, name));
    const result = await runImport(root, folder, '--board', 'cyp');
    expect(result.exitCode).toBe(2);
    const table = result.stdout.slice(result.stdout.indexOf('| file'));
    expect(table.split('\n').slice(0, 5)).toEqual([
      expect.stringMatching(
        /^\| file +\| verdict +\| shape +\| date +\| items \| decisions \| attendees \| declarations \| kept +\|$/,
      ),
      expect.stringMatching(/^\|-+\|/),
      expect.stringMatching(
        /^\| 000_c9d01984250c9223\.txt \| written: content\/cyp\/2025-09-08\.md +\| moderngov-page \| 2025-09-08 \| 9 +\| 4 +\| 0 +\| 1 +\| 9\d\.\d% \|$/,
      ),
      expect.stringMatching(
        /^\| 002_e312ee2690d8cbe4\.txt \| written: content\/cyp\/2024-07-15\.md +\| pdf-text +\| 2024-07-15 \| 9 +\| 6 +\| 17 +\| 0 +\| 9\d\.\d% \|$/,
      ),
      expect.stringMatching(
        /^\| 004_fdaf00bf4ed9b5ef\.txt \| refused: no meeting date found in 004_fdaf00bf4ed9b5ef\.txt; pass --date YYYY-MM-DD/,
      ),
    ]);
    expect(result.stdout).toContain('2 of 3 files imported without doubt, 0 with doubts, 1 refused.');
    expect(existsSync(path.join(root, 'content/cyp/2024-07-15.md'))).toBe(true);
  });
});
