import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFor, importText, type ImportResult } from '../../src/import/import-minutes.ts';
import { readMeeting } from '../../src/load/meeting.ts';
import { PeopleDirectory } from '../../src/load/people-directory.ts';
import { Diagnostics } from '../../src/model/diagnostics.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * Two things parish minutes numbered by year and month do (as the Milburn and Newbiggin minutes of
 * tests/import/corpus do), set in short made-up minutes read as a PDF's text: an item's number mistyped so
 * that it goes back ("16.05.15" among "17.05.x"), and the councillors deciding in a sentence of their own
 * ("the Councillors resolved to …"). The importer reads the decision when the sentence opens with the meeting
 * deciding, and doubts the rest: it must say so rather than write a file that lost an item or a decision.
 */
const root = copyOfSampleArchive({
  '_data/boards.yaml': `${readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8')}\n- id: parish\n  name: Parish Council\n`,
});
const archive = archiveFor(root);
const run = (text: string): ImportResult =>
  importText(text, 'minutes.txt', { root, board: 'parish', dryRun: true, shape: 'pdf-text' }, archive);
const opening =
  'Minutes of the meeting of the Parish Council held on Tuesday, 2 May 2017\n\nPresent: Councillors Ahmed and Brook\n\n';
const doubtsOf = (text: string) => {
  const result = run(text);
  return result.ok ? [] : (result.doubts ?? []).map((d) => d.what);
};
function written(text: string): string {
  const result = run(text);
  if (!result.ok) throw new Error(result.problem);
  return result.text;
}

describe('an item whose number goes back from the items’ numbers', () => {
  const minutes = (stray: string, first = '17.05') =>
    `${opening}${first}.1 Election of Chair\nCouncillor Ahmed was elected Chair.\n\n${first}.2 Register of Interests\nNone\n\n` +
    `${first}.3 Public Participation\nNone\n\n${stray}\nLow Street drainage was discussed again.\n\n${first}.5 Any Other Business\nNone.\n`;

  it('is doubted, whichever group was mistyped: read as text of the item before, or as an item out of order', () => {
    for (const stray of ['16.05.4 Parish Meeting Concerns', '7.05.4 Parish Meeting Concerns']) {
      expect(doubtsOf(minutes(stray)), stray).toContainEqual(
        `"${stray}" reads as the heading of an item, but its number goes back from the items' numbers, so it was read as text of item 17.05.3`,
      );
    }
    // The year as the items', the month mistyped: read as an item, whose number the items' own doubt questions.
    expect(doubtsOf(minutes('17.04.4 Parish Meeting Concerns'))).toContainEqual(
      'item 17.04.4 comes after item 17.05.3: the numbers go backwards',
    );
  });

  it('is doubted in a numbering of two-digit sequences too ("19.09.01")', () => {
    const doubts = doubtsOf(
      `${opening}19.09.01 Apologies\nNone\n\n19.09.02 Minutes\nApproved.\n\n19.09.03 Bonfire\nAll in place.\n\n18.09.04 Finance\nInvoices were paid.\n\n19.09.05 Any Other Business\nNone.\n`,
    );
    expect(doubts).toContainEqual(expect.stringContaining('"18.09.04 Finance" reads as the heading of an item'));
  });

  it('is not doubted where the line refers to a minute of another year and month, nor in numbers that do not go back', () => {
    // "18.11.6" in January 2019's matters arising differs from "19.01.x" in two groups: a reference, not a heading.
    const file = written(
      `${opening}19.01.1 Apologies\nNone\n\n19.01.2 Matters Arising\nThe beacon service was well attended:\n18.11.6 Beacon The posters had been sent.\n\n19.01.3 Any Other Business\nNone.\n`,
    );
    expect(file).toContain('18.11.6 Beacon The posters had been sent.');
    // A point numbered deeper than the items ("17.05.2.1") is a point of its item.
    written(
      `${opening}17.05.1 Apologies\nNone\n\n17.05.2 Finance\nThe accounts were presented.\n17.05.1.1 Audit Form The form was signed.\n\n17.05.3 Any Other Business\nNone.\n`,
    );
    // Items numbered 1, 2, 3: a dotted point inside one is not an item of theirs.
    written(
      `${opening}1. Apologies\nNone\n\n2. Finance\nThe accounts were presented.\n1.2.3 Audit Form The form was signed.\n\n3. Any Other Business\nNone.\n`,
    );
  });
});

