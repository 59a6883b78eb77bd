import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markDecisions } from '../../src/import/blocks.ts';
import { importPageOrText, importText } from '../../src/import/import-minutes.ts';
import type { Block } from '../../src/import/minutes.ts';
import { parishTextImporter } from '../support/parish-import.ts';

/**
 * Decisions written inside a sentence, as parish and district minutes write them (the sentences are those of
 * tests/import/corpus: Burton-cum-Walden of 2 September 2025, Newcastle West of 6 December 2024, Stoke Ferry
 * of 2 December 2020, Manordeilo a Salem of 8 March 2017), set in short made-up minutes so that each rule is
 * seen to act, and to stand back where a reader could not tell a decision.
 */
const { root, archive, written, doubts: doubtsOf, decisionsOfItem } = parishTextImporter();
const heading = 'MINUTES of a meeting of the Parish Council held in the Village Hall on Tuesday, 2 September 2025.';
const minutes = (body: string, present = 'Present: Councillors Ann Dent and Tom Landau') =>
  `${heading}\n\n${present}\n\n1. Apologies\n\nNone.\n\n${body}`;
/** The decisions of item 2 of the file, as `npm run check` and the decisions register read them. */
const decisionsOf = (file: string) => decisionsOfItem(file, '2');

describe('a decision inside a sentence, after a clause that leads in to it', () => {
  it('"Councillors considered …, and it was agreed (i) that …" is a decision; the sentence after it stays text', () => {
    const sentence =
      'Councillors considered arrangements for Christmas, and it was agreed (i) that the switch-on of the lights should be on Sunday 7 December 2025, and (ii) that mulled wine should follow.';
    const file = written(
      minutes(`2. Arrangements for Christmas\n\n${sentence} Councillor Dent kindly agreed to put up the tree.\n`),
    );
    // The colon after "agreed" is the only change; the next sentence is a paragraph of its own, not the decision's.
    expect(file).toContain(
      '\n\nCouncillors considered arrangements for Christmas, and it was agreed: (i) that the switch-on of the lights should be on Sunday 7 December 2025, and (ii) that mulled wine should follow.\n\nCouncillor Dent kindly agreed to put up the tree.\n',
    );
    expect(decisionsOf(file)).toEqual([
      '(i) that the switch-on of the lights should be on Sunday 7 December 2025, and (ii) that mulled wine should follow.',
    ]);
  });

  it('"… and following discussion it was agreed by all the Members that …": the sentence before stays a paragraph', () => {
    const file = written(
      minutes(
        '2. Housing\n\nConcern was expressed over oil boilers. A brief discussion took place and following discussion it was agreed by all the Members that the Director would write to the Minister.\n',
      ),
    );
    expect(file).toContain(
      '\n\nConcern was expressed over oil boilers.\n\nA brief discussion took place and following discussion it was agreed by all the Members: that the Director would write to the Minister.\n',
    );
    expect(decisionsOf(file)).toEqual(['that the Director would write to the Minister.']);
  });

  it('"Following a discussion, it was proposed by Cllr. …, seconded by Cllr. … and unanimously agreed that …"', () => {
    const file = written(
      minutes(
        '2. Bus Shelter\n\nThe shelter needed refurbishment. Following a discussion, it was proposed by Cllr. A. Dent, seconded by Cllr. T. Landau and unanimously agreed that the shelter be repaired.\n',
      ),
    );
    expect(file).toContain(
      'Following a discussion, it was proposed by Cllr. A. Dent, seconded by Cllr. T. Landau and unanimously agreed: that the shelter be repaired.',
    );
    expect(decisionsOf(file)).toEqual(['that the shelter be repaired.']);
  });

  it('"… and it was agreed to adopt its use. It was agreed to review quarterly …": two decisions, each a paragraph', () => {
    const file = written(
      minutes(
        '2. Action Plan\n\nThe Council were pleased with the new Action plan and it was agreed to adopt its use in the year. It was agreed to review quarterly from January.\n',
      ),
    );
    expect(decisionsOf(file)).toEqual(['to adopt its use in the year.', 'to review quarterly from January.']);
  });

  it('leaves every word in its place: the paragraphs read together are the sentence as written', () => {
    const text =
      'The Council met the Clerk. Councillors considered the hall, and it was agreed to repaint it. Cllr. Dent thanked them.';
    const file = written(minutes(`2. Hall\n\n${text}\n`));
    const body = file.slice(file.indexOf('## 2. Hall') + '## 2. Hall'.length).trim();
    expect(body.split(/\n\n/).join(' ').replace('agreed: to', 'agreed to')).toBe(text);
  });
});

