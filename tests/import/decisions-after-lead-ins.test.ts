import { describe, expect, it } from 'vitest';
import { presentTwice } from '../../src/import/twice-present.ts';
import { parishTextImporter } from '../support/parish-import.ts';

/**
 * A decision of the meeting that starts in the middle of a sentence, or of a run of lines printed without full
 * stops, after a clause that leads in to it (the forms of parish minutes such as Milburn's and Newbiggin's, in
 * tests/import/corpus, written again here in short made-up minutes); and an agreement someone reported, which is
 * no decision of the meeting. Each rule is seen to act, and to stand back where a reader could not be sure.
 */
const { written, doubts, decisionsOfItem } = parishTextImporter();
const heading = 'MINUTES of a meeting of the Parish Council held in the Village Hall on Tuesday, 2 September 2025.';
const minutes = (body: string) =>
  `${heading}\n\nPresent: Councillors Ann Dent and Tom Landau\n\n1. Apologies\n\nNone.\n\n${body}`;
const item = (paragraph: string) => minutes(`2. Finance\n\nThe accounts were presented.\n\n${paragraph}\n`);
/** The decisions of item 2, as `npm run check` and the decisions register read them. */
const decisionsOf = (file: string) => decisionsOfItem(file, '2');

/** Item 2's text as written in the file, its paragraphs joined again with the importer's colons taken out. */
function wordsOfItem(file: string): string {
  const body = file.slice(file.indexOf('The accounts were presented.\n\n') + 30);
  return body
    .slice(0, body.search(/\n+(?:---|$)/) === -1 ? undefined : body.search(/\n+(?:---|$)/))
    .split('\n\n')
    .join(' ')
    .replace(/\b(resolved|agreed|decided): /g, '$1 ')
    .trim();
}

const doubtsOf = (text: string) => doubts(text).map((d) => d.what);
const DOUBTED = /item 2 has a paragraph that may hold a decision the importer did not mark/;

describe('lines printed without full stops, where a capital starts the next sentence', () => {
  it('reads each decision of the run as a decision of its own, every word kept in its place', () => {
    for (const [paragraph, decisions] of [
      [
        'Due to the date of the next meeting it was also resolved to pay the joiner £ 210.00 for the gate, upon completion of the work Also resolved to pay £ 49.50 to the sports shop upon receipt of the invoice It was also resolved to pay the sign maker £ 20.80',
        [
          'to pay the joiner £ 210.00 for the gate, upon completion of the work',
          'to pay £ 49.50 to the sports shop upon receipt of the invoice',
          'to pay the sign maker £ 20.80',
        ],
      ],
      [
        'Invoices received :- Mower repair £ 48.00 Hall hire £ 15.00 (cheque payable to the Hall) The Councillors resolved to pay all of the above.',
        ['to pay all of the above.'],
      ],
      ['The bus company asked for a donation of £ 65.00 All Councillors agreed to pay it', ['to pay it']],
    ] as Array<[string, string[]]>) {
      const file = written(item(paragraph));
      expect(decisionsOf(file), paragraph).toEqual(decisions);
      expect(wordsOfItem(file), paragraph).toBe(paragraph);
    }
  });

  it('doubts a run where the capital may be a name’s, or where the decision’s end cannot be told', () => {
    for (const paragraph of [
      // "Bus Councillors": a capital after a capital, perhaps the name of another body's councillors.
      'A letter came from The Village Bus Councillors resolved to donate £65',
      // No capital after it: where the first decision ends is not printed.
      'A letter from the Air Ambulance was read, asking for a donation, after discussion, the Councillors resolved not to support Invoice received from the mower firm £80.00 for grass cutting, Councillors resolved to pay',
      // A paragraph that opens with a decision and runs on, with no full stop, into another.
      'Councillors resolved to donate £65 a letter from the Air Ambulance was read, after discussion, the Councillors resolved not to support it',
      // "them The Standing Orders": the decision may go on past the capital.
      'Policies were sent round Code of Conduct The Councillors resolved all satisfactory and the Chair signed them The Standing Orders are to be updated',
    ])
      expect(doubtsOf(item(paragraph)).join('\n'), paragraph).toMatch(DOUBTED);
  });
});

describe('a decision in capitals that opens its paragraph', () => {
  it('is read whole, the minutes’ own mark, even with another word of deciding in it', () => {
    const file = written(
      item('RESOLVED that the terms the hall committee decided on in May be accepted and resolved upon.'),
    );
    expect(decisionsOf(file)).toEqual([
      'that the terms the hall committee decided on in May be accepted and resolved upon.',
    ]);
  });
});

