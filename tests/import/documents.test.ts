import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFor, importMinutes, type ImportResult } from '../../src/import/import-minutes.ts';
import { PDF_FURNITURE, readPdf } from '../../src/import/read-pdf.ts';
import { readMeeting } from '../../src/load/meeting.ts';
import { PeopleDirectory } from '../../src/load/people-directory.ts';
import { Diagnostics } from '../../src/model/diagnostics.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { runScript } from '../support/build-site.ts';
import { lostOrInventedWords } from './words.ts';

/**
 * The importer on the documents councils publish, not on copied text: the
 * signed minutes PDF itself and the meeting page saved from the browser.
 * The documents are real (tests/import/corpus, SOURCES.md says where from).
 */
const corpus = (slug: string, file: string) => path.join(projectRoot, 'tests/import/corpus', slug, file);
const ACTION_COLUMN_PDF = corpus('ayton-cc-2019-11-05', 'source.pdf');
const RUNNING_HEADERS_PDF = corpus('sutton-coldfield-tc-amenities-2018-03-13', 'source.pdf');
const SAVED_PAGE = corpus('manordeilo-salem-cc-2020-11-11', 'source.html');
const CLEAN_PDF = corpus('burton-cum-walden-pc-2025-05-06', 'source.pdf');

const root = copyOfSampleArchive();
const archive = archiveFor(root);

function meetingOf(result: Extract<ImportResult, { ok: true }>) {
  const read = readMeeting(
    { file: result.target, boardId: 'cyp', slug: 'imported', text: result.text },
    new PeopleDirectory(archive.people),
    new Diagnostics(),
  );
  if (!read) throw new Error('the imported file could not be read back');
  return read.meeting;
}

async function imported(file: string, options: { acceptDoubts?: boolean } = {}) {
  const result = await importMinutes(file, { root, board: 'cyp', dryRun: true, ...options }, archive);
  if (!result.ok) throw new Error(result.problem);
  return result;
}

describe('a signed minutes PDF, read by the place of its text', () => {
  it("a right-hand Action column: each owner follows the paragraph printed beside it, and the column's header is dropped", async () => {
    const result = await imported(ACTION_COLUMN_PDF, { acceptDoubts: true });
    const meeting = meetingOf(result);
    const matters = meeting.items.find((item) => item.number === '5')!;
    const body = () => result.text.slice(result.text.indexOf('## 5. Matters Arising'), result.text.indexOf('## 6.'));
    expect(matters.title).toBe('Matters Arising');
    // Every owner of the item as printed, those set close to the text's last words ("… also. GD/HL") and those on page 2, which has no header.
    expect(matters.actions.map((a) => a.owner.written)).toEqual([
      'CC',
      'KC/GD/IK',
      'IK',
      'GD/HL',
      'GD/HL',
      'HL',
      'HL',
      'GD',
      'IK',
      'All ACC',
      'SW/HL',
    ]);
    // Initials that start a sentence going on below ("… is still awaited. HL" / "to chase this up") stay in the text.
    expect(body()).toContain('is still awaited. HL to chase this up.');
    // An owner sits right after the paragraph it was printed beside, not gathered at the item's end.
    expect(body()).toMatch(
      /- B6355 Peelwalls Meadows - [^\n]+\n\nAction: CC\n\n- Resilient Communities - [^\n]+\n\nAction: KC\/GD\/IK\n/,
    );
    expect(
      result.report.furniture.some((entry) => entry.text === 'Action' && entry.what === PDF_FURNITURE.actionHeader),
    ).toBe(true);
  });

  it('running headers and footers repeated on each page are dropped and listed, and a sentence broken by a page joins again', async () => {
    const read = await readPdf(RUNNING_HEADERS_PDF);
    if (!read.ok) throw new Error(read.problem);
    const result = await imported(RUNNING_HEADERS_PDF, { acceptDoubts: true });
    const running = result.report.furniture.filter((entry) => entry.what === PDF_FURNITURE.running);
    expect(running.map((entry) => entry.text)).toContain(
      'Amenities, Leisure and Community Services Minutes | Tuesday 13th March 2018',
    );
    expect(new Set(running.map((entry) => entry.text)).size).toBeLessThan(running.length);
    expect(result.report.furniture.filter((entry) => /^Page \| \d+$/.test(entry.text)).length).toBeGreaterThanOrEqual(
      2,
    );
    const body = result.text.replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(body).not.toContain('Minutes | Tuesday 13th March 2018');
    expect(body).not.toMatch(/Page \| \d/);
    // No word of the minutes is lost: the page's words, less what the report lists, are the file's words.
    expect(lostOrInventedWords(read.pdf.lines.map((l) => l.text).join('\n'), result)).toEqual([]);
  });

  it('a table over five pages is read by its borders, and the decisions in its cells are not left unmarked without saying so', async () => {
    const result = await importMinutes(RUNNING_HEADERS_PDF, { root, board: 'cyp', dryRun: true }, archive);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.exitCode).toBe(1);
    expect(result.problem).not.toMatch(/is laid out as a table on the page/);
    expect(result.problem).toMatch(/source line \d+: item 6 has a table whose cell may hold a decision/);
    expect(result.problem).toContain('--accept-doubts');
  });

  it('minutes read without doubt: items, decisions written "RESOLVED: that", members present, the date from the title lines', async () => {
    const result = await imported(CLEAN_PDF);
    expect(result.doubts).toEqual([]);
    const meeting = meetingOf(result);
    expect(meeting.date).toBe('2025-05-06');
    expect(meeting.items.map((item) => `${item.number} ${item.title}`).slice(0, 4)).toEqual([
      '1 Election of a Chairman',
      '2 Apologies',
      '3 Declarations of interest',
      '4 Minutes',
    ]);
    expect(meeting.items[2]!.decisions[0]!.text).toMatch(
      /^that the confirmed Register of Members’ Interests be published/,
    );
    expect(meeting.attendance.present.map((a) => a.written)).toContain('Jane Ritchie');
  });
});

