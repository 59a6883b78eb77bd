import { describe, expect, it } from 'vitest';
import { archiveFor, importText } from '../../src/import/import-minutes.ts';
import { readMeeting } from '../../src/load/meeting.ts';
import { PeopleDirectory } from '../../src/load/people-directory.ts';
import { Diagnostics } from '../../src/model/diagnostics.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * Minutes numbered within the council's year whose headings run into their
 * first sentence, as Stoke Ferry Parish Council's of 2 December 2020 do
 * (tests/import/corpus/stoke-ferry-pc-2020-12-02): "196/20 Openness and
 * Transparency Notice The Chair read the notice." Where the title's end is
 * not plain ("… Signs Quotes had been received"; run-in-titles.test.ts
 * has the forms where it is), such a minute is not read as an item; the
 * importer must then say so, not write a file that has lost the minute.
 */
const root = copyOfSampleArchive();
const archive = archiveFor(root);
const run = (text: string) => importText(text, 'minutes.txt', { root, board: 'cyp', dryRun: true }, archive);
/** The items of the file an import would write, read back as `npm run check` and the site read it. */
const itemsWritten = (text: string) =>
  readMeeting(
    { file: 'content/cyp/2025-03-06.md', boardId: 'cyp', slug: '2025-03-06', text },
    new PeopleDirectory(archive.people),
    new Diagnostics(),
  )?.meeting.items.map((i) => [i.number, i.title]);

const minutes = (first: string, last: string) =>
  [
    'STOKE FERRY PARISH COUNCIL Minutes of the Ordinary Meeting held on Wednesday 2 December 2020 at 7.00 pm',
    'Present: Cllr Sue Lintern, Cllr Andrew Hayward and Cllr Gail Reeve',
    first,
    '197/20 To Approve the Minutes of the Ordinary Meeting held on 11 November 2020',
    'RESOLVED: That the minutes of the Ordinary Meeting held on 11 November 2020 be approved.',
    last,
  ].join('\n\n');

