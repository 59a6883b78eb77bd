import { cpSync, mkdtempSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { buildSite } from '../support/build-site.ts';
import { readPage, textOf } from '../support/html.ts';
import { GitRepo } from '../support/git-repo.ts';
import { HtmlValidate } from 'html-validate';
import { readArchiveHistory } from '../../src/history/archive-history.ts';
import { historyView } from '../../src/site/history-view.ts';
import { loadArchive } from '../../src/load/archive.ts';

const SEPTEMBER = 'content/cyp/2025-09-08.md';

/**
 * A month of a clerk's work as commits: the archive published on 10 September
 * 2025 with the minutes of 8 September as a draft, a typo fixed while still a
 * draft, the minutes approved on 12 November, and a correction on 20 November.
 * The archive lies in `archive/` of the repository, as a council's might.
 */
function archiveWithHistory(): { repo: GitRepo; root: string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'minute-book-git-'));
  const root = path.join(folder, 'archive');
  const copy = copyOfSampleArchive();
  mkdirSync(root);
  cpSync(path.join(copy, '_data'), path.join(root, '_data'), { recursive: true });
  cpSync(path.join(copy, 'content'), path.join(root, 'content'), { recursive: true });
  const site = path.join(root, '_data/site.yaml');
  writeFileSync(site, `${readFileSync(site, 'utf8')}repository: https://github.com/halton/minutes\n`);
  const repo = GitRepo.init(folder);
  const september = path.join(root, SEPTEMBER);
  const edit = (from: string | RegExp, to: string) =>
    writeFileSync(september, readFileSync(september, 'utf8').replace(from, to));

  repo.commitAll('Publish the archive', '2025-09-10');
  edit('The Board considered', 'The Board considred');
  repo.commitAll('Minutes of 8 September: item 17', '2025-09-15');
  edit('The Board considred', 'The Board considered');
  repo.commitAll('Fix a typo in item 17', '2025-09-16');
  edit(/^status: draft$/m, 'status: approved\napproved_at: 2025-11-10');
  repo.commitAll('Approve the minutes of 8 September at the meeting of 10 November', '2025-11-12');
  edit('he was helping a resident obtain a loan', 'he was helping a resident to obtain a loan');
  repo.commitAll('Correct the declaration of interest in item 15', '2025-11-20');
  return { repo, root };
}

