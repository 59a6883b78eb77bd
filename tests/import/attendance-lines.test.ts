import { describe, expect, it } from 'vitest';
import { readNames } from '../../src/import/attendance.ts';
import { BODY_TYPE, HEADING_TYPE, parishPdfImporter, type PdfLine } from '../support/parish-import.ts';

/**
 * Small parish minutes laid out as a clerk's word processor sets them, given as the lines the PDF reader
 * gives (each with its page, its type, whether it reaches the margin, and its pieces parted by a tab's gap):
 * "Present" alone, the members' list wrapping onto a second line, the clerk after a tab, the members of the
 * public on a line of their own, and items numbered by the meeting's year and month.
 */
const { doubtsOf, written } = parishPdfImporter('Parish Council');
type Line = PdfLine;
const BODY = BODY_TYPE;
const HEADING = HEADING_TYPE;

const heading = (text: string): Line => ({ text, font: HEADING });
const title: Line[] = ['Minutes of the meeting of the Parish Council held on Tuesday, 2 May 2017', ''];
const items = (prefix = '17.05'): Line[] => [
  heading(`${prefix}.1 Apologies`),
  'None',
  '',
  heading(`${prefix}.2 Register of Interests`),
  'None declared.',
  '',
  heading(`${prefix}.3 Finance`),
  'The accounts were presented.',
  '',
  heading(`${prefix}.4 Any Other Business`),
  'None.',
];