describe('a minute whose heading ran into its text', () => {
  it('before the first item read, or inside an item, is doubted: no file loses a minute', () => {
    const result = run(
      minutes(
        '196/20 To Approve Village Gate Signs Quotes had been received.',
        '198/20 Bluebell Campaign Update The Chair of the Campaign Group shared that shares were being received.',
      ),
    );
    if (result.ok) throw new Error(`written without doubt:\n${result.text}`);
    expect(result.problem).toContain(
      'a paragraph starts with a minute\'s number the items do not have ("196/20 To Approve Village Gate Signs',
    );
  });

  it('is not doubted when every minute has its heading apart', () => {
    const result = run(
      minutes(
        '196/20 Openness and Transparency Notice\n\nThe Chair read the notice.',
        '198/20 Bluebell Campaign Update\n\nThe Chair of the Campaign Group shared that shares were being received.',
      ),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('## 196/20 Openness and Transparency Notice\n');
    expect(result.text).toContain('## 198/20 Bluebell Campaign Update\n');
  });
});

describe('a minute whose number is in the middle of a paragraph', () => {
  const text = (middle: string) =>
    [
      'WESTBROOK PARISH COUNCIL Minutes of the Ordinary Meeting held on Tuesday 4 March 2025 at 7.30 pm',
      'Present: Cllr Ann Lee, Cllr Bob Stone and Cllr Cat Hill',
      '41/25 Welcome',
      'The Chair welcomed everyone to the meeting.',
      '42/25 Planning',
      `The Clerk read the planning decisions received since the last meeting${middle}`,
      '44/25 Closed Session',
      'The Council excluded the press and public for a staffing matter.',
    ].join('\n\n');

  it('is doubted when the items skip its number: the empty line before it was lost', () => {
    const result = run(text(' 43/25 To Approve Repairs to the Bus Shelter The Clerk had two quotes.'));
    if (result.ok) throw new Error(`written without doubt:\n${result.text}`);
    expect(result.problem).toContain('a minute\'s number the items skip is in the middle of a paragraph ("…');
    expect(result.problem).toContain('43/25 To Approve Repairs');
    expect(result.problem).toContain('the minute may have run into the text of 42/25');
  });

  it('is not doubted when the paragraph refers to it ("at item 43/25"), or the items do not skip it', () => {
    const referred = run(text(', and noted the shelter at item 43/25 Bus Shelter would follow.'));
    if (!referred.ok) throw new Error(referred.problem);
    const earlier = run(text(', as minuted at 41/25 The Chair had asked.'));
    if (!earlier.ok) throw new Error(earlier.problem);
  });
});

/**
 * An item numbered as the others are, but printed with its number's parts
 * parted otherwise ("01.26..03", "01.26 08": Souldern Parish Council's
 * minutes of 29 January 2026 print both), is not read by its number alone.
 * Where its place says it is the one item the numbers skip, and it stands as
 * a heading does (a paragraph of its own, a title after it), it is that
 * item, numbered as printed; anything less certain is doubted, or it would
 * be written as the text of the item before, its number and title lost
 * among the words, though no word is missing.
 */
describe('an item whose number is printed otherwise than the others', () => {
  const text = (third: string) =>
    [
      'HILLFORD PARISH COUNCIL Minutes of the meeting held on Thursday 6 March 2025 at 7.30 pm',
      'Present: Cllr Ann Lee, Cllr Bob Stone and Cllr Cat Hill',
      '03.25.01 Apologies for absence',
      'None.',
      '03.25.02 Declarations of Interests',
      'None were declared.',
      third,
      '03.25.04 Highways',
      'The verge on Mill Lane had been cut.',
    ].join('\n\n');

  for (const [printed, written] of [
    ['03.25..03', '03.25..03'],
    ['03.25 03', '03.25\u00a003'],
  ] as const)
    it(`"${printed}" between 03.25.02 and 03.25.04, a paragraph of its own, is that item, numbered as printed`, () => {
      const result = run(text(`${printed} To receive the minutes of the last meeting\nThe minutes were approved.`));
      if (!result.ok) throw new Error(result.problem);
      expect(result.text).toContain(
        `## 03.25.02 Declarations of Interests\n\nNone were declared.\n\n## ${written} To receive the minutes of the last meeting\n\nThe minutes were approved.\n\n## 03.25.04 Highways\n`,
      );
      expect(itemsWritten(result.text)).toEqual([
        ['03.25.01', 'Apologies for absence'],
        ['03.25.02', 'Declarations of Interests'],
        [written, 'To receive the minutes of the last meeting'],
        ['03.25.04', 'Highways'],
      ]);
    });

  for (const printed of ['03.25..03 To receive the minutes', '03.25 03 To receive the minutes'])
    it(`"${printed.slice(0, 10)}" is doubted where the gap also refers to the number`, () => {
      const result = run(text(`${printed}\n\nThe minutes were approved, as noted under 03.25.03 last year.`));
      if (result.ok) throw new Error(`written without doubt:\n${result.text}`);
      expect(result.problem).toContain(
        `the items go from 03.25.02 to 03.25.04, and a paragraph of 03.25.02 starts with the number between, printed otherwise ("${printed.slice(0, 10)}`,
      );
    });

  it('is doubted where its title ends as a sentence does, its parts are parted otherwise still, or the items skip more than that one number', () => {
    const parted = run(text('03.25. 03 To receive the minutes\n\nThe minutes were approved.'));
    if (parted.ok) throw new Error(`written without doubt:\n${parted.text}`);
    expect(parted.problem).toContain('and a paragraph of 03.25.02 starts with the number between, printed otherwise');
    const sentence = run(text('03.25..03 The minutes of the last meeting were approved.'));
    if (sentence.ok) throw new Error(`written without doubt:\n${sentence.text}`);
    expect(sentence.problem).toContain('and a paragraph of 03.25.02 starts with the number between, printed otherwise');
    const two = run(
      text('03.25..03 To receive the minutes\n\nThe minutes were approved.').replace(
        '03.25.04 Highways',
        '03.25.05 Highways',
      ),
    );
    if (two.ok) throw new Error(`written without doubt:\n${two.text}`);
    expect(two.problem).toContain('the items go from 03.25.02 to 03.25.05');
  });

  it('is doubted where its heading was joined to the line above, which ended without a full stop', () => {
    const result = run(
      text('03.25..03 To receive the minutes of the last meeting').replace(
        'None were declared.\n\n',
        'None were declared\n',
      ),
    );
    if (result.ok) throw new Error(`written without doubt:\n${result.text}`);
    expect(result.problem).toContain(
      'the items go from 03.25.02 to 03.25.04, and the text of 03.25.02 holds the number between, printed otherwise, with a title after it ("…None were declared 03.25..03 To receive',
    );
  });

  it('is not doubted where the text refers to the number ("see item 03.25.03 Budget"), or the items simply skip it', () => {
    const reference = run(text('The clerk would report at the next meeting, see item 03.25.03 Budget of March.'));
    if (!reference.ok) throw new Error(reference.problem);
  });

  it('is not doubted where the number between is a figure in the text, or the items simply skip it', () => {
    const figure = run(text('03 25 councillors had signed the letter.'));
    if (!figure.ok) throw new Error(figure.problem);
    const skipped = run(text('The clerk had written to the county council.'));
    if (!skipped.ok) throw new Error(skipped.problem);
    expect(skipped.text).toContain('## 03.25.04 Highways\n');
  });
});