describe('the councillors deciding in a sentence of their own, or "It was resolved …" inside a paragraph', () => {
  const minutes = (sentence: string) =>
    `${opening}17.05.1 Apologies\nNone\n\n17.05.2 Seat under the Chestnut Tree\nThe seat was discussed. ${sentence}\n\n17.05.3 Any Other Business\nNone.\n`;

  it('is read as the decision it is when the sentence opens with the meeting deciding: the sentence a paragraph of its own, marked', () => {
    for (const [sentence, marked, decision] of [
      [
        'After discussion, the Councillors resolved to adopt the seat.',
        'After discussion, the Councillors resolved: to adopt the seat.',
        'to adopt the seat.',
      ],
      [
        'All Councillors agreed that Councillor Ahmed repair the seat.',
        'All Councillors agreed: that Councillor Ahmed repair the seat.',
        'that Councillor Ahmed repair the seat.',
      ],
      ['The Councillors agreed all satisfactory.', 'The Councillors agreed: all satisfactory.', 'all satisfactory.'],
      [
        'All agreed these were a true record and they were signed.',
        'All agreed: these were a true record and they were signed.',
        'these were a true record and they were signed.',
      ],
      [
        'After much deliberation, the Councillors agreed that the seat should stay.',
        'After much deliberation, the Councillors agreed: that the seat should stay.',
        'that the seat should stay.',
      ],
      ['It was resolved to varnish the seat.', 'It was resolved: to varnish the seat.', 'to varnish the seat.'],
      [
        'It was also resolved to pay the joiner £ 120.00 for the slats.',
        'It was also resolved: to pay the joiner £ 120.00 for the slats.',
        'to pay the joiner £ 120.00 for the slats.',
      ],
      [
        'It was agreed and resolved to sign the repair contract.',
        'It was agreed and resolved: to sign the repair contract.',
        'to sign the repair contract.',
      ],
      [
        'A quote had come and after discussion the Councillors resolved to accept it.',
        'A quote had come and after discussion the Councillors resolved: to accept it.',
        'to accept it.',
      ],
    ]) {
      const file = written(minutes(`${sentence!} The Clerk will tell the joiner.`));
      expect(file, sentence).toContain(`The seat was discussed.\n\n${marked!}\n\nThe Clerk will tell the joiner.\n`);
      const read = readMeeting(
        { file: 'parish/2017-05-02.md', boardId: 'parish', slug: '2017-05-02', text: file },
        new PeopleDirectory(archive.people),
        new Diagnostics(),
      );
      expect(
        read?.meeting.items.find((i) => i.number === '17.05.2')?.decisions.map((d) => d.text),
        sentence,
      ).toEqual([decision]);
    }
  });

  it('is doubted where the sentence may not be this meeting’s decision, or not the whole of it', () => {
    for (const sentence of [
      // No "that" or "to": what was decided is not said.
      'It was therefore decided at the site meeting on the green.',
      // The council written "It", or a slip for "It was agreed".
      'It agreed to review the seat next year.',
      // Another time: perhaps a decision reported, not taken.
      'It was resolved at the last meeting to varnish the seat.',
      'The Councillors resolved to keep the seat as previously agreed in 2016.',
      // Lines printed without full stops: two decisions, or more, in what reads as one sentence.
      'Councillors resolved to donate £65 A letter from the Air Ambulance was read, after discussion, the Councillors resolved not to support it.',
      // The signature line of the page ran into the sentence.
      'It was agreed and resolved to sign Signed ________________ Dated ________',
      // A recommendation to another body, and a question.
      'It was resolved to recommend to the District Council that the seat be listed.',
      'It was resolved to ask whether the seat could be moved?',
      // Conditional and reported: the sentence does not open with the meeting deciding.
      'If the grant is refused, it was agreed to pay for the seat from reserves.',
      'The Clerk reported that after discussion the Councillors resolved to move the seat.',
      // Run together with the list before it, a capital "The" with no full stop before it.
      'Policies were sent round Code of Conduct The Councillors resolved all satisfactory',
    ]) {
      expect(doubtsOf(minutes(sentence)), sentence).toContainEqual(
        expect.stringContaining('item 17.05.2 has a paragraph that may hold a decision the importer did not mark'),
      );
    }
  });

  it('"It was decided to …" is read as the decision it is, its sentence a paragraph of its own, not doubted', () => {
    expect(written(minutes('It was decided to hold a site meeting on the green.'))).toContain(
      'The seat was discussed.\n\nIt was decided: to hold a site meeting on the green.\n',
    );
  });

  it('is not doubted when one councillor, an officer or some members speak, when members agree with someone, nor for what another meeting agreed', () => {
    for (const sentence of [
      'Councillor Healey agreed to contact Brian White about the wood.',
      'The Clerk agreed to write to the Highways Department.',
      'Some members agreed that the seat looked tired.',
      'Members agreed with the Chair that the seat looked tired.',
      'The seat was raised at the Annual Parish Meeting. At that meeting, Members agreed to refer it to the Council.',
      'At the last meeting, Councillors agreed to wait for a quote.',
      // "It was agreed …" opening a later sentence is as often a view the meeting shared: left alone, as before.
      'It was agreed that the seat looked tired.',
    ]) {
      expect(written(minutes(sentence)), sentence).toContain(sentence);
    }
  });

  it('is read as a decision when a sentence opens with the Council, its Councillors or Members agreeing to or that', () => {
    for (const [sentence, marked] of [
      ['Members unanimously agreed to adopt the seat.', 'Members unanimously agreed: to adopt the seat.'],
      ['The Councillors agreed that the seat stay.', 'The Councillors agreed: that the seat stay.'],
    ]) {
      expect(doubtsOf(minutes(sentence!)), sentence).toEqual([]);
      expect(written(minutes(sentence!)), sentence).toContain(`\n\n${marked}\n`);
    }
  });
});