describe('a decision marked after its words', () => {
  it('a proposal by a named member, then "This was seconded by … and agreed.": the two sentences are the decision', () => {
    const file = written(
      minutes(
        '2. Flooding\n\nThe drains on Mill Lane had flooded again. Councillor Dent also proposed a meeting be sought with the water company before the July meeting. This was seconded by Councillor Landau and agreed. The Clerk would write.\n',
      ),
    );
    // No word is added: the sentences become paragraphs of their own, in their order.
    expect(file).toContain(
      '\n\nThe drains on Mill Lane had flooded again.\n\nCouncillor Dent also proposed a meeting be sought with the water company before the July meeting. This was seconded by Councillor Landau and agreed.\n\nThe Clerk would write.\n',
    );
    expect(decisionsOf(file)).toEqual([
      'Councillor Dent also proposed a meeting be sought with the water company before the July meeting. This was seconded by Councillor Landau and agreed.',
    ]);
  });

  it('other ways of the same: "Cllr. A. Dent moved that …", "It was proposed by …", "The proposal was unanimously agreed by the Members."', () => {
    const cases: Array<[string, string]> = [
      ['Cllr. A. Dent moved that the grant of £500 be paid. This was agreed.', 'Cllr. A. Dent moved that'],
      [
        'It was proposed by Councillor Landau that the bench be replaced. The proposal was unanimously agreed by the Members.',
        'It was proposed by Councillor Landau',
      ],
    ];
    for (const [sentences, opening] of cases) {
      const file = written(minutes(`2. Grants\n\n${sentences}\n`));
      expect(decisionsOf(file)).toEqual([sentences]);
      expect(decisionsOf(file)[0]).toContain(opening);
    }
  });

  it('"The Engineer agreed that … and this was agreed by the councillors.": the sentence is the decision', () => {
    const file = written(
      minutes(
        '2. Bollards\n\nCouncillor Dent stated that it is not safe. The Senior Engineer agreed that each resident would be given a key and this was agreed by the councillors.\n',
      ),
    );
    expect(file).toContain(
      '\n\nCouncillor Dent stated that it is not safe.\n\nThe Senior Engineer agreed that each resident would be given a key and this was agreed by the councillors.\n',
    );
    expect(decisionsOf(file)).toEqual([
      'The Senior Engineer agreed that each resident would be given a key and this was agreed by the councillors.',
    ]);
    const suggested = written(
      minutes('2. Bins\n\nMs. J. Ward suggested that the bins be emptied weekly, and this was unanimously agreed.\n'),
    );
    expect(decisionsOf(suggested)).toEqual([
      'Ms. J. Ward suggested that the bins be emptied weekly, and this was unanimously agreed.',
    ]);
  });

  it('what the meeting should do, then "This was AGREED." in capitals: the two sentences are the decision', () => {
    const file = written(
      minutes(
        '2. Buses\n\nThe Chair reported on the bus petition. As a community council we should support this petition. This was AGREED.\n\nDanny noted the fares.\n',
      ),
    );
    expect(file).toContain(
      '\n\nThe Chair reported on the bus petition.\n\nAs a community council we should support this petition. This was AGREED.\n\nDanny noted the fares.\n',
    );
    expect(decisionsOf(file)).toEqual(['As a community council we should support this petition. This was AGREED.']);
    for (const [sentence, decision] of [
      ['The Clerk must write to the Minister. This was unanimously AGREED.', 'The Clerk must write to the Minister.'],
      ['The hall ought to be let at £10 an hour. This was AGREED by the Council.', 'The hall ought to be let'],
      ['The Council shall meet in the school in May. This was RESOLVED.', 'The Council shall meet in the school'],
    ])
      expect(decisionsOf(written(minutes(`2. Hall\n\n${sentence}\n`)))[0], sentence).toContain(decision);
  });

  it('stays a doubt where what was agreed is not certain', () => {
    // Seconded, but with no outcome: no decision, and nothing to doubt.
    expect(
      decisionsOf(
        written(
          minutes(
            '2. Hall\n\nCouncillor Dent proposed that the hall be painted. This was seconded by Councillor Landau.\n',
          ),
        ),
      ),
    ).toEqual([]);
    const doubted = [
      // A recommendation to another body.
      'Councillor Dent proposed that the precept rise. This was seconded by Councillor Landau and agreed to recommend to Council.',
      // Agreed by an officer, not the meeting.
      'The Engineer agreed to inspect the drain and this was agreed by the Clerk.',
      // An agreement reported: whose, and what, the sentence does not say.
      'He stated that the Engineer agreed that a key be given and this was agreed by the councillors.',
      // A statement, not a proposal: "this" may be the whole discussion.
      'Councillor Dent stated that residents should be contacted and this was agreed by the councillors.',
      // AGREED for a statement of fact: nothing said what the meeting should do.
      'The Chair reported on the petition. This was AGREED.',
      // AGREED with a time or another body: an earlier agreement, perhaps another's.
      'As a council we should support this petition. This was AGREED at the July meeting.',
      'The Council should support this petition. This was AGREED by the Transport Forum.',
      // A view reported after "that": whose proposal, the sentence does not say.
      'Councillor Dent said that we should support this petition. This was AGREED.',
    ];
    for (const sentence of doubted) {
      const doubts = doubtsOf(minutes(`2. Hall\n\n${sentence}\n`));
      expect(doubts.map((d) => d.what).join('\n'), sentence).toMatch(/item 2 has a paragraph that may hold a decision/);
    }
  });
});

