import { describe, expect, it } from 'vitest';
import { archiveFor, importText } from '../../src/import/import-minutes.ts';
import { ownersOfTables } from '../../src/import/table-owners.ts';
import { sampleArchiveWithBoard } from '../support/archive-copy.ts';

/**
 * Rules of parish councils' minutes as their clerks print them: a closing
 * item without a number ("Other matters"), a heading that runs on into the
 * sentence leading into its list, numbered points inside an item, and the
 * Owner column of a table of actions. Short made-up minutes, each rule seen
 * to act and to stand back where the reading would be a guess.
 */
const root = sampleArchiveWithBoard('hillford', 'Hillford Parish Council');
const archive = archiveFor(root);
const run = (text: string, acceptDoubts = false) =>
  importText(text, 'minutes.txt', { root, board: 'hillford', dryRun: true, acceptDoubts }, archive);
const minutes = (...items: string[]) =>
  [
    'HILLFORD PARISH COUNCIL Minutes of the meeting held on Thursday 6 March 2025 at 7.30 pm',
    'Present: Cllr Ann Lee, Cllr Bob Stone and Cllr Cat Hill',
    '06.25.01 Apologies for absence',
    'None.',
    ...items,
  ].join('\n\n');

describe('a closing item without a number', () => {
  for (const title of ['Other matters', 'Any other business', 'AOB:'])
    it(`"${title}" on a line of its own after the last numbered item is an item`, () => {
      const result = run(
        minutes('06.25.02 Highways', 'The verge had been cut.', `${title}\nThe church clock is to be mended.`),
      );
      if (!result.ok) throw new Error(result.problem);
      expect(result.text).toContain(`## ${title.replace(/:$/, '')}\n\nThe church clock is to be mended.\n`);
    });

  it('between numbered items it is not one, and a short line after the last item that is no closing item’s name is text', () => {
    const between = run(
      minutes('Other matters\nThe church clock is to be mended.', '06.25.02 Highways', 'The verge had been cut.'),
      true,
    );
    if (!between.ok) throw new Error(between.problem);
    expect(between.text).not.toContain('## Other matters');
    const query = run(
      minutes('06.25.02 Highways', 'The verge had been cut.', 'Query on payments\n£162 for hall bookings'),
    );
    if (!query.ok) throw new Error(query.problem);
    expect(query.text).not.toContain('## Query on payments');
    expect(query.text).toContain('Query on payments £162 for hall bookings');
  });
});

describe('a heading that runs on into the sentence leading into its list', () => {
  for (const heading of [
    '06.25.02 Planning - the following planning documents had been received and discussed:',
    '06.25.02 Planning –The following applications were considered:',
  ])
    it(`"${heading.slice(9, 30)}…" is titled by the words before the dash, the sentence its first paragraph`, () => {
      const result = run(minutes(heading, '25/0001/F Rose Cottage - no objection.'));
      if (!result.ok) throw new Error(result.problem);
      const sentence = heading.replace(/^.*?[-–]\s*/, '');
      expect(result.text).toContain(`## 06.25.02 Planning\n\n${sentence}\n`);
    });

  it('a dash before anything else is part of the title: "Planning - Rose Cottage"', () => {
    const result = run(minutes('06.25.02 Planning - Rose Cottage', 'No objection.'));
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('## 06.25.02 Planning - Rose Cottage\n');
  });
});

describe('numbered points inside an item', () => {
  it('"06.25.9.1 …" / "06.25.9.2 …" line after line under "06.25.02 Finance" are the item’s text, not items', () => {
    const result = run(
      minutes(
        '06.25.02 Finance',
        '06.25.9.1 The accounts were approved\n06.25.9.2 The audit report was received',
        '06.25.03 Highways',
        'The verge had been cut.',
      ),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text.match(/^## .*$/gm)).toEqual([
      '## 06.25.01 Apologies for absence',
      '## 06.25.02 Finance',
      '## 06.25.03 Highways',
    ]);
    expect(result.text).toContain('06.25.9.1 The accounts were approved 06.25.9.2 The audit report was received');
  });

  it('a line numbered as the next item is still an item, though a numbered line follows it', () => {
    const result = run(
      minutes(
        '06.25.02 Finance',
        'The accounts were approved.',
        '06.25.03 Highways\n06.25.04 Footpaths',
        'Stiles were mended.',
      ),
      true,
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('## 06.25.03 Highways');
  });
});

describe('the Owner column of a table of actions', () => {
  const table = (header: string[], rows: string[][]) => ({ kind: 'table' as const, header, rows });
  it('gives each cell of the column as an owner; a column named otherwise, or no header, gives none', () => {
    expect(
      ownersOfTables([
        table(
          ['No', 'Action', 'Owner', 'Update'],
          [
            ['', 'Fencing', '', ''],
            ['Mar25.01', 'Bench', 'AB', 'Done'],
            ['Mar25.02', 'Hedge', 'CD/EF', ''],
          ],
        ),
        table(['Ref', 'Action by'], [['1', 'Clerk']]),
        table(['Payee', 'Detail'], [['Kompan', 'Inspection']]),
        { kind: 'table', rows: [['1', 'AB']] },
      ]),
    ).toEqual(['AB', 'CD/EF', 'Clerk']);
  });

  it('takes none from a table after the chair’s signature (a summary of the whole meeting’s actions)', () => {
    expect(
      ownersOfTables([
        { kind: 'paragraph', text: 'Date of next meeting: 27th November Signed ………………………… Chair' },
        table(['No', 'Action', 'Owner'], [['Jan26.01', 'Bridleway', 'KG']]),
      ]),
    ).toEqual([]);
  });
});
