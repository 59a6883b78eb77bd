import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPageOrText, type ImportResult } from '../../src/import/import-minutes.ts';
import { wordsOf } from '../../src/import/words.ts';
import { loadArchive } from '../../src/load/archive.ts';
import { itemText } from '../../src/model/item-text.ts';
import type { Meeting } from '../../src/model/types.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { factsOf, fixtures } from './helpers.ts';
import { lostOrInventedWords } from './words.ts';

/**
 * Fixtures written by the author of another importer, who ran ours on them
 * and reported what went wrong (tests/import/fixtures/crosscheck-*.txt).
 */
function archiveWithTheirBoards(): string {
  const boards = readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8');
  return copyOfSampleArchive({
    '_data/boards.yaml': `${boards}\n- id: planning\n  name: Planning Committee\n- id: executive\n  name: Executive Board\n- id: licensing\n  name: Licensing Committee\n- id: audit\n  name: Audit and Governance Committee\n- id: cabinet\n  name: Cabinet\n`,
  });
}

function imported(file: string, key: string) {
  const root = archiveWithTheirBoards();
  const source = path.join(fixtures, file);
  const result = importPageOrText(source, { root });
  if (!result.ok) throw new Error(result.problem);
  expect(lostOrInventedWords(readFileSync(source, 'utf8'), result)).toEqual([]);
  const archive = loadArchive(root);
  expect(archive.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const meeting = archive.meetings.find((m) => m.key === key)!;
  const body = readFileSync(path.join(root, 'content', `${key}.md`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return { result, meeting, facts: factsOf(meeting), body, furniture: result.report.furniture.map((e) => e.text) };
}

/** The furniture the report lists, as "line: what: text", leaving out runs of empty lines. */
function furnitureLines(result: Extract<ImportResult, { ok: true }>): string[] {
  return result.report.furniture.filter((e) => e.text !== '').map((e) => `${e.line}: ${e.what}: ${e.text}`);
}

/** Every item's text, headings and all, to look for page furniture left in it. */
function allItemText(meeting: Meeting): string {
  return meeting.items.map((i) => `${i.number} ${i.title}\n${itemText(i)}`).join('\n');
}

describe("the cross-check of another importer's fixtures", () => {
  it('a page without item numbers: a number alone inside the minutes is not an item, and "View the …" links are furniture, not titles', () => {
    const { facts, body, furniture, meeting } = imported('crosscheck-unnumbered-page.txt', 'audit/2026-01-21');
    expect(facts.items.map((i) => [i.number, i.title])).toEqual([
      [undefined, 'Apologies for Absence'],
      [undefined, 'External Audit Plan'],
      [undefined, 'Exclusion of the Press and Public'],
    ]);
    expect(body).not.toMatch(/^## .*2026/m);
    expect(itemText(meeting.items[1]!)).toContain('The fee for the year was:\n2026\n£120,000');
    expect(facts.items.map((i) => i.decisions)).toEqual([
      [],
      ['That the plan be noted.'],
      ['That the press and public be excluded for the next item.'],
    ]);
    expect(furniture).toEqual(
      expect.arrayContaining(['View the background to item 2.', 'View the reasons why item 3 is restricted']),
    );
    expect(facts.documents).toEqual([{ title: 'External Audit Plan', item: undefined, size: '410 KB' }]);
  });

  it('Markdown in the source is shown as written: asterisks and brackets stay, nothing turns into italics or links', () => {
    const { meeting, body } = imported('crosscheck-other-council-page.txt', 'planning/2026-03-03');
    const item = meeting.items.find((i) => i.number === 'PC4')!;
    expect(itemText(item)).toContain('the *affordable* housing [share].');
    expect(item.html).toContain('the *affordable* housing [share].');
    expect(item.html).not.toContain('<em>');
    expect(body).toContain('the \\*affordable\\* housing \\[share\\].');
    // The page's heading is the page's, not the minutes'.
    expect(meeting.preambleHtml).toBe('');
  });

  it("the writer escapes every character Markdown would read, and the loader gives back the source's text", () => {
    const root = archiveWithTheirBoards();
    const awkward = [
      'Costs rose by 5*2 and `x` and [a](javascript:alert(1)) and <https://example.org> and a_b_c and ~~old~~ and a | b and C:\\temp and &amp; too.',
      '# not a heading',
      '+ not a bullet',
      '---',
      '2026. The year of the plan.',
    ];
    const text = `Planning Committee - Tuesday, 3rd March, 2026 7.00 pm\n\n1.\n\nAwkward text\n\nMinutes:\n\n${awkward.join('\n\n')}\n`;
    const source = path.join(root, 'awkward.txt');
    writeFileSync(source, text);
    const result = importPageOrText(source, { root });
    if (!result.ok) throw new Error(result.problem);
    expect(lostOrInventedWords(text, result)).toEqual([]);
    const meeting = loadArchive(root).meetings.find((m) => m.key === 'planning/2026-03-03')!;
    expect(meeting.items).toHaveLength(1);
    expect(itemText(meeting.items[0]!).split('\n')).toEqual(awkward);
    expect(meeting.items[0]!.html).not.toMatch(/<(?:em|code|a|h1|hr|ol|ul|s|table|strong)\b/);
    expect(wordsOf(itemText(meeting.items[0]!))).toEqual(wordsOf(awkward.join(' ')));
  });

  it('a Licensing Committee PDF in title case: items 1. to 5. with 4(a), numbered lists inside an item are not items', () => {
    const { facts, meeting } = imported('crosscheck-title-case-pdf.txt', 'licensing/2026-02-04');
    expect({ start: facts.start, end: facts.end, venue: facts.venue }).toEqual({
      start: '10:00',
      end: '11:40',
      venue: 'Room 2, Civic Centre',
    });
    expect(facts.items.map((i) => [i.number, i.title, i.decisions.length])).toEqual([
      ['1', 'Apologies for Absence', 0],
      ['2', 'Declarations of Interest', 0],
      ['3', 'Minutes', 1],
      ['4(a)', 'Review of the Statement of Licensing Policy', 1],
      ['5', 'Any Other Business', 0],
    ]);
    expect(meeting.items[3]!.decisions[0]!.parts).toEqual([
      'the draft statement be published for consultation; and',
      'the results be reported to the Committee.',
    ]);
    expect(meeting.approves.map((a) => a.date)).toEqual(['2026-01-07']);
    expect(facts.attendance.present).toEqual([
      { name: 'A. Patel', role: 'Chair', note: undefined },
      { name: 'R. Evans', role: undefined, note: undefined },
      { name: "L. O'Neill", role: undefined, note: undefined },
    ]);
  });

  it('an Executive Board PDF with a running header: "Executive Board - Thursday, 12 March 2026" and "Page 2" are dropped at each page break, not kept as text', () => {
    const { facts, meeting, result, body } = imported('crosscheck-other-council-pdf.txt', 'executive/2026-03-12');
    expect({ start: facts.start, end: facts.end, venue: facts.venue }).toEqual({
      start: '14:00',
      end: '15:15',
      venue: 'Council Chamber, Guildhall',
    });
    expect(facts.items.map((i) => [i.number, i.title, i.decisions, i.actions])).toEqual([
      ['EXB 45', 'MINUTES', [], []],
      [
        'EXB 46',
        'BUDGET MONITORING REPORT - QUARTER 3 2025/26',
        ['That the report be noted.'],
        ['Director of Finance'],
      ],
      ['EXB 47', 'HOUSING STRATEGY', ['That the strategy be approved; and its review be reported in a year.'], []],
    ]);
    expect(meeting.items[2]!.decisions[0]!.parts).toEqual([
      'the strategy be approved; and',
      'its review be reported in a year.',
    ]);
    expect(facts.declarations).toEqual([
      {
        who: 'Nelson',
        item: 'EXB 47',
        kind: 'Other Disclosable Interest',
        reason: 'a member of the board of a housing association',
      },
    ]);
    expect(meeting.approves.map((a) => a.date)).toEqual(['2026-02-12']);
    // The paragraph before each page break is whole, and the header is in no item.
    expect(itemText(meeting.items[1]!)).toContain(
      'the revenue and capital spending position of the Council as at 31 December 2025.\nRESOLVED: That the report be noted.',
    );
    expect(itemText(meeting.items[2]!)).toContain('The Board considered the draft strategy.\nRESOLVED: That');
    expect(allItemText(meeting)).not.toMatch(/Thursday|Page \d/);
    expect(body).not.toMatch(/Executive Board -|Page \d/);
    if (!result.ok) return;
    expect(furnitureLines(result)).toEqual([
      '1: a stamp of the printed document: Public Document Pack',
      '18: the header of the Action column: Action',
      '32: a header or footer repeated on the pages: Executive Board - Thursday, 12 March 2026',
      '33: a page number: Page 2',
      '50: a header or footer repeated on the pages: Executive Board - Thursday, 12 March 2026',
      '51: a page number: Page 3',
    ]);
    // The first "Executive Board" is the minutes' own title, read into the front matter.
    expect(result.report.fields.map((e) => e.text)).toContain('EXECUTIVE BOARD');
    expect(result.report.sourceWords - result.report.keptWords).toBe(20);
  });

  it('a footer of "Page 1 of 3" and the council\'s name: dropped on every page, a sentence split by it joined, a sentence with the meeting\'s date kept', () => {
    const { facts, meeting, result } = imported('crosscheck-page-of-footer-pdf.txt', 'audit/2026-05-19');
    expect({ start: facts.start, end: facts.end, venue: facts.venue }).toEqual({
      start: '18:00',
      end: '19:25',
      venue: 'Committee Room 1, Town Hall',
    });
    expect(facts.items.map((i) => [i.number, i.title, i.decisions.length])).toEqual([
      ['1', 'Apologies for Absence', 0],
      ['2', 'Declarations of Interest', 0],
      ['3', 'Minutes', 1],
      ['4', 'External Audit Findings 2025/26', 1],
      ['5', 'Internal Audit Plan 2026/27', 1],
    ]);
    expect(facts.declarations).toEqual([
      {
        who: 'Lee',
        item: '4',
        kind: 'Disclosable Pecuniary Interest',
        reason: 'her husband works for the external auditor',
      },
    ]);
    expect(itemText(meeting.items[3]!)).toContain(
      'but had raised three recommendations on the recording of fixed assets, which officers had accepted.',
    );
    expect(itemText(meeting.items[4]!)).toBe(
      'The Committee considered the internal audit plan, which had been published on 19 May 2026 with 24 reviews for the year, eight of them in schools.\nRESOLVED: That the Internal Audit Plan 2026/27 be approved.',
    );
    expect(allItemText(meeting)).not.toMatch(/Northmoor|Page \d/);
    if (!result.ok) return;
    expect(furnitureLines(result)).toEqual([
      '1: a header or footer repeated on the pages: NORTHMOOR BOROUGH COUNCIL',
      '26: a page number: Page 1 of 3',
      '27: a header or footer repeated on the pages: Northmoor Borough Council',
      '42: a page number: Page 2 of 3',
      '43: a header or footer repeated on the pages: Northmoor Borough Council',
      '50: a page number: Page 3 of 3',
      '51: a header or footer repeated on the pages: Northmoor Borough Council',
    ]);
  });

  it("a header of the committee's name only and a page number alone at the foot: dropped, while numbered decisions and dates in the text stay", () => {
    const { facts, meeting, result } = imported('crosscheck-committee-header-pdf.txt', 'planning/2026-04-08');
    expect(facts.items.map((i) => [i.number, i.title, i.decisions])).toEqual([
      ['21', 'Declarations of Interest', []],
      ['22', 'Minutes', ['That the minutes of the meeting held on 11 March 2026 be confirmed as a correct record.']],
      [
        '23',
        '25/00412/FUL - Former Depot, Station Road',
        [
          'That planning permission be granted subject to the conditions in the report; and a legal agreement securing the bus contribution.',
        ],
      ],
      ['24', 'Appeals', ['That the appeal decisions be noted.']],
    ]);
    expect(meeting.items[2]!.decisions[0]!.parts).toEqual([
      'the conditions in the report; and',
      'a legal agreement securing the bus contribution.',
    ]);
    expect(itemText(meeting.items[2]!)).toContain(
      'The site had been visited on 2 April 2026. Objectors raised the loss of parking and the height of the rear block, and the applicant had agreed to reduce the rear block by one storey.',
    );
    expect(itemText(meeting.items[3]!)).toBe(
      'The Committee noted two appeal decisions received since the last meeting.\nRESOLVED: That the appeal decisions be noted.',
    );
    expect(allItemText(meeting)).not.toMatch(/Planning Committee/);
    if (!result.ok) return;
    expect(furnitureLines(result)).toEqual([
      '1: a stamp of the printed document: Public Document Pack',
      '26: a page number: 1',
      '29: a header or footer repeated on the pages: Planning Committee',
      '43: a page number: 2',
      '46: a header or footer repeated on the pages: Planning Committee',
    ]);
    // The committee's name above the minutes is their title, not furniture.
    expect(result.report.fields[0]).toMatchObject({ line: 3, what: "the board's name", text: 'PLANNING COMMITTEE' });
  });

  it('text from pdftotext with form feeds: the board-and-date line opens the minutes and gives the date; repeated atop each page, and the footer with "Page 1 of 3", it is furniture', () => {
    const { facts, meeting, result } = imported('crosscheck-form-feed-pdf.txt', 'cabinet/2026-04-09');
    expect({ start: facts.start, end: facts.end }).toEqual({ start: undefined, end: '19:50' });
    expect(facts.items.map((i) => [i.number, i.title, i.decisions.length])).toEqual([
      ['C14', 'Minutes', 1],
      ['C15', 'Council Tax Support Scheme 2026/27', 1],
      ['C16', 'Waste Collection Contract', 1],
    ]);
    expect(facts.attendance.others).toEqual([{ name: 'J. Hale', role: undefined, note: undefined }]);
    // A sentence broken by a page break with no empty line around it is joined again.
    expect(itemText(meeting.items[1]!)).toContain(
      'keep the maximum award at 85 per cent of the council tax bill, and the hardship fund would rise to £150,000.',
    );
    expect(itemText(meeting.items[2]!)).toBe(
      'The Cabinet considered the award of the waste collection contract from 1 October 2026, following a tender that had received four bids.\nRESOLVED: That the contract be awarded to the bidder with the highest score.',
    );
    expect(allItemText(meeting)).not.toMatch(/Westbury|Thursday|Page \d/);
    expect(meeting.preambleHtml).toBe('');
    if (!result.ok) return;
    expect(result.report.fields[0]).toMatchObject({
      line: 1,
      what: 'the board and date of the meeting',
      text: 'Cabinet - Thursday, 9 April 2026',
    });
    expect(furnitureLines(result)).toEqual([
      '17: a page header or footer with its page number: Westbury District Council | Cabinet 09.04.26 | Page 1 of 3',
      '18: a header or footer repeated on the pages: Cabinet - Thursday, 9 April 2026',
      '29: a page header or footer with its page number: Westbury District Council | Cabinet 09.04.26 | Page 2 of 3',
      '30: a header or footer repeated on the pages: Cabinet - Thursday, 9 April 2026',
      '34: a page header or footer with its page number: Westbury District Council | Cabinet 09.04.26 | Page 3 of 3',
    ]);
  });

  it('the word check counts dropped furniture: a page header left in the text, or dropped and not listed, is reported', () => {
    const source = path.join(fixtures, 'crosscheck-other-council-pdf.txt');
    const result = importPageOrText(source, { root: archiveWithTheirBoards(), dryRun: true });
    if (!result.ok) throw new Error(result.problem);
    const text = readFileSync(source, 'utf8');
    const header = 'Executive Board - Thursday, 12 March 2026';
    const left = {
      ...result,
      text: result.text.replace(
        'RESOLVED: That the report be noted.',
        `${header}\n\nRESOLVED: That the report be noted.`,
      ),
    };
    expect(lostOrInventedWords(text, left)).toEqual(['invented 6 words: Executive Board Thursday 12 March 2026']);
    const unlisted = {
      ...result,
      report: { ...result.report, furniture: result.report.furniture.filter((e) => e.what !== 'a page number') },
    };
    expect(lostOrInventedWords(text, unlisted)).toEqual(['lost 4 words: Page 2 Page 3']);
  });

  it('notes that are no kind of minutes are refused, whatever shape is asked for, and nothing is written', () => {
    const root = archiveWithTheirBoards();
    const source = path.join(fixtures, 'refused/crosscheck-unknown-shape.txt');
    const auto = importPageOrText(source, { root, board: 'planning', date: '2026-01-01' });
    expect(auto.ok).toBe(false);
    if (!auto.ok)
      expect(auto.problem).toContain('could not tell what kind of minutes crosscheck-unknown-shape.txt holds');
    for (const shape of ['moderngov-page', 'moderngov-table', 'moderngov-item', 'pdf-text'] as const) {
      const forced = importPageOrText(source, { root, board: 'planning', date: '2026-01-01', shape });
      expect(forced.ok, shape).toBe(false);
    }
    expect(existsSync(path.join(root, 'content/planning/2026-01-01.md'))).toBe(false);
  });
});