describe('attendance laid out with tabs and lines of its own under "Present"', () => {
  it('reads the members, the clerk after a tab and the public on their own line, each as its own list', () => {
    const file = written([
      ...title,
      'Present',
      { text: 'Councillors J Akers (Chair) B Lowe, C Mount and', wraps: true },
      { text: 'D North Clerk E Owen', tabbed: ['D North', 'Clerk E Owen'] },
      'Members of the Public - Mr & Mrs Pryce and Mr Quinn',
      '',
      ...items(),
    ]);
    expect(file).toContain(
      'present:\n    - name: J Akers\n      role: Chair\n    - B Lowe\n    - C Mount\n    - D North\n' +
        '  officers:\n    - name: E Owen\n      role: Clerk\n' +
        '  others:\n    - name: Members of the public\n      note: Mr & Mrs Pryce and Mr Quinn\n',
    );
  });

  it('reads the clerk and the public each on a line of their own, and a count of the public, the list wrapping after a comma', () => {
    const file = written([
      ...title,
      'Present',
      { text: 'Councillors A Bell (Chair), R Cole,', wraps: true },
      'S Dale and T Eden',
      'Parish Clerk Mrs F Gray',
      'Members of the Public Three Members',
      '',
      ...items(),
    ]);
    expect(file).toContain(
      'present:\n    - name: A Bell\n      role: Chair\n    - R Cole\n    - S Dale\n    - T Eden\n' +
        '  officers:\n    - name: F Gray\n      role: Parish Clerk\n' +
        '  others:\n    - name: Members of the public\n      note: Three Members\n',
    );
  });

  it('reads "Members of the public:" with its colon as the list of others, as it is read anywhere', () => {
    const file = written([
      ...title,
      'Present',
      { text: 'Councillors J Akers and B Lowe', wraps: true },
      'Clerk E Owen',
      'Members of the public: Mr G Hale',
      '',
      ...items(),
    ]);
    expect(file).toContain(
      'present: [J Akers, B Lowe]\n  officers:\n    - name: E Owen\n      role: Clerk\n  others: [G Hale]\n',
    );
  });

  it('reads names set in cells side by side, a tab apart, as names of the list', () => {
    const file = written([
      ...title,
      'Present:',
      { text: 'Cllr J Akers Cllr B Lowe Cllr C Mount', tabbed: ['Cllr J Akers', 'Cllr B Lowe', 'Cllr C Mount'] },
      { text: 'Cllr D North Clerk E Owen', tabbed: ['Cllr D North', 'Clerk E Owen'] },
      '',
      ...items(),
    ]);
    expect(file).toContain(
      'present: [J Akers, B Lowe, C Mount, D North]\n  officers:\n    - name: E Owen\n      role: Clerk\n',
    );
  });

  it('ends the lists at a sentence below them, which is kept as text before the items', () => {
    const file = written([
      ...title,
      'Present',
      { text: 'Councillors J Akers (Chair) B Lowe and C Mount', wraps: true },
      'Clerk E Owen',
      'Members of the Public - Two Members',
      { text: 'Councillor Akers welcomed Councillor Mount to the Parish', wraps: true },
      'Council',
      '',
      ...items(),
    ]);
    expect(file).toContain('present:\n    - name: J Akers\n      role: Chair\n    - B Lowe\n    - C Mount\n');
    expect(file).toContain('\nCouncillor Akers welcomed Councillor Mount to the Parish Council\n');
  });

  it('doubts names on a line of their own after the clerk’s, under no label, and keeps them as text', () => {
    // Written without a title: members, or the public? (Not-members.test.ts reads them where titles tell.)
    const lines: Line[] = [
      ...title,
      'Present',
      'Councillors J Akers (Chair), B Lowe, C Mount',
      'Clerk E Owen',
      'G Hale and H Ince',
      '',
      ...items(),
    ];
    expect(doubtsOf(lines)).toEqual([
      expect.stringContaining('"G Hale and H Ince", a line of names below the attendance, has no label of its own'),
    ]);
  });

  it('reads a numbered heading printed straight below the lists, in the items’ headings’ type, as the first item', () => {
    const file = written([
      ...title,
      'Present',
      { text: 'Councillors J Akers (Chair) B Lowe and', wraps: true },
      { text: 'C Mount Clerk E Owen', tabbed: ['C Mount', 'Clerk E Owen'] },
      'Members of the Public - None',
      heading('17.05.1 Apologies'),
      'None',
      '',
      ...items().slice(3),
    ]);
    expect(file).toContain('## 17.05.1 Apologies\n\nNone\n\n## 17.05.2 Register of Interests');
  });

  it('doubts such a heading set in the text’s type, and keeps it as text', () => {
    const lines: Line[] = [
      ...title,
      'Present',
      { text: 'Councillors J Akers (Chair) B Lowe and', wraps: true },
      { text: 'C Mount Clerk E Owen', tabbed: ['C Mount', 'Clerk E Owen'] },
      'Members of the Public - None',
      '17.05.1 Apologies',
      'None',
      '',
      ...items().slice(3),
    ];
    expect(doubtsOf(lines)).toContainEqual(
      expect.stringContaining(
        '"17.05.1 Apologies" reads as the heading of an item, but is printed straight below the attendance',
      ),
    );
  });

  it('leaves a post that names more than one person to the reading as before, which doubts it', () => {
    const doubts = doubtsOf([
      ...title,
      'Present',
      { text: 'Councillors J Akers (Chair) B Lowe and', wraps: true },
      { text: 'C Mount Clerk E Owen Mr G Hale', tabbed: ['C Mount', 'Clerk E Owen Mr G Hale'] },
      '',
      ...items(),
    ]);
    expect(doubts).toContainEqual(
      expect.stringContaining('was read as a name in the attendance, but does not look like one'),
    );
  });

  it('doubts a member and the clerk run together where the text gives no tab between them', () => {
    const doubts = doubtsOf([
      ...title,
      'Present',
      'Councillors J Akers, B Lowe and C Mount Clerk E Owen',
      '',
      ...items(),
    ]);
    expect(doubts).toContainEqual(
      '"C Mount Clerk E Owen" was read as a name in the attendance, but has an officer\'s post between its words: it may be two people run together',
    );
  });
});

describe('a role in brackets with no comma after it', () => {
  it('ends the name it follows; the next name starts after it', () => {
    expect(readNames('Councillors J Akers (Chair) B Lowe, C Mount')).toEqual([
      { name: 'J Akers', role: 'Chair' },
      { name: 'B Lowe' },
      { name: 'C Mount' },
    ]);
    expect(readNames('Ann Bright (Vice-Chair) Tom Reed and Jo Marsh')).toEqual([
      { name: 'Ann Bright', role: 'Vice-Chair' },
      { name: 'Tom Reed' },
      { name: 'Jo Marsh' },
    ]);
  });

  it('does not part a bracket from words that are no name', () => {
    expect(readNames('Jo Marsh (JM) CHAIR, Tom Reed')).toEqual([{ name: 'Jo Marsh (JM) CHAIR' }, { name: 'Tom Reed' }]);
    expect(readNames('A Smith (left at 8pm) arrived again')).toEqual([{ name: 'A Smith (left at 8pm) arrived again' }]);
  });
});

