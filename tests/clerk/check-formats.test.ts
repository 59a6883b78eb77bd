import { describe, expect, it } from 'vitest';
import { copyOfSampleArchive, meetingFile } from '../support/archive-copy.ts';
import { runScript } from '../support/build-site.ts';
import { formatCheck } from '../../src/check/report.ts';
import type { Diagnostic } from '../../src/model/types.ts';

// A meeting with an unknown person and an item with no text (warnings), and a
// later one that leaves 8 September 2025 unapproved after two later meetings.
const warningsOnly = {
  'content/cyp/2025-12-08.md': meetingFile(
    'date: 2025-12-08\nstatus: draft\nattendance:\n  present: [Councillor Nobody Known]',
    '## 30. Minutes\n\n## 31. Budget\n\nRESOLVED: That the budget be noted.\n',
  ),
};
const withAnError = { ...warningsOnly, 'content/cyp/2026-01-12.md': meetingFile('date: 2026-01-21\nstatus: draft') };

/** One GitHub Actions workflow command: `::severity file=F,line=L,col=C,title=T::message`. */
const WORKFLOW_COMMAND = /^::(error|warning) file=([^,:]+),line=(\d+),col=(\d+),title=([^,:]+)::(.+)$/;

describe('npm run check', () => {
  it('keeps warnings apart from errors and passes (exit 0) when there are only warnings', async () => {
    const result = await runScript('check', ['--root', copyOfSampleArchive(warningsOnly)]);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).not.toContain('Errors');
    expect(result.stdout).toContain('Warnings (the site is still published):');
    expect(result.stdout).toContain(
      'content/cyp/2025-12-08.md:5:13: warning: "Councillor Nobody Known" matches nobody in _data/people.yaml',
    );
    expect(result.stdout).toContain('content/cyp/2025-12-08.md:8:1: warning: item 30 has no text');
    expect(result.stdout).toContain(
      'content/cyp/2025-09-08.md:1:1: warning: these minutes are still a draft after 2 later meetings of the board',
    );
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('0 errors, 3 warnings.');
  });

  it('fails (exit 1) on an error, listing errors before warnings', async () => {
    const result = await runScript('check', ['--root', copyOfSampleArchive(withAnError)]);
    expect(result.exitCode).toBe(1);
    const errorsAt = result.stdout.indexOf('Errors (these stop the site being published):');
    const warningsAt = result.stdout.indexOf('Warnings (the site is still published):');
    expect(errorsAt).toBeGreaterThanOrEqual(0);
    expect(warningsAt).toBeGreaterThan(errorsAt);
    expect(result.stdout.slice(errorsAt, warningsAt)).toContain(
      "content/cyp/2026-01-12.md:2:7: error: the meeting's date is 2026-01-21, but the file is named 2026-01-12.md",
    );
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('1 error, 4 warnings.');
  });

  it('prints GitHub Actions annotations, one workflow command a line, with the exit code of the text form', async () => {
    const result = await runScript('check', ['--root', copyOfSampleArchive(withAnError), '--format', 'github']);
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    const commands = lines.map((line) => WORKFLOW_COMMAND.exec(line));
    expect(commands.every(Boolean), result.stdout).toBe(true);
    expect(commands.map((c) => `${c![1]} ${c![2]}:${c![3]}:${c![4]} ${c![5]}`)).toEqual([
      'warning content/cyp/2025-09-08.md:1:1 approval-overdue',
      'warning content/cyp/2025-11-10.md:1:1 approval-overdue',
      'warning content/cyp/2025-12-08.md:5:13 person-unknown',
      'warning content/cyp/2025-12-08.md:8:1 item-empty',
      'error content/cyp/2026-01-12.md:2:7 date-file-mismatch',
    ]);
    // The message and the hint travel together, so the annotation says what to do.
    expect(commands[4]![6]).toBe(
      "the meeting's date is 2026-01-21, but the file is named 2026-01-12.md. Rename the file to 2026-01-21.md, or correct the date.",
    );
  });

  it('prints JSON with the counts and every diagnostic', async () => {
    const result = await runScript('check', ['--root', copyOfSampleArchive(withAnError), '--format', 'json']);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as { errors: number; warnings: number; diagnostics: Diagnostic[] };
    expect(report.errors).toBe(1);
    expect(report.warnings).toBe(report.diagnostics.length - 1);
    expect(report.diagnostics.find((d) => d.severity === 'error')).toMatchObject({
      file: 'content/cyp/2026-01-12.md',
      line: 2,
      column: 7,
      code: 'date-file-mismatch',
    });
  });

  it('refuses an unknown format', async () => {
    const result = await runScript('check', ['--format', 'xml']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('use text, github or json');
  });
});

describe('GitHub annotations', () => {
  it('escape what would end a property or a command early', () => {
    const diagnostic: Diagnostic = {
      file: 'content/cyp/a,b:c.md',
      line: 3,
      column: 1,
      severity: 'warning',
      code: 'person-unknown',
      message: '"Smith, J." matches nobody: 100% sure\nreally',
      hint: 'Add an alias.',
    };
    expect(formatCheck([diagnostic], 'github')).toBe(
      '::warning file=content/cyp/a%2Cb%3Ac.md,line=3,col=1,title=person-unknown::"Smith, J." matches nobody: 100% sure%0Areally. Add an alias.\n'.replace(
        '100%',
        '100%25',
      ),
    );
  });

  it('print nothing when all is well', () => {
    expect(formatCheck([], 'github')).toBe('');
  });
});