describe('what stays doubted, with the line of its own words', () => {
  const item = (text: string) => minutes(`2. Bus Shelter\n\nThe shelter was discussed at length.\n\n${text}\n`);
  /** The line of `words` in the minutes: 1 heading, 3 present, 5-7 item 1, 9 item 2, 11 its first paragraph, 13 the doubted one. */
  const lineOf = (text: string, words: string) => text.split('\n').findIndex((l) => l.includes(words)) + 1;

  it('"The Chair confirmed that it was agreed that …": the Chair may be summing up what the meeting has just decided', () => {
    const text = item('The Chair confirmed that it was agreed that the current arrangement would stand.');
    const doubts = doubtsOf(text);
    expect(doubts).toHaveLength(1);
    expect(doubts[0]!.what).toMatch(
      /^item 2 has a paragraph that may hold a decision the importer did not mark \(".*confirmed that it was agreed that the current arrangement/,
    );
    expect(doubts[0]!.line).toBe(lineOf(text, 'The Chair confirmed'));
    expect(doubts[0]!.line).not.toBe(lineOf(text, '2. Bus Shelter'));
  });

  it('"… it was agreed to recommend to Council that …": a recommendation to another body, not a decision', () => {
    const text = item(
      'Members considered the budget, and it was agreed to recommend to Council that the precept rise.',
    );
    expect(doubtsOf(text).map((d) => d.line)).toEqual([lineOf(text, 'Members considered the budget')]);
    const result = importText(
      text,
      'minutes.txt',
      { root, board: 'parish', dryRun: true, acceptDoubts: true },
      archive,
    );
    if (!result.ok) throw new Error(result.problem);
    expect(decisionsOf(result.text)).toEqual([]);
  });

  it('"… agreed by the Clerk to …": an officer undertaking to act, not a resolution', () => {
    const text = item('The shelter was discussed, and it was agreed by the Clerk to obtain quotes.');
    expect(doubtsOf(text).map((d) => d.line)).toEqual([lineOf(text, 'and it was agreed by the Clerk')]);
  });
});

describe('"Present: …, Councillors, and Mr …, Clerk"', () => {
  it('the names before "Councillors" are the members; after it, each name is followed by the holder’s post', () => {
    const file = written(
      minutes(
        '2. Hall\n\nNoted.\n',
        'Present: Miss Jane Ritchie, Mr Andrew Landau and Mrs Victoria Whitehead, Councillors, and Mr Richard Nolan, Clerk',
      ),
    );
    expect(file).toContain(
      'attendance:\n  present: [Jane Ritchie, Andrew Landau, Victoria Whitehead]\n  officers:\n    - name: Richard Nolan\n      role: Clerk\n',
    );
  });

  it('a saved page’s "Present:" paragraph is read the same way', () => {
    const page = path.join(root, 'parish-page.html');
    writeFileSync(
      page,
      `<h3>Minutes of a meeting of the Parish Council held in the Village Hall on Tuesday, 2 September 2025.</h3>
<p>Present: Miss Jane Ritchie, Mr Andrew Landau and Mrs Victoria Whitehead, Councillors, and Mr Richard Nolan, Clerk</p>
<h4>1. Apologies</h4><p>None.</p>
<h4>2. Hall</h4><p>Noted.</p>`,
    );
    const result = importPageOrText(page, { root, board: 'parish', dryRun: true }, archive);
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain(
      'attendance:\n  present: [Jane Ritchie, Andrew Landau, Victoria Whitehead]\n  officers:\n    - name: Richard Nolan\n      role: Clerk\n',
    );
  });

  it('when what follows "Councillors" does not pair names with posts, the list is doubted rather than written', () => {
    const text = minutes(
      '2. Hall\n\nNoted.\n',
      'Present: Miss Jane Ritchie and Mr Andrew Landau, Councillors, Mr Richard Nolan and Mrs Sue Ryding',
    );
    expect(doubtsOf(text).map((d) => d.what)).toContain(
      '"Councillors" was read as a name in the attendance, but does not look like one',
    );
  });
});

describe('a decision after the number of the minute it follows up, and a decision announced for the list after it', () => {
  it('"5xi) It was agreed to …", "4.4.11i) It was agreed that …", "3.2. RESOLVED that …": the number stays, the decision is read', () => {
    const file = written(
      minutes(
        '2. Matters Arising\n\n5xi) It was agreed to purchase a new notice board.\n\n4.4.11i) It was agreed that the Clerk write to the owner.\n\n3.2. RESOLVED that the grant be paid.\n\n12iv) It was unanimously agreed that the bench be moved.\n',
      ),
    );
    expect(file).toContain('\n\n5xi) It was agreed: to purchase a new notice board.\n');
    expect(file).toContain('\n\n4.4.11i) It was agreed: that the Clerk write to the owner.\n');
    expect(decisionsOf(file)).toEqual([
      'to purchase a new notice board.',
      'that the Clerk write to the owner.',
      'that the grant be paid.',
      'that the bench be moved.',
    ]);
  });

  it('but a minute followed up that reports no decision ("5vii) No response had been received.") is text', () => {
    const file = written(
      minutes('2. Matters Arising\n\n5vii) No response had yet been received. Clerk to follow up.\n'),
    );
    expect(decisionsOf(file)).toEqual([]);
    expect(doubtsOf(minutes('2. Matters Arising\n\n5vii) No response had yet been received.\n'))).toEqual([]);
  });

  it('"The following was agreed:" or "The following responses were unanimously agreed:" takes the list after it as the decision', () => {
    const file = written(
      minutes(
        '2. Planning\n\nThe following was agreed:\n\n- 25/0412 Extension, 3 Mill Lane\n- No objection\n\n3. Consultations\n\nThe following responses were unanimously agreed:\n\n- Bus routes: support\n',
      ),
    );
    expect(decisionsOf(file)).toEqual(['25/0412 Extension, 3 Mill Lane No objection']);
    expect(decisionsOfItem(file, '3')).toEqual(['Bus routes: support']);
  });

  it('but "The following payments were approved:" is no decision of these forms, and is not doubted', () => {
    const text = minutes('2. Accounts\n\nThe following payments were approved:\n\n- Hall hire £28.00\n');
    expect(decisionsOf(written(text))).toEqual([]);
    expect(doubtsOf(text)).toEqual([]);
  });
});

describe('"It was agreed that …" ending a paragraph, with an owner in the Action column beside it', () => {
  const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
  const owner = (name: string): Block => ({ kind: 'action', owner: name });
  const texts = (blocks: Block[]) => blocks.map((b) => (b.kind === 'paragraph' ? b.text : `[${b.kind}]`));

  it('is a decision: its sentence becomes a paragraph of its own, marked, and the owner stays after it', () => {
    for (const [discussion, agreement] of [
      [
        'Residents had complained about litter left by the bench - one bag had been left for a week.',
        'It was agreed that a notice on the village website would best address the issue.',
      ],
      [
        'Cllr. A. Dent reported that the grass on the green had died back in the dry summer.',
        'It was agreed that the worn patches needed to be reseeded in the spring; Cllr. T. Landau would buy the seed.',
      ],
      ['The hall had been booked twice in May.', 'It was unanimously agreed to move the Annual Meeting to 9 June.'],
    ] as Array<[string, string]>) {
      const marked = agreement.replace(/agreed /, 'agreed: ');
      expect(texts(markDecisions([paragraph(`${discussion} ${agreement}`), owner('TL')]))).toEqual([
        discussion,
        marked,
        '[action]',
      ]);
    }
  });

  it('stays text with no owner beside it: a view the meeting shared as often as a decision', () => {
    const text = 'The Members discussed placements. It was agreed that children should be placed close to home.';
    expect(texts(markDecisions([paragraph(text)]))).toEqual([text]);
    expect(texts(markDecisions([paragraph(text), paragraph('The Clerk would write.'), owner('Clerk')]))).toEqual([
      text,
      'The Clerk would write.',
      '[action]',
    ]);
  });

  it('stays text when the agreement is not the paragraph’s last sentence, is another’s or a recommendation', () => {
    for (const text of [
      // The owner is printed beside the sentence after it.
      'The hedge was overgrown. It was agreed that the owner be asked to cut it. The Clerk would also check the verge.',
      // An agreement reported, not the sentence's own.
      'The Clerk reported that at the County meeting it was agreed that the road would be resurfaced.',
      // An undertaking, and a recommendation to another body.
      'The hedge was overgrown. It was agreed by the Clerk to write to the owner.',
      'The budget was discussed. It was agreed to recommend to Council that the precept be raised.',
      // What another meeting had agreed.
      'The hall was discussed. It had been agreed at the last meeting that the hall be repainted.',
    ])
      expect(texts(markDecisions([paragraph(text), owner('Clerk')])), text).toEqual([text, '[action]']);
  });
});

describe('motions and decisions in the forms of a community council’s minutes', () => {
  it('"… seconded by … and unanimously agreed, that …": the colon takes the comma’s place', () => {
    for (const [words, decision] of [
      [
        'It was proposed by Cllr. A. Dent, seconded by Cllr. T. Landau and unanimously agreed, that the minutes of the last meeting were correct.',
        'that the minutes of the last meeting were correct.',
      ],
      ['It was agreed, that the hedge be cut in March.', 'that the hedge be cut in March.'],
    ] as Array<[string, string]>) {
      const file = written(minutes(`2. Minutes\n\n${words}\n`));
      expect(file).toContain(words.replace('agreed, ', 'agreed: '));
      expect(decisionsOf(file)).toEqual([decision]);
    }
  });

  it('"It was felt that … and it was proposed by …, seconded by … and agreed to …": the motion is the meeting’s decision', () => {
    const file = written(
      minutes(
        '2. Benches\n\nii) It was felt that the benches on the green needed refurbishment and it was proposed by Cllr. A. Dent, seconded by Cllr. T. Landau and unanimously agreed to ask Mr Jones for a quote.\n',
      ),
    );
    expect(decisionsOf(file)).toEqual(['to ask Mr Jones for a quote.']);
  });

  it('but a motion inside what someone reported stays text, and doubted', () => {
    const text = minutes(
      '2. Benches\n\nThe Clerk reported that the benches were old and it was proposed by Cllr. A. Dent, seconded by Cllr. T. Landau and agreed to ask for a quote.\n',
    );
    expect(JSON.stringify(doubtsOf(text))).toMatch(/item 2 has a paragraph that may hold a decision/);
  });

  it('"It was decided to …" later in a paragraph is a decision, its sentence a paragraph of its own', () => {
    const file = written(
      minutes(
        '2. Defibrillator\n\nThe cabinet had been hard to open. It was decided to put a sticker on the cabinet.\n',
      ),
    );
    expect(file).toContain('The cabinet had been hard to open.\n\nIt was decided: to put a sticker on the cabinet.\n');
    expect(decisionsOf(file)).toEqual(['to put a sticker on the cabinet.']);
  });

  it('but not "decided to recommend", and "In was decided …", a slip of the pen, is doubted rather than read', () => {
    const recommend = minutes(
      '2. Precept\n\nThe budget was discussed. It was decided to recommend to the Council that the precept be raised.\n',
    );
    expect(JSON.stringify(doubtsOf(recommend))).toMatch(/item 2 has a paragraph that may hold a decision/);
    const slip = minutes(
      '2. Defibrillator\n\nThe cabinet had been hard to open. In was decided to put a sticker on it.\n',
    );
    expect(JSON.stringify(doubtsOf(slip))).toMatch(/item 2 has a paragraph that may hold a decision .*In was decided/);
  });
});

describe('a decision announced for its points, "Committee resolved to:"', () => {
  it('takes the points after it, in order and word for word, as its text', () => {
    for (const [announce, points] of [
      [
        'Committee resolved to:',
        ['i) Approve the proposals in section 4 of the report', 'ii) Note the planting details.'],
      ],
      ['RESOLVED that:', ['(a) the grant be paid;', '(b) the Clerk write to the club.']],
      ['It was agreed to:', ['1. Buy a new bench', '2. Paint the shelter.']],
    ] as Array<[string, string[]]>) {
      const file = written(
        minutes(`2. Bloom\n\n${announce}\n\n${points.join('\n\n')}\n\nThe Chair thanked the Clerk.\n`),
      );
      const [decision] = decisionsOf(file);
      expect(decision, announce).toMatch(/^(?:to|that):/);
      for (const point of points) expect(decision, announce).toContain(point.replace(/^\d\. /, ''));
      expect(decisionsOf(file)).toHaveLength(1);
      expect(file).toContain('\n\nThe Chair thanked the Clerk.\n');
    }
  });

  it('with no points after it is doubted: the decision would read "to:"', () => {
    const text = minutes('2. Bloom\n\nCommittee resolved to:\n\nThe Chair thanked the Clerk.\n');
    expect(JSON.stringify(doubtsOf(text))).toMatch(
      /item 2 has \\"Committee resolved: to:\\", but no list of what was agreed follows it/,
    );
  });
});

describe('a sentence of narrative that opens with the meeting deciding', () => {
  const paragraph =
    'The play area inspection found two loose slats on the bench. All agreed these should be replaced before the summer. ' +
    'The Clerk had asked the joiner for a price, which came to £ 85.00. It was therefore resolved to accept it. ' +
    'Following discussion, the Members agreed not to fence the area. Mrs Hill thanked the Council.';

  it('marks each such sentence as a decision of its own, in order, and keeps every other sentence as written', () => {
    const file = written(minutes(`2. Play area\n\n${paragraph}\n`));
    expect(decisionsOf(file)).toEqual([
      'these should be replaced before the summer.',
      'to accept it.',
      'not to fence the area.',
    ]);
    const body = file.slice(
      file.indexOf('The play area inspection'),
      file.indexOf('Mrs Hill thanked the Council.') + 29,
    );
    // The colons are the only change: read together, the paragraphs are the paragraph as written.
    expect(
      body
        .split('\n\n')
        .join(' ')
        .replace(/(agreed|resolved): /g, '$1 '),
    ).toBe(paragraph);
  });

  it('ends a decision that opens a paragraph at its sentence when a later sentence may hold another', () => {
    const file = written(
      minutes(
        '2. Finance\n\nIt was resolved to pay the grass cutting invoice. The balance was noted. It was also resolved to pay the hall hire.\n',
      ),
    );
    expect(decisionsOf(file)).toEqual(['to pay the grass cutting invoice.', 'to pay the hall hire.']);
    expect(file).toContain('\n\nThe balance was noted.\n\n');
  });

  it('leaves "It was agreed that …" (or "to be …") later in a paragraph, and an agreement with someone, as text', () => {
    for (const sentence of [
      'It was agreed that the slats looked tired.',
      'It was agreed to be the sensible course.',
      'All agreed with the Chair that the slats looked tired.',
    ]) {
      const file = written(minutes(`2. Play area\n\nThe bench was inspected. ${sentence}\n`));
      expect(decisionsOf(file), sentence).toEqual([]);
      expect(file, sentence).toContain(`The bench was inspected. ${sentence}\n`);
    }
  });

  it('takes no decision from what another council, or an earlier meeting, resolved', () => {
    for (const sentence of [
      'The County Council resolved to close the road in June.',
      'At the last meeting the Councillors resolved to buy a bench.',
    ]) {
      const file = written(minutes(`2. Roads\n\nThe Clerk read a letter. ${sentence}\n`));
      expect(decisionsOf(file), sentence).toEqual([]);
      expect(file, sentence).toContain(`The Clerk read a letter. ${sentence}\n`);
    }
  });
});
