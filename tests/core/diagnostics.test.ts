import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { copyOfSampleArchive, meetingFile } from '../support/archive-copy.ts';
import { buildSite, runScript } from '../support/build-site.ts';

/** The diagnostics about the files added to a copy of the sample archive. */
function diagnosticsWith(files: Record<string, string | Buffer>) {
  const added = Object.keys(files);
  return loadArchive(copyOfSampleArchive(files), { today: '2026-11-22' }).diagnostics.filter((d) =>
    added.includes(d.file),
  );
}

describe('each kind of bad content gets a clear diagnostic naming its file and line', () => {
  it('malformed YAML', () => {
    const [d, ...rest] = diagnosticsWith({
      'content/cyp/2025-12-01.md': meetingFile('date: 2025-12-01\nstatus: draft\nvenue: [Town Hall\n'),
    });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: 'content/cyp/2025-12-01.md', severity: 'error', code: 'yaml-syntax' });
    expect(d!.line).toBeGreaterThanOrEqual(4);
    expect(d!.message).toMatch(/YAML cannot be read/);
  });

  it('a missing date', () => {
    const diagnostics = diagnosticsWith({
      'content/cyp/2025-12-01.md': meetingFile('status: draft\nvenue: Town Hall'),
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'content/cyp/2025-12-01.md',
        line: 2,
        severity: 'error',
        code: 'field-missing',
        message: 'the meeting: "date" is missing',
      }),
    ]);
  });

  it('an impossible date', () => {
    const diagnostics = diagnosticsWith({
      'content/cyp/2025-02-30.md': meetingFile('date: 2025-02-30\nstatus: draft'),
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'content/cyp/2025-02-30.md',
        line: 2,
        column: 7,
        severity: 'error',
        code: 'date-impossible',
      }),
    ]);
    expect(diagnostics[0]!.message).toContain('2025-02-30, a date that does not exist');
  });

  it('a file under a board that does not exist', () => {
    const diagnostics = diagnosticsWith({
      'content/planning/2025-12-01.md': meetingFile('date: 2025-12-01\nstatus: draft'),
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'content/planning/2025-12-01.md',
        line: 1,
        severity: 'error',
        code: 'board-unknown',
      }),
    ]);
    expect(diagnostics[0]!.message).toContain('board "planning", which is not in _data/boards.yaml');
  });

  it('a meeting file whose name and date disagree', () => {
    const diagnostics = diagnosticsWith({
      'content/cyp/2025-12-01.md': meetingFile('status: draft\ndate: 2025-12-02'),
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'content/cyp/2025-12-01.md',
        line: 3,
        column: 7,
        severity: 'error',
        code: 'date-file-mismatch',
      }),
    ]);
    expect(diagnostics[0]!.hint).toContain('Rename the file to 2025-12-02.md');
  });

  it('two items with the same number', () => {
    const body = '## 5. Minutes\n\nAgreed.\n\n## 6. Budget\n\nNoted.\n\n## 5. Public Question Time\n\nNone received.\n';
    const diagnostics = diagnosticsWith({
      'content/cyp/2025-12-01.md': meetingFile('date: 2025-12-01\nstatus: draft', body),
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'content/cyp/2025-12-01.md',
        line: 14,
        severity: 'error',
        code: 'item-duplicate',
        message: 'two items are numbered 5 (the other is on line 6)',
      }),
    ]);
  });

  it('an unknown person, with the closest known names as a suggestion', () => {
    const diagnostics = diagnosticsWith({
      'content/cyp/2025-12-01.md': meetingFile(
        'date: 2025-12-01\nstatus: draft\nattendance:\n  present:\n    - Logan\n    - P. Loyd Jones',
      ),
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'content/cyp/2025-12-01.md',
        line: 7,
        column: 7,
        severity: 'warning',
        code: 'person-unknown',
      }),
    ]);
    expect(diagnostics[0]!.message).toBe(
      '"P. Loyd Jones" matches nobody in _data/people.yaml, so it is shown as written',
    );
    expect(diagnostics[0]!.hint).toContain('Did you mean Councillor Peter Lloyd Jones');
  });

  it('a decision outside any item', () => {
    const diagnostics = diagnosticsWith({
      'content/cyp/2025-12-01.md': meetingFile(
        'date: 2025-12-01\nstatus: draft',
        'RESOLVED: That the report be noted.\n\n## 1. Minutes\n\nAgreed.\n',
      ),
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 6, severity: 'error', code: 'decision-outside-item' }),
    ]);
  });
});

describe('npm run check', () => {
  it('prints each diagnostic as path:line:column: severity: message and exits 1 on errors', async () => {
    const root = copyOfSampleArchive({
      'content/cyp/2025-02-30.md': meetingFile('date: 2025-02-30\nstatus: draft'),
      'content/cyp/2025-12-01.md': meetingFile('date: 2025-12-01\nstatus: draft\nattendance:\n  present: [Lgan]'),
    });
    const { stdout, exitCode } = await runScript('check', ['--root', root]);
    expect(exitCode).toBe(1);
    expect(stdout).toContain(
      'content/cyp/2025-02-30.md:2:7: error: the meeting: "date" is 2025-02-30, a date that does not exist',
    );
    expect(stdout).toContain('content/cyp/2025-12-01.md:5:13: warning: "Lgan" matches nobody in _data/people.yaml');
    expect(stdout).toMatch(/1 error, \d+ warnings?\./);
  });

  it('exits 0 on the sample archive', async () => {
    const { stdout, exitCode } = await runScript('check', []);
    expect(stdout).toContain('All content is fine');
    expect(exitCode).toBe(0);
  });
});

describe('the build refuses to publish content with errors', () => {
  it('writes nothing and leaves the previous site exactly as it was', async () => {
    const root = copyOfSampleArchive({ 'content/cyp/2025-12-01.md': meetingFile('date: 2025-12-01\nstatus: maybe') });
    const previous = path.join(copyOfSampleArchive(), '_site');
    mkdirSync(previous);
    writeFileSync(path.join(previous, 'index.html'), 'the previous site');
    const result = await buildSite({ root, out: previous });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      'content/cyp/2025-12-01.md:3:9: error: the meeting: "status" is "maybe"; it must be one of draft, approved',
    );
    expect(result.stderr).toContain('Nothing was published');
    expect(readFileSync(path.join(previous, 'index.html'), 'utf8')).toBe('the previous site');
    expect(existsSync(path.join(previous, 'cyp'))).toBe(false);
  });
});