describe('a clause that leads in to the meeting deciding, inside the sentence', () => {
  it('"Due to …", "Owing to …", "Following …" and no comma before "it was resolved (agreed to, decided)"', () => {
    for (const [sentence, marked, decision] of [
      [
        'Owing to the weather it was decided to postpone the fair.',
        'Owing to the weather it was decided: to postpone the fair.',
        'to postpone the fair.',
      ],
      [
        'Following the site visit it was agreed to repair the fence.',
        'Following the site visit it was agreed: to repair the fence.',
        'to repair the fence.',
      ],
      [
        'In view of the cost it was unanimously resolved not to proceed.',
        'In view of the cost it was unanimously resolved: not to proceed.',
        'not to proceed.',
      ],
    ]) {
      const file = written(item(`The quote was read. ${sentence!} The Clerk will reply.`));
      expect(file, sentence).toContain(`The quote was read.\n\n${marked!}\n\nThe Clerk will reply.\n`);
      expect(decisionsOf(file), sentence).toEqual([decision]);
    }
  });

  it('a decision to put a matter off is a decision: "…, after discussion it was agreed to defer …"', () => {
    const file = written(
      item('The quote came late, so after discussion it was agreed to defer the matter to the next meeting.'),
    );
    expect(decisionsOf(file)).toEqual(['to defer the matter to the next meeting.']);
  });

  it('"it was agreed" with someone named to act, and no "that" or with it, is a decision', () => {
    for (const [sentence, decision] of [
      [
        'After discussion it was agreed Councillor Dent will call in and tell the residents.',
        'Councillor Dent will call in and tell the residents.',
      ],
      ['It was agreed that the Clerk would write to the owner.', 'that the Clerk would write to the owner.'],
    ]) {
      const file = written(item(`No gates are fitted. ${sentence!}`));
      expect(decisionsOf(file), sentence).toEqual([decision]);
      expect(wordsOfItem(file), sentence).toBe(`No gates are fitted. ${sentence!}`);
    }
  });

  it('but "it was agreed that" someone did, should have done or would be something is a view, and stays text', () => {
    for (const sentence of [
      'It was agreed that Councillor Dent had acted properly.',
      'It was agreed that the Clerk should have been told sooner.',
      'It was agreed that the Council would be better served by a larger hall.',
    ]) {
      const file = written(item(`No gates are fitted. ${sentence}`));
      expect(decisionsOf(file), sentence).toEqual([]);
      expect(file, sentence).toContain(`No gates are fitted. ${sentence}\n`);
    }
  });

  it('a sub-heading and a dash before "All Councillors agreed that …": the paragraph keeps its lead-in', () => {
    const paragraph =
      'Statement of Accounts - The Accounts were approved and signed by the Chairman Internal Audit - All Councillors agreed that Mrs Evans be asked to do the internal audit.';
    const file = written(item(paragraph));
    expect(file).toContain(
      '\n\nStatement of Accounts - The Accounts were approved and signed by the Chairman Internal Audit - All Councillors agreed: that Mrs Evans be asked to do the internal audit.\n',
    );
    expect(decisionsOf(file)).toEqual(['that Mrs Evans be asked to do the internal audit.']);
  });

  it('"…, the Councillors agreed that although …, the Councillors decided that …": one decision, resumed', () => {
    const sentence =
      'After much deliberation, the Councillors agreed that although the four aims are important, the area is rural, the Councillors decided that there should be more emphasis on buses.';
    const file = written(item(`The plan had been circulated. ${sentence} The Clerk to respond.`));
    expect(decisionsOf(file)).toEqual([
      'that although the four aims are important, the area is rural, the Councillors decided that there should be more emphasis on buses.',
    ]);
  });

  it('stays a doubt where the lead-in tells of something else, or the decision may be two or another body’s', () => {
    for (const paragraph of [
      // The lead-in reports: what follows may be what someone said was decided.
      'Following the Clerk’s report that the grant was refused it was resolved to pay from reserves.',
      // Another time: perhaps a decision reported, not taken.
      'After the last meeting it was resolved to buy a bench.',
      // "Members" after a dash may be another body's: "Hall Committee - Members agreed …".
      'Hall Committee - Members agreed to raise the fee.',
      // No concession before the body is named again: two decisions, or a report and a decision, run together.
      'After much deliberation, the Councillors agreed that the aims are important, the Councillors decided that buses matter.',
      // Another body named in the resumption.
      'After much deliberation, the Councillors agreed that although the aims are important, the County Councillors decided that buses matter.',
    ])
      expect(doubtsOf(item(paragraph)).join('\n'), paragraph).toMatch(DOUBTED);
  });
});

describe('an agreement someone reported', () => {
  it('"It was noted by the Chair that it was agreed that …", "The Clerk reported that it was agreed to …": text, no decision and no doubt', () => {
    for (const sentence of [
      'It was noted by the Leas Cathaoirleach that it was agreed that the current arrangement would stand.',
      'The Clerk reported that it was agreed to share the cost with the school.',
      'Councillor Dent explained to the meeting that it was previously agreed that the hall would close in August.',
    ]) {
      const file = written(item(`A suggestion was made that the Chair be rotated. ${sentence}`));
      expect(decisionsOf(file), sentence).toEqual([]);
      expect(file, sentence).toContain(`A suggestion was made that the Chair be rotated. ${sentence}\n`);
    }
  });

  it('but stays a doubt when summed up, joined by "and", said of this meeting, or beside another decision', () => {
    for (const sentence of [
      'The Chair confirmed that it was agreed that the current arrangement would stand.',
      'It was noted that the term had ended and it was agreed that the current arrangement would stand.',
      'The Chair noted that it was agreed that the current arrangement would stand from today.',
      'The Clerk reported that it was agreed to share the cost, and the Councillors resolved to pay half.',
    ])
      expect(doubtsOf(item(`A suggestion was made. ${sentence}`)).join('\n'), sentence).toMatch(DOUBTED);
  });
});

describe('a member read as present twice', () => {
  it('in full in one list and by initial in another ("Martin Ryan", "M. Ryan") may be one member', () => {
    const person = (name: string) => ({ name });
    expect(presentTwice(['Carey', 'E. Ryan', 'M. Ryan', 'Martin Ryan'].map(person))).toEqual([
      'M. Ryan',
      'Martin Ryan',
    ]);
    expect(presentTwice(['Martin Ryan', 'Carey', 'M Ryan'].map(person))).toEqual(['Martin Ryan', 'M Ryan']);
    // Another initial, the same surname: two members.
    expect(presentTwice(['E. Ryan', 'Martin Ryan', 'Carey'].map(person))).toBeUndefined();
    // Both in full, or both by initial: the minutes name two people.
    expect(presentTwice(['Mary Ryan', 'Martin Ryan'].map(person))).toBeUndefined();
  });
});