describe('items numbered by the meeting’s year and month', () => {
  const present: Line[] = ['Present: Councillors J Akers, B Lowe and C Mount', ''];
  const numbered = (numbers: string[], fonts: Array<string | undefined> = numbers.map(() => HEADING)): Line[] =>
    numbers.flatMap((n, i) => [
      {
        text: `${n} ${['Apologies', 'Minutes', 'Matters Arising', 'Finance', 'Bonfire', 'Any Other Business'][i]}`,
        ...(fonts[i] ? { font: fonts[i] } : {}),
      },
      'Nothing to report.',
      '',
    ]);

  it('reads an item whose date part is left from another meeting, its last part counting on, numbered as printed', () => {
    for (const stale of ['17.03.3', '17.4.3', '17.01.3']) {
      const file = written([...title, ...present, ...numbered(['17.05.1', '17.05.2', stale, '17.05.4', '17.05.5'])]);
      expect(file).toContain(`## ${stale} Matters Arising`);
    }
    // "17.5.6" for "17.05.6" is the same number: the date part is the meeting's.
    written([...title, ...present, ...numbered(['17.05.1', '17.05.2', '17.01.3', '17.05.4', '17.05.5', '17.5.6'])]);
  });

  it('keeps the doubt where the last part skips or repeats, the date part is not the meeting’s, or the type differs', () => {
    const backwards = (numbers: string[], fonts?: Array<string | undefined>) =>
      doubtsOf([...title, ...present, ...numbered(numbers, fonts)]).filter((d) => d.includes('go backwards'));
    // The last part skips (3 → 5): a point of the item before, or a misprint in two places.
    expect(backwards(['17.05.1', '17.05.2', '17.03.5', '17.05.4', '17.05.5'])).toHaveLength(1);
    // The next item repeats its last part.
    expect(backwards(['17.05.1', '17.05.2', '17.03.3', '17.05.3', '17.05.5'])).toHaveLength(1);
    // The items' shared date part is not the meeting's (2 May 2017): no item can be told stale.
    expect(backwards(['17.06.1', '17.06.2', '17.03.3', '17.06.4', '17.06.5'])).toHaveLength(1);
    // Set in another type than the items' headings.
    expect(
      backwards(['17.05.1', '17.05.2', '17.03.3', '17.05.4', '17.05.5'], [HEADING, HEADING, BODY, HEADING, HEADING]),
    ).toHaveLength(1);
  });

  it('doubts items that start after 1, where an item may stand above them unnumbered', () => {
    const doubts = doubtsOf([...title, ...present, ...numbered(['17.05.2', '17.05.3', '17.05.4', '17.05.5'])]);
    expect(doubts).toEqual([
      expect.stringContaining('the first is 17.05.2: an item before it may be printed without its number'),
    ]);
    expect(written([...title, ...present, ...numbered(['17.05.1', '17.05.2', '17.05.3'])])).toContain(
      '## 17.05.1 Apologies',
    );
  });
});

describe('an apologies item whose names were not read', () => {
  const minutes = (apologies: string): Line[] => [
    ...title,
    'Present: Councillors J Akers, B Lowe and C Mount',
    '',
    heading('17.05.1 Apologies'),
    apologies,
    '',
    heading('17.05.2 Finance'),
    'The accounts were presented.',
    '',
    heading('17.05.3 Any Other Business'),
    'None.',
  ];

  it('is doubted: the file would list no apologies while the minutes give some', () => {
    // No name marked as another council's ("A Hart EDC" is read: not-members.test.ts), "PC" no council's initials.
    for (const text of ['A Hart and M Ives', 'Alan Hart, PC'])
      expect(doubtsOf(minutes(text))).toEqual([
        expect.stringContaining(`item 17.05.1, the apologies, gives "${text}"`),
      ]);
  });

  it('reads members joined by an ampersand, and leaves "None" alone', () => {
    expect(written(minutes('Councillors D Kemp & R Lowe'))).toContain('apologies: [D Kemp, R Lowe]');
    expect(written(minutes('None received'))).not.toContain('apologies:');
  });
});