describe('history from git', () => {
  let site: string;
  let root: string;
  beforeAll(async () => {
    ({ root } = archiveWithHistory());
    const build = await buildSite({ root });
    expect(build.exitCode, build.stderr).toBe(0);
    site = build.out;
  });

  const facts = (page: Document) =>
    Object.fromEntries(
      [...page.querySelectorAll('.history dt')].map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]),
    );

  it('shows when the minutes were first published and last changed', () => {
    const page = readPage(site, '/cyp/2025-09-08/');
    expect(facts(page)).toEqual({ 'First published': '10 September 2025', 'Last changed': '20 November 2025' });
    expect(page.querySelector('.history time')?.getAttribute('datetime')).toBe('2025-09-10');
  });

  it('lists a change after approval as a correction, with its date and subject, but not the changes before', () => {
    const page = readPage(site, '/cyp/2025-09-08/');
    expect([...page.querySelectorAll('.corrections li')].map(textOf)).toEqual([
      '20 November 2025: Correct the declaration of interest in item 15',
    ]);
    // Minutes published already approved, and never changed since: no corrections.
    const july = readPage(site, '/cyp/2024-07-15/');
    expect(facts(july)).toEqual({ 'First published': '10 September 2025', 'Last changed': '10 September 2025' });
    expect(july.querySelector('.corrections')).toBeNull();
  });

  it('is valid HTML, with its dates machine-readable', async () => {
    const section = readPage(site, '/cyp/2025-09-08/').querySelector('section.history')!;
    expect([...section.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).toEqual([
      '2025-09-10',
      '2025-11-20',
      '2025-11-20',
    ]);
    const page = `<!DOCTYPE html><html lang="en"><head><title>History</title></head><body><main>${section.outerHTML}</main></body></html>`;
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(page);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it("links to the file's history in the repository, at its path there", () => {
    const link = readPage(site, '/cyp/2025-09-08/').querySelector('.history a');
    expect(textOf(link)).toBe('Every change to these minutes');
    expect(link?.getAttribute('href')).toBe(
      'https://github.com/halton/minutes/commits/main/archive/content/cyp/2025-09-08.md',
    );
  });

  it('gives the same page for the same commit, wherever it is checked out', async () => {
    const clone = mkdtempSync(path.join(tmpdir(), 'minute-book-clone-'));
    execFileSync('git', ['clone', '-q', path.dirname(root), clone]);
    const again = await buildSite({ root: path.join(clone, 'archive') });
    expect(again.exitCode, again.stderr).toBe(0);
    expect(readFileSync(path.join(again.out, 'cyp/2025-09-08/index.html'), 'utf8')).toBe(
      readFileSync(path.join(site, 'cyp/2025-09-08/index.html'), 'utf8'),
    );
  });

  it('leaves the history out of a shallow clone, rather than date it by its one commit', async () => {
    const clone = mkdtempSync(path.join(tmpdir(), 'minute-book-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${path.dirname(root)}`, clone]);
    expect(readArchiveHistory(path.join(clone, 'archive'))).toBeUndefined();
    const build = await buildSite({ root: path.join(clone, 'archive') });
    expect(build.exitCode, build.stderr).toBe(0);
    expect(readPage(build.out, '/cyp/2025-09-08/').querySelector('.history')).toBeNull();
  });
});

describe('a build without git history', () => {
  it('leaves the history out instead of inventing it', async () => {
    const build = await buildSite({ root: copyOfSampleArchive() });
    expect(build.exitCode, build.stderr).toBe(0);
    const page = readPage(build.out, '/cyp/2025-09-08/');
    expect(page.querySelector('.history')).toBeNull();
    expect(page.body.textContent).not.toContain('First published');
  });
});

describe('reading the history', () => {
  it('follows a file renamed, and keeps apart an older file that had the same name', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'minute-book-renames-'));
    const repo = GitRepo.init(root);
    const file = (name: string, status: string, text: string) => {
      mkdirSync(path.join(root, 'content/cyp'), { recursive: true });
      writeFileSync(
        path.join(root, 'content/cyp', name),
        `---\ndate: 2025-09-08\nstatus: ${status}\n---\n\n## 1. Minutes\n\n${text}\n`,
      );
    };
    file('2025-09-07.md', 'approved', 'A first meeting, later withdrawn. '.repeat(20));
    repo.commitAll('Add the wrong meeting', '2025-01-01');
    repo.git('rm', '-q', 'content/cyp/2025-09-07.md');
    repo.commitAll('Withdraw it', '2025-01-02');
    file('2025-09-07.md', 'draft', 'The minutes were agreed, and the meeting was long. '.repeat(20));
    repo.commitAll('Add the minutes of 8 September, under the wrong date', '2025-09-10');
    renameSync(path.join(root, 'content/cyp/2025-09-07.md'), path.join(root, 'content/cyp/2025-09-08.md'));
    repo.commitAll('Name the file by its date', '2025-09-11');
    file('2025-09-08.md', 'approved', 'The minutes were agreed, and the meeting was long. '.repeat(20));
    repo.commitAll('Approve', '2025-11-12');
    file('2025-09-08.md', 'approved', 'The minutes were agreed, and the meeting was very long. '.repeat(20));
    repo.commitAll('Correct item 1', '2025-11-20');

    const history = readArchiveHistory(root)!;
    const commits = history.files.get('content/cyp/2025-09-08.md')!.commits;
    expect(commits.map((c) => `${c.date} ${c.subject}`)).toEqual([
      '2025-11-20 Correct item 1',
      '2025-11-12 Approve',
      '2025-09-11 Name the file by its date',
      '2025-09-10 Add the minutes of 8 September, under the wrong date',
    ]);
    expect(history.files.get('content/cyp/2025-09-08.md')!.approval?.subject).toBe('Approve');
    expect(history.files.has('content/cyp/2025-09-07.md')).toBe(false);
    expect(history.repositoryPrefix).toBe('');
  });

  it('finds nothing outside a git checkout', () => {
    expect(readArchiveHistory(copyOfSampleArchive())).toBeUndefined();
  });
});

describe("the link to a file's history", () => {
  const archive = loadArchive(copyOfSampleArchive());
  const meeting = archive.meetings.find((m) => m.key === 'cyp/2025-09-08')!;
  const history = {
    repositoryPrefix: '',
    files: new Map([[meeting.file, { commits: [{ hash: 'a', date: '2025-09-10', subject: 'Publish' }] }]]),
  };

  it("is GitHub's commits page of the file when only the repository is named", () => {
    expect(
      historyView(meeting, { ...archive.site, repository: 'https://github.com/halton/minutes/' }, history)?.href,
    ).toBe('https://github.com/halton/minutes/commits/main/content/cyp/2025-09-08.md');
  });

  it('follows history_link, for other hosts and branches', () => {
    expect(
      historyView(
        meeting,
        { ...archive.site, historyLink: 'https://gitlab.example.org/council/minutes/-/commits/live/{file}' },
        history,
      )?.href,
    ).toBe('https://gitlab.example.org/council/minutes/-/commits/live/content/cyp/2025-09-08.md');
  });

  it('is left out when the site names no repository', () => {
    expect(historyView(meeting, archive.site, history)?.href).toBeUndefined();
  });

  it('must say where the file goes', async () => {
    const root = copyOfSampleArchive();
    writeFileSync(
      path.join(root, '_data/site.yaml'),
      `${readFileSync(path.join(root, '_data/site.yaml'), 'utf8')}history_link: https://example.org/history\n`,
    );
    const problem = loadArchive(root).diagnostics.find((d) => d.file === '_data/site.yaml');
    expect(problem?.message).toContain('"history_link" should show where the file\'s path goes, as {file}');
  });
});
