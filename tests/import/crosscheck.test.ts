import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMinutes } from '../../src/import/import-minutes.ts';
import { wordsOf } from '../../src/import/words.ts';
import { loadArchive } from '../../src/load/archive.ts';
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
    '_data/boards.yaml': `${boards}\n- id: planning\n  name: Planning Committee\n- id: executive\n  name: Executive Board\n- id: licensing\n  name: Licensing Committee\n- id: audit\n  name: Audit and Governance Committee\n`,
  });
}

function imported(file: string, key: string) {
  const root = archiveWithTheirBoards();
  const source = path.join(fixtures, file);
  const result = importMinutes(source, { root });
  if (!result.ok) throw new Error(result.problem);
  expect(lostOrInventedWords(readFileSync(source, 'utf8'), result)).toEqual([]);
  const archive = loadArchive(root);
  expect(archive.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const meeting = archive.meetings.find((m) => m.key === key)!;
  const body = readFileSync(path.join(root, 'content', `${key}.md`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return { result, meeting, facts: factsOf(meeting), body, furniture: result.report.furniture.map((e) => e.text) };
}

describe('the cross-check of another importer\'s fixtures', () => {
  it('a page without item numbers: a number alone inside the minutes is not an item, and "View the …" links are furniture, not titles', () => {
    const { facts, body, furniture, meeting } = imported('crosscheck-unnumbered-page.txt', 'audit/2026-01-21');
    expect(facts.items.map((i) => [i.number, i.title])).toEqual([
      [undefined, 'Apologies for Absence'],
      [undefined, 'External Audit Plan'],
      [undefined, 'Exclusion of the Press and Public'],
    ]);
    expect(body).not.toMatch(/^## .*2026/m);
    expect(meeting.items[1]!.text).toContain('The fee for the year was:\n2026\n£120,000');
    expect(facts.items.map((i) => i.decisions)).toEqual([[], ['That the plan be noted.'], ['That the press and public be excluded for the next item.']]);
    expect(furniture).toEqual(expect.arrayContaining(['View the background to item 2.', 'View the reasons why item 3 is restricted']));
    expect(facts.documents).toEqual([{ title: 'External Audit Plan', item: undefined, size: '410 KB' }]);
  });

  it('Markdown in the source is shown as written: asterisks and brackets stay, nothing turns into italics or links', () => {
    const { meeting, body } = imported('crosscheck-other-council-page.txt', 'planning/2026-03-03');
    const item = meeting.items.find((i) => i.number === 'PC4')!;
    expect(item.text).toContain('the *affordable* housing [share].');
    expect(item.html).toContain('the *affordable* housing [share].');
    expect(item.html).not.toContain('<em>');
    expect(body).toContain('the \\*affordable\\* housing \\[share\\].');
    // The page's heading is the page's, not the minutes'.
    expect(meeting.preambleHtml).toBe('');
  });

  it('the writer escapes every character Markdown would read, and the loader gives back the source\'s text', () => {
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
    const result = importMinutes(source, { root });
    if (!result.ok) throw new Error(result.problem);
    expect(lostOrInventedWords(text, result)).toEqual([]);
    const meeting = loadArchive(root).meetings.find((m) => m.key === 'planning/2026-03-03')!;
    expect(meeting.items).toHaveLength(1);
    expect(meeting.items[0]!.text.split('\n')).toEqual(awkward);
    expect(meeting.items[0]!.html).not.toMatch(/<(?:em|code|a|h1|hr|ol|ul|s|table|strong)\b/);
    expect(wordsOf(meeting.items[0]!.text)).toEqual(wordsOf(awkward.join(' ')));
  });

  it('a Licensing Committee PDF in title case: items 1. to 5. with 4(a), numbered lists inside an item are not items', () => {
    const { facts, meeting } = imported('crosscheck-title-case-pdf.txt', 'licensing/2026-02-04');
    expect({ start: facts.start, end: facts.end, venue: facts.venue }).toEqual({ start: '10:00', end: '11:40', venue: 'Room 2, Civic Centre' });
    expect(facts.items.map((i) => [i.number, i.title, i.decisions.length])).toEqual([
      ['1', 'Apologies for Absence', 0],
      ['2', 'Declarations of Interest', 0],
      ['3', 'Minutes', 1],
      ['4(a)', 'Review of the Statement of Licensing Policy', 1],
      ['5', 'Any Other Business', 0],
    ]);
    expect(meeting.items[3]!.decisions[0]!.parts).toEqual(['the draft statement be published for consultation; and', 'the results be reported to the Committee.']);
    expect(meeting.approves.map((a) => a.date)).toEqual(['2026-01-07']);
    expect(facts.attendance.present).toEqual([{ name: 'A. Patel', role: 'Chair', note: undefined }, { name: 'R. Evans', role: undefined, note: undefined }, { name: "L. O'Neill", role: undefined, note: undefined }]);
  });

  it('notes that are no kind of minutes are refused, whatever shape is asked for, and nothing is written', () => {
    const root = archiveWithTheirBoards();
    const source = path.join(fixtures, 'refused/crosscheck-unknown-shape.txt');
    const auto = importMinutes(source, { root, board: 'planning', date: '2026-01-01' });
    expect(auto.ok).toBe(false);
    if (!auto.ok) expect(auto.problem).toContain('could not tell what kind of minutes crosscheck-unknown-shape.txt holds');
    for (const shape of ['moderngov-page', 'moderngov-table', 'moderngov-item', 'pdf-text'] as const) {
      const forced = importMinutes(source, { root, board: 'planning', date: '2026-01-01', shape });
      expect(forced.ok, shape).toBe(false);
    }
    expect(existsSync(path.join(root, 'content/planning/2026-01-01.md'))).toBe(false);
  });
});
