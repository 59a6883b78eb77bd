import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * Parish and town councils number their minutes within the council's year,
 * "196/20", "CYP 76/24": the heading's first word is then the item's number,
 * as the importer writes it. A financial year at the start of a title
 * ("2024/25 Precept") is a title, not a number.
 */
describe('minutes numbered within the council year', () => {
  const meeting = `---
date: 2020-12-02
status: draft
---

## 196/20 Openness and Transparency Notice

The Chair read the notice.

## 197/20. Aggressive and Abusive Behaviour

The Chair read the notice.

## 198/20 To Approve the Minutes

RESOLVED: That the minutes of the meeting held on 11 November 2020 be approved.

## 2021/22 Budget and Precept

The Council noted the draft budget.
`;
  const archive = loadArchive(copyOfSampleArchive({ 'content/cyp/2020-12-02.md': meeting }), { today: '2026-11-22' });
  const read = archive.meetings.find((m) => m.date === '2020-12-02');

  it('are read as the items’ numbers, without errors', () => {
    expect(archive.diagnostics.filter((d) => d.file.endsWith('2020-12-02.md') && d.severity === 'error')).toEqual([]);
    expect(read?.items.map((i) => [i.number, i.title])).toEqual([
      ['196/20', 'Openness and Transparency Notice'],
      ['197/20', 'Aggressive and Abusive Behaviour'],
      ['198/20', 'To Approve the Minutes'],
      [undefined, '2021/22 Budget and Precept'],
    ]);
  });

  it('give each item an anchor made of its number, as other numbered items have', () => {
    expect(read?.items.map((i) => i.anchor).slice(0, 3)).toEqual(['item-19620', 'item-19720', 'item-19820']);
  });
});
