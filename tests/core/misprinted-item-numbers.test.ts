import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * An item number printed with a full stop typed twice ("01.26..03") is the
 * heading's first word, read as printed; one printed with a space in place
 * of a full stop ("01.26 08") is kept one word by a no-break space, as the
 * importer writes it. An ordinary space still ends the number: a title may
 * start with a figure ("7.1 100 Years of the Parish Hall").
 */
describe('item numbers printed otherwise than the others', () => {
  const meeting = `---
date: 2026-01-29
status: draft
---

## 01.26..03 To receive the minutes of the last meeting

The minutes were signed.

## 01.26\u00a008 Highways/Footpaths

The bridleway was discussed.

## 7.1 100 Years of the Parish Hall

The history was noted.

## 8\u00a012 Angry Residents

Their letter was read.
`;
  const archive = loadArchive(copyOfSampleArchive({ 'content/cyp/2026-01-29.md': meeting }), { today: '2026-11-22' });
  const read = archive.meetings.find((m) => m.date === '2026-01-29');

  it('are read as printed, and a figure after a plain number stays the title’s', () => {
    expect(read?.items.map((i) => [i.number, i.title])).toEqual([
      ['01.26..03', 'To receive the minutes of the last meeting'],
      ['01.26\u00a008', 'Highways/Footpaths'],
      ['7.1', '100 Years of the Parish Hall'],
      ['8', '12 Angry Residents'],
    ]);
    expect(read?.items.map((i) => i.anchor)).toEqual(['item-012603', 'item-012608', 'item-71', 'item-8']);
  });
});
