import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyOfSampleArchive, meetingFile } from '../support/archive-copy.ts';
import { buildSite, runScript } from '../support/build-site.ts';
import type { Diagnostic } from '../../src/model/types.ts';

/**
 * Ten draft meetings, each naming the same two people who are not in the
 * people data: twenty warnings of one kind, as a large archive has thousands,
 * and ten of another (drafts left after later meetings).
 */
function archiveWithRepeatedNames(): string {
  const files: Record<string, string> = {};
  for (let day = 1; day <= 10; day++) {
    const date = `2026-02-${String(day).padStart(2, '0')}`;
    files[`content/cyp/${date}.md`] = meetingFile(
      `date: ${date}\nstatus: draft\nattendance:\n  present: [Councillor Nobody Known, Councillor Another Stranger]`,
    );
  }
  return copyOfSampleArchive(files);
}

describe('the warnings of npm run check, for a person', () => {
  it('are grouped by kind, with the count, the first few places and how to see the rest', async () => {
    const result = await runScript('check', ['--root', archiveWithRepeatedNames()]);
    expect(result.exitCode, result.stdout).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(
      'person-unknown: 20 warnings in 10 files (a name that matches nobody in _data/people.yaml)',
    );
    expect(lines).toContain('approval-overdue: 10 warnings in 10 files (minutes still a draft after later meetings)');
    // Three places of each kind, each with its hint, then the count of the rest.
    expect(lines.filter((l) => l.startsWith('  content/cyp/')).length).toBe(6);
    expect(lines.filter((l) => l.startsWith('    hint: ')).length).toBe(6);
    expect(lines).toContain('  … and 17 more of this kind (npm run check -- --all lists every one)');
    expect(lines).toContain('  … and 7 more of this kind (npm run check -- --all lists every one)');
    expect(lines.at(-2)).toBe('0 errors, 30 warnings.');
  });

  it('are every one with --all, and in the JSON', async () => {
    const root = archiveWithRepeatedNames();
    const [all, json] = await Promise.all([
      runScript('check', ['--root', root, '--all']),
      runScript('check', ['--root', root, '--format', 'json']),
    ]);
    expect(all.stdout.match(/: warning: "Councillor (Nobody Known|Another Stranger)" matches nobody/g)).toHaveLength(
      20,
    );
    expect(all.stdout).not.toContain('more of this kind');
    const report = JSON.parse(json.stdout) as { warnings: number; diagnostics: Diagnostic[] };
    expect(report.diagnostics.filter((d) => d.code === 'person-unknown')).toHaveLength(20);
    expect(report.warnings).toBe(30);
    expect(report.diagnostics).toHaveLength(30);
  });
});

describe('progress', () => {
  it('is told phase by phase on stderr with --progress, leaving stdout as it was', async () => {
    const root = archiveWithRepeatedNames();
    const [quiet, told] = await Promise.all([
      runScript('check', ['--root', root, '--format', 'json']),
      runScript('check', ['--root', root, '--format', 'json', '--progress']),
    ]);
    expect(told.stdout).toBe(quiet.stdout);
    expect(quiet.stderr).toBe('');
    const lines = told.stderr.trimEnd().split('\n');
    expect(lines.map((l) => l.replace(/^\[ *\d+\.\d s\] /, ''))).toEqual([
      'Reading 14 meeting files…',
      'Read 14 meetings and 1 report; checking names and approvals…',
      'Checked.',
    ]);
    // Plain lines, one a phase, for a CI log: no carriage returns redrawing a line.
    expect(told.stderr).not.toContain('\r');
  });

  it('is not shown when stderr is not a terminal and nobody asked', async () => {
    const build = await buildSite({ env: { MINUTE_BOOK_PROGRESS: '' } });
    expect(build.exitCode, build.stderr).toBe(0);
    expect(build.stderr).toBe('');
  });
});

describe('the counts of npm run build', () => {
  it('agree with each other and with the files in the site, on a fresh build and over it', async () => {
    const root = copyOfSampleArchive();
    const fresh = await buildSite({ root, env: { MINUTE_BOOK_PROGRESS: '1' } });
    expect(fresh.exitCode, fresh.stderr).toBe(0);
    const onDisk = readdirSync(fresh.out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    const summary =
      /Built the site from 4 meetings into .* in [\d.]+ s: (\d+) files, of them (\d+) pages and data files; (\d+) written, (\d+) unchanged, (\d+) removed\./;
    const first = summary.exec(fresh.stdout);
    expect(first, fresh.stdout).not.toBeNull();
    expect(Number(first![1])).toBe(onDisk);
    expect(Number(first![3])).toBe(onDisk);
    // Eleventy's own count of each run ("Wrote 33 files"), which disagreed with the build's, is not printed.
    expect(fresh.stdout + fresh.stderr).not.toMatch(/\[11ty\]|Wrote \d+ files/);
    expect(fresh.stderr).toContain('Writing the feeds, calendars and open data…');

    const again = await buildSite({ root, out: fresh.out });
    const second = summary.exec(again.stdout);
    expect(second, again.stdout).not.toBeNull();
    expect(second!.slice(1).map(Number)).toEqual([onDisk, Number(first![2]), 0, onDisk, 0]);
  });
});