describe('a meeting page saved from the browser', () => {
  it("is read through its headings and paragraphs: items, owners printed at a paragraph's end, members present", async () => {
    const result = await imported(SAVED_PAGE);
    expect(result.doubts).toEqual([]);
    expect(result.report.shape).toBe('html-page');
    const meeting = meetingOf(result);
    expect(meeting.date).toBe('2020-11-11');
    expect(meeting.items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(meeting.items[3]!.title).toBe('MATTERS ARISING');
    expect(meeting.items[3]!.actions.map((a) => a.owner.written)).toContain('Cllr. Alun Davies');
    expect(meeting.attendance.present.map((a) => a.written)).toContain('William Loynton');
    expect(meeting.items[3]!.decisions.some((d) => d.text.startsWith('that a £100 donation be made'))).toBe(true);
    expect(meeting.items.map((item) => item.decisions.length)).toEqual([0, 1, 0, 4, 0, 0, 1, 0, 0, 0]);
  });
});

describe('npm run import on documents', () => {
  it('refuses a doubtful file with exit 1, writes it as a draft listing its doubts with --accept-doubts, and npm run check warns about them (an error once approved)', async () => {
    const target = copyOfSampleArchive();
    const refused = await runScript('import', [RUNNING_HEADERS_PDF, '--board', 'cyp', '--root', target]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('was not read without doubt, so nothing was written');
    expect(refused.stderr).toContain('pass --accept-doubts');
    expect(existsSync(path.join(target, 'content/cyp/2018-03-13.md'))).toBe(false);

    const accepted = await runScript('import', [
      RUNNING_HEADERS_PDF,
      '--board',
      'cyp',
      '--accept-doubts',
      '--root',
      target,
    ]);
    expect(accepted.exitCode, accepted.stderr).toBe(1);
    expect(accepted.stdout).toContain('Wrote content/cyp/2018-03-13.md');
    expect(accepted.stdout).toMatch(/with \d+ doubts?/);
    const written = readFileSync(path.join(target, 'content/cyp/2018-03-13.md'), 'utf8');
    expect(written).toMatch(/\nstatus: draft\n/);
    expect(written).toMatch(/\nimport_doubts:\n {2}- "?source line \d+: item/);

    const check = await runScript('check', ['--root', target, '--format', 'json']);
    expect(check.exitCode, check.stdout).toBe(0);
    expect(check.stdout).toContain('import-doubt');

    const approved = path.join(target, 'content/cyp/2018-03-13.md');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(approved, written.replace('\nstatus: draft\n', '\nstatus: approved\n'));
    const checkApproved = await runScript('check', ['--root', target, '--format', 'json']);
    expect(checkApproved.exitCode).not.toBe(0);
    expect(checkApproved.stdout).toContain('Minutes with doubts cannot be approved');
  });

  it("imports a folder of a PDF and a saved page in one run, with each one's verdict and a summary table", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'minute-book-documents-'));
    cpSync(CLEAN_PDF, path.join(folder, 'burton.pdf'));
    cpSync(SAVED_PAGE, path.join(folder, 'manordeilo.html'));
    cpSync(RUNNING_HEADERS_PDF, path.join(folder, 'sutton.pdf'));
    const target = copyOfSampleArchive();
    const result = await runScript('import', [folder, '--board', 'cyp', '--root', target]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/\| burton\.pdf +\| written: content\/cyp\/2025-05-06\.md/);
    expect(result.stdout).toMatch(/\| manordeilo\.html +\| written: content\/cyp\/2020-11-11\.md/);
    expect(result.stdout).toMatch(/\| sutton\.pdf +\| refused: \d+ doubts? \(see its report\)/);
    expect(result.stdout).toContain('2 of 3 files imported without doubt, 0 with doubts, 1 refused.');
    expect(existsSync(path.join(target, 'content/cyp/2025-05-06.md'))).toBe(true);
    expect(existsSync(path.join(target, 'content/cyp/2020-11-11.md'))).toBe(true);
    expect(existsSync(path.join(target, 'content/cyp/2018-03-13.md'))).toBe(false);
  });
});
