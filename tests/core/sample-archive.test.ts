import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { itemText } from '../../src/model/item-text.ts';
import { projectRoot } from '../../src/paths.ts';

// The sample archive, converted from the seeds in ../shared/seeds, read through the model.
const archive = loadArchive(projectRoot, { today: '2026-11-22' });
const meeting = (key: string) => {
  const found = archive.meetings.find((m) => m.key === key);
  if (!found) throw new Error(`no meeting ${key}`);
  return found;
};

describe('the sample archive', () => {
  it('loads with no errors and no warnings', () => {
    expect(archive.diagnostics).toEqual([]);
  });

  it('has the board cyp, its four meetings and its annual report', () => {
    expect(archive.boards.map((b) => b.id)).toEqual(['cyp']);
    expect(archive.meetings.map((m) => m.key)).toEqual([
      'cyp/2024-07-15',
      'cyp/2025-01-20',
      'cyp/2025-09-08',
      'cyp/2025-11-10',
    ]);
    expect(archive.reports.map((r) => r.key)).toEqual(['cyp/reports/annual-report-2024-25']);
  });

  it('reads items 13 to 21 of 8 September 2025 with their anchors', () => {
    const items = meeting('cyp/2025-09-08').items;
    expect(items.map((i) => i.number)).toEqual(['13', '14', '15', '16', '17', '18', '19', '20', '21']);
    expect(items.map((i) => i.anchor)).toEqual([
      'item-13',
      'item-14',
      'item-15',
      'item-16',
      'item-17',
      'item-18',
      'item-19',
      'item-20',
      'item-21',
    ]);
    expect(items[7]!.title).toBe('Care experienced as a ‘protected characteristic’');
    expect(items.filter((i) => i.cutShort).map((i) => i.number)).toEqual(['16', '19']);
  });

  it('reads CYP1 to CYP9 of 15 July 2024 and the attendance of the seed', () => {
    const m = meeting('cyp/2024-07-15');
    expect(m.items.map((i) => i.number)).toEqual([
      'CYP1',
      'CYP2',
      'CYP3',
      'CYP4',
      'CYP5',
      'CYP6',
      'CYP7',
      'CYP8',
      'CYP9',
    ]);
    expect(m.items.map((i) => i.anchor)).toContain('item-cyp5');
    const people = (list: typeof m.attendance.present) => list.map((a) => a.personId ?? `?${a.written}`);
    expect(people(m.attendance.present)).toEqual([
      'geoffrey-logan',
      'carol-plumpton-walsh',
      'victoria-begg',
      'eddie-jones',
      'peter-lloyd-jones',
      'margaret-ratcliffe',
      'mike-ryan',
    ]);
    expect(m.attendance.present.slice(0, 2).map((a) => a.role)).toEqual(['Chair', 'Vice-Chair']);
    expect(people(m.attendance.apologies)).toEqual([
      'sandra-baker',
      'louise-goodall',
      'tony-mcdermott',
      'aimee-skinner',
    ]);
    expect(m.attendance.officers.map((a) => a.written)).toEqual([
      'G. Cook',
      'A. Jones',
      'B. Holmes',
      'C. Finch',
      'K. Appleton',
    ]);
    expect(m.attendance.others).toEqual([
      { written: 'T. McInerney', personId: 'tom-mcinerney', note: 'in accordance with Standing Order number 33' },
    ]);
    expect(m.end).toBe('20:30');
  });

  it("counts each meeting's decisions", () => {
    const counts = Object.fromEntries(
      archive.meetings.map((m) => [m.date, m.items.reduce((n, i) => n + i.decisions.length, 0)]),
    );
    expect(counts).toEqual({ '2024-07-15': 6, '2025-01-20': 4, '2025-09-08': 4, '2025-11-10': 1 });
  });

  it('keeps the numbered sub-decisions with their decision', () => {
    const cyp5 = meeting('cyp/2024-07-15').items.find((i) => i.number === 'CYP5')!;
    expect(cyp5.decisions).toHaveLength(1);
    expect(cyp5.decisions[0]!.parts).toEqual([
      'note the report and presentation; and',
      'approves the Children and Young People’s Plan 2024.',
    ]);
  });

  it('takes actions out of the text and attaches them to the decisions', () => {
    const m = meeting('cyp/2024-07-15');
    const withActions = m.items.filter((i) => i.actions.length > 0);
    expect(withActions.map((i) => i.number)).toEqual(['CYP5', 'CYP6']);
    expect(withActions[0]!.actions[0]!.owner.written).toBe("Executive Director of Children's Services");
    expect(withActions[0]!.actions[0]!.decisionIds).toEqual([withActions[0]!.decisions[0]!.id]);
    expect(withActions[0]!.html).not.toContain('Action:');
  });

  it('attaches the declaration of interest to its item', () => {
    const m = meeting('cyp/2025-09-08');
    expect(m.declarations).toEqual([
      {
        who: { written: 'Lloyd-Jones', personId: 'peter-lloyd-jones' },
        item: '15',
        itemAnchor: 'item-15',
        kind: 'Other Disclosable Interest',
        reason: 'he was helping a resident obtain a loan',
      },
    ]);
  });

  it('finds approvals of minutes in the text, whether or not the meeting is in the archive', () => {
    expect(meeting('cyp/2025-09-08').approves).toEqual([{ date: '2025-06-09', itemAnchor: 'item-13' }]);
    expect(meeting('cyp/2024-07-15').approves).toEqual([{ date: '2024-01-22', itemAnchor: 'item-cyp1' }]);
    expect(meeting('cyp/2025-01-20').approvedAt).toEqual({ date: '2025-06-09' });
  });

  it('keeps an item without a number or title, with a positional anchor', () => {
    const items = meeting('cyp/2025-01-20').items;
    expect(items.map((i) => i.anchor)).toEqual([
      'item-at-1',
      'item-at-2',
      'item-29',
      'item-at-4',
      'item-at-5',
      'item-at-6',
      'item-at-7',
    ]);
    expect(items[5]!.title).toBeUndefined();
    expect(itemText(items[5]!)).toContain('NEET');
  });
});
