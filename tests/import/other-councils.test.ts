import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPageOrText } from '../../src/import/import-minutes.ts';
import { loadArchive } from '../../src/load/archive.ts';
import { itemText } from '../../src/model/item-text.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { factsOf, fixtures } from './helpers.ts';

/**
 * Minutes written in the manner of other councils (made up for these tests):
 * a Planning Committee's ModernGov page with items "1.", "7(a)", an
 * Executive Board's PDF with "EXB 45" codes and an Action column, and a
 * single item page that names its meeting. The importer was not written
 * from them; they show it reads the structure, not Halton's wording.
 */
function archiveWithOtherBoards(): string {
  const boards = readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8');
  return copyOfSampleArchive({
    '_data/boards.yaml': `${boards}\n- id: planning\n  name: Planning Committee\n- id: executive\n  name: Executive Board\n- id: licensing\n  name: Licensing Committee\n`,
  });
}

function imported(file: string, key: string, options: { date?: string } = {}) {
  const root = archiveWithOtherBoards();
  const result = importPageOrText(path.join(fixtures, file), { root, ...options });
  if (!result.ok) throw new Error(result.problem);
  const archive = loadArchive(root);
  expect(archive.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return {
    result,
    meeting: archive.meetings.find((m) => m.key === key)!,
    facts: factsOf(archive.meetings.find((m) => m.key === key)!),
  };
}

describe('minutes of other councils', () => {
  it('a Planning Committee page: items 1., 7(a), 7(b), documents, a declaration on a named item, a cut-short item', () => {
    const { facts, result } = imported('planning-moderngov-page.txt', 'planning/2025-06-04');
    expect(result.ok && result.report.shape).toBe('moderngov-page');
    expect(facts.start).toBe('19:00');
    expect(facts.venue).toBe('Council Chamber, Civic Centre, Riverside Way');
    expect(facts.items.map((i) => [i.number, i.title, i.anchor])).toEqual([
      ['1', 'Apologies for Absence', 'item-1'],
      ['2', 'Declarations of Interest', 'item-2'],
      ['3', 'Minutes of the previous meeting', 'item-3'],
      ['7(a)', '24/01234/FUL - Land to the rear of 12 Mill Lane, Ashby', 'item-7a'],
      ['7(b)', '25/00077/HOU - 3 Orchard Close, Brinsley', 'item-7b'],
      ['8', 'Appeals Update', 'item-8'],
    ]);
    expect(facts.items.map((i) => i.decisions.length)).toEqual([0, 0, 1, 1, 0, 0]);
    expect(facts.items.map((i) => i.cutShort)).toEqual([false, false, false, false, true, false]);
    expect(facts.declarations).toEqual([
      {
        who: 'Whitmore',
        item: '7(a)',
        kind: 'Disclosable Pecuniary Interest',
        reason: 'he owns land adjoining the application site, and left the room for that item',
      },
    ]);
    expect(facts.documents).toEqual([
      { title: 'Minutes of the previous meeting', item: '3', size: '98 KB' },
      { title: '24/01234/FUL - Land to the rear of 12 Mill Lane, Ashby', item: '7(a)', size: '2 MB' },
      { title: 'Site plan', item: '7(a)', size: '512 KB' },
      { title: 'Officer presentation', item: '7(a)', size: '1.4 MB' },
      { title: '25/00077/HOU - 3 Orchard Close, Brinsley', item: '7(b)', size: '640 KB' },
    ]);
  });

  it('an Executive Board PDF: EXB codes, the Action column, a section heading and page furniture', () => {
    const { facts, result, meeting } = imported('exb-pdf-text.txt', 'executive/2025-06-12');
    expect({ start: facts.start, end: facts.end, venue: facts.venue }).toEqual({
      start: '14:00',
      end: '15:15',
      venue: 'Council Chamber, Municipal Building, Widnes',
    });
    expect(facts.items.map((i) => [i.number, i.title, i.anchor, i.decisions.length, i.actions])).toEqual([
      ['EXB 45', 'MINUTES', 'item-exb45', 0, []],
      ['EXB 46', 'CAPITAL PROGRAMME 2025/26 - QUARTER 1 MONITORING', 'item-exb46', 1, ['Director of Finance']],
      ['EXB 47', 'SCHOOL TRANSPORT POLICY 2025/26', 'item-exb47', 1, ["Executive Director of Children's Services"]],
      ['EXB 48', 'EXCLUSION OF THE PRESS AND PUBLIC', 'item-exb48', 1, []],
    ]);
    expect(meeting.items[1]!.decisions[0]!.parts).toEqual([
      'the report be noted; and',
      'the revised capital programme at Appendix A be approved.',
    ]);
    // A sentence broken by a page break is joined again.
    expect(itemText(meeting.items[2]!)).toContain('would be reviewed again after one year.');
    expect(facts.attendance).toMatchObject({
      present: [
        { name: 'Wharfe', role: 'Chair' },
        { name: 'Nelson', role: 'Vice-Chair' },
        { name: 'Harris' },
        { name: 'Jones' },
        { name: 'Wright' },
      ],
      apologies: [{ name: 'Thompson' }],
      councilBusiness: [],
      officers: [{ name: 'S. Young' }, { name: 'M. Reaney' }, { name: 'E. Dawson' }, { name: 'G. Ferguson' }],
    });
    if (!result.ok) return;
    expect(result.report.furniture.map((e) => e.text).filter(Boolean)).toEqual([
      'Public Document Pack',
      'Action',
      'ITEMS DEALT WITH',
      'UNDER DUTIES',
      'EXERCISABLE BY THE BOARD',
      'Page 3',
    ]);
    expect(result.report.unknownNames.map((n) => n.written)).toContain('Wharfe');
  });

  it('a single item page that names its meeting and item gives the date, board and number itself', () => {
    const { facts, meeting } = imported('planning-agenda-item.txt', 'planning/2025-06-04');
    expect(facts.items.map((i) => [i.number, i.title])).toEqual([['8', 'Appeals Update']]);
    expect(meeting.partial).toContain('Only item 8 of this meeting');
    expect(facts.documents).toEqual([{ title: 'Appeals list', item: '8', size: '75 KB' }]);
  });

  it('a Licensing Committee PDF: items "1." to "4." in mixed case, "RESOLVED - That", "The meeting closed at", a signature line', () => {
    const { facts, meeting, result } = imported('licensing-pdf.txt', 'licensing/2026-03-03');
    expect({ start: facts.start, end: facts.end, venue: facts.venue }).toEqual({
      start: '10:00',
      end: '11:05',
      venue: 'Council Chamber, Town Hall',
    });
    expect(facts.items.map((i) => [i.number, i.title, i.decisions])).toEqual([
      ['1', 'Apologies for absence', []],
      ['2', 'Declarations of interest', []],
      ['3', 'Minutes', []],
      [
        '4',
        'Review of Statement of Licensing Policy',
        ['That the revised policy be recommended to Council for adoption.'],
      ],
    ]);
    expect(meeting.approves.map((a) => a.date)).toEqual(['2026-02-02']);
    expect(facts.attendance).toMatchObject({
      present: [{ name: 'A Brown', role: 'Chairman' }, { name: 'C Davis' }, { name: 'E Fox' }, { name: 'G Hill' }],
      officers: [
        { name: 'H Irving', role: 'Licensing Manager' },
        { name: 'J King', role: 'Solicitor' },
      ],
    });
    if (result.ok) expect(result.report.furniture.map((e) => `${e.line}: ${e.text}`)).toEqual(['32: Chairman']);
  });

  it('a Planning Committee page copied as a table that kept its numbers: "1. |", "7(a) |", bullets inside the cell', () => {
    const { facts, meeting } = imported('planning-table.txt', 'planning/2025-07-02');
    expect(facts.items.map((i) => [i.number, i.title, i.decisions.length, i.cutShort])).toEqual([
      ['1', 'Apologies for Absence', 0, false],
      ['2', 'Minutes of the previous meeting', 1, false],
      ['7(a)', '24/01234/FUL - Land at Mill Lane, Ashby', 1, false],
      ['7(b)', '25/00077/HOU - 3 Orchard Close', 0, true],
    ]);
    expect(meeting.items[2]!.html).toContain('<li>the access was narrow;</li>');
    expect(facts.documents.map((d) => [d.title, d.item])).toEqual([
      ['Minutes of the previous meeting', '2'],
      ['24/01234/FUL - Land at Mill Lane, Ashby', '7(a)'],
    ]);
  });
});
