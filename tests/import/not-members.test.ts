import { describe, expect, it } from 'vitest';
import { HEADING_TYPE, parishPdfImporter, type PdfLine } from '../support/parish-import.ts';

/**
 * Parish minutes name people beside the members who are not members: the district or county councillor who
 * sent apologies ("A Hart EDC"), people listed under the clerk with a title no councillor has ("Mr G Hale"),
 * and the apologies printed unnumbered where the items' numbers leave item 1's place. Short made-up minutes,
 * given as the lines a PDF reader gives (headings in their own type), each read where the minutes themselves
 * tell it, and doubted where they do not.
 */
const { doubtsOf, written } = parishPdfImporter('Ashby Parish Council');
type Line = PdfLine;
const HEADING = HEADING_TYPE;
const heading = (text: string): Line => ({ text, font: HEADING });

const titled = (council: string): Line[] => [`Minutes of the meeting of ${council} held on Tuesday, 2 May 2017`, ''];
const title = titled('Ashby Parish Council');
const present: Line[] = ['Present: Councillors J Akers, B Lowe and C Mount', ''];
const itemsFrom = (first: number, prefix = '17.05'): Line[] =>
  ['Register of Interests', 'Finance', 'Any Other Business'].flatMap((name, i) => [
    heading(`${prefix}.${first + i} ${name}`),
    'Nothing to report.',
    '',
  ]);

describe('another council’s councillor among the apologies', () => {
  const minutes = (apologies: string, council = 'Ashby Parish Council'): Line[] => [
    ...titled(council),
    ...present,
    heading('17.05.1 Apologies'),
    apologies,
    '',
    ...itemsFrom(2),
  ];

  it('is read under others, with the council’s initials as role, and the names left unmarked are the members’', () => {
    const file = written(minutes('A Hart EDC and M Ives'));
    expect(file).toContain('  apologies: [M Ives]\n');
    expect(file).toContain('  others:\n    - name: A Hart\n      role: EDC\n');
    // The list stays in the item as printed.
    expect(file).toContain('## 17.05.1 Apologies\n\nA Hart EDC and M Ives\n');
  });

  it('reads the mark after a comma, in brackets, or as a tier’s title before or after the name', () => {
    const cases: Array<[string, string, string]> = [
      ['Alan Hart, EDC', '', '    - name: Alan Hart\n      role: EDC\n'],
      ['M Ives, B Lowe (NYCC) & D Kemp', '  apologies: [M Ives, D Kemp]\n', '    - name: B Lowe\n      role: NYCC\n'],
      [
        'C Moss, District Councillor and M Ives',
        '  apologies: [M Ives]\n',
        '    - name: C Moss\n      role: District Councillor\n',
      ],
      ['County Councillor Ann Reid', '', '    - name: Ann Reid\n      role: County Councillor\n'],
    ];
    for (const [list, apologies, other] of cases) {
      const file = written(minutes(list));
      expect(file, list).toContain(`  others:\n${other}`);
      if (apologies) expect(file, list).toContain(apologies);
      else expect(file, list).not.toMatch(/apologies: \[[^\]]/);
    }
  });

  it('stays doubted where the mark may be this council’s own, no council’s, or a name is not one', () => {
    const unread = (list: string, council?: string) =>
      doubtsOf(minutes(list, council)).filter((d) => d.includes('the apologies, gives'));
    // This council's own initials: a member.
    expect(unread('A Hart APC and M Ives')).toHaveLength(1);
    // A county council's own county councillor is its member.
    expect(unread('County Councillor Ann Reid and M Ives', 'Ashby County Council')).toHaveLength(1);
    // A community or town council's member may be a county or ward councillor too (Wales, Scotland).
    for (const council of ['Ashby Community Council', 'Ashby Town Council'])
      expect(unread('A Hart EDC and M Ives', council), council).toHaveLength(1);
    // No council named in the title: its initials cannot be told from another's.
    expect(unread('A Hart EDC and M Ives', 'the Parish Meeting')).toHaveLength(1);
    // A meeting named by its kind, not its council's name: "KCC" may be its own council's.
    expect(unread('A Hart KCC and M Ives', 'the Full Council')).toHaveLength(1);
    // Initials of the name itself, a two-letter mark, honours, a post or a body.
    for (const list of [
      'Ann Bea Clark ABC and M Ives',
      'Alan Hart, PC',
      'Alan Hart OBE, EDC, M Ives',
      'PCSO Hart EDC and M Ives',
    ])
      expect(unread(list), list).toHaveLength(1);
  });
});

describe('another council’s councillor among those present', () => {
  const minutes = (present: string, council = 'Ashby Parish Council'): Line[] => [
    ...titled(council),
    'Present',
    present,
    '',
    heading('17.05.1 Apologies'),
    'None',
    '',
    ...itemsFrom(2),
  ];

  it('is read under others at a parish council, and the clerk named after the post an officer', () => {
    for (const [present, other] of [
      ['Councillors D Kemp (Chair), B Lowe, A Hart, EDC, Clerk J Brampton', '    - name: A Hart\n      role: EDC\n'],
      ['Councillors D Kemp (Chair), B Lowe, A Hart (NYCC), Clerk J Brampton', '    - name: A Hart\n      role: NYCC\n'],
    ]) {
      const file = written(minutes(present!));
      expect(file, present).toContain('  present:\n    - name: D Kemp\n      role: Chair\n    - B Lowe\n  officers:\n');
      expect(file, present).toContain('  officers:\n    - name: J Brampton\n      role: Clerk\n');
      expect(file, present).toContain(`  others:\n${other}`);
    }
  });

  it('is doubted where the mark does not tell (a community council), and never read as a name "EDC"', () => {
    const doubts = doubtsOf(minutes('Councillors D Kemp (Chair), B Lowe, A Hart, EDC', 'Ashby Community Council'));
    expect(doubts).toContainEqual('"EDC" was read as a name in the attendance, but does not look like one');
  });
});

describe('names under the clerk, with a title no councillor has', () => {
  const lines = (members: string, line: string): Line[] => [
    ...title,
    'Present',
    members,
    'Clerk E Owen',
    line,
    '',
    heading('17.05.1 Apologies'),
    'None',
    '',
    ...itemsFrom(2),
  ];

  it('are others, where the members are listed under "Councillors"', () => {
    for (const [line, others] of [
      ['Mr G Hale and Mr H Ince', 'others: [G Hale, H Ince]'],
      ['Mrs Ann Hale, Dr H Ince & Ms K Wood', 'others: [Ann Hale, H Ince, K Wood]'],
    ]) {
      const file = written(lines('Councillors J Akers (Chair), B Lowe, C Mount', line!));
      expect(file, line).toContain(`  ${others}\n`);
      expect(file, line).toContain('present:\n    - name: J Akers\n      role: Chair\n    - B Lowe\n    - C Mount\n');
      expect(file, line).not.toContain(`\n${line}\n`);
    }
  });

  it('stay doubted where the members have no title of their own, or a name of the line has none or a councillor’s', () => {
    const doubted = (members: string, line: string) =>
      doubtsOf(lines(members, line)).filter((d) => d.includes('a line of names below the attendance'));
    expect(doubted('J Akers (Chair), B Lowe, C Mount', 'Mr G Hale and Mr H Ince')).toHaveLength(1);
    expect(doubted('Councillors J Akers (Chair), B Lowe, C Mount', 'Mr G Hale and H Ince')).toHaveLength(1);
    expect(doubted('Councillors J Akers (Chair), B Lowe, C Mount', 'Cllr G Hale and Mr H Ince')).toHaveLength(1);
  });
});

describe('the apologies printed unnumbered where the items’ numbers leave item 1’s place', () => {
  const minutes = (apologies: string, first: number, between: Line[] = []): Line[] => [
    ...title,
    'Present',
    'Councillors J Akers (Chair), B Lowe and C Mount',
    'Clerk E Owen',
    '',
    apologies,
    '',
    ...between,
    ...itemsFrom(first),
  ];

  it('are the first item, unnumbered, when the items start at 2', () => {
    const none = written(minutes('Apologies - None', 2));
    expect(none).toContain('## Apologies\n\nNone\n\n## 17.05.2 Register of Interests');
    const named = written(minutes('Apologies for absence: Councillor D Kemp', 2));
    expect(named).toContain('## Apologies for absence\n\nCouncillor D Kemp\n\n## 17.05.2 Register of Interests');
    expect(named).toContain('  apologies: [D Kemp]\n');
  });

  it('stay the attendance’s where the items start at 1, and doubted where they start later or text stands between', () => {
    const first = written(minutes('Apologies - None', 1));
    expect(first).not.toContain('## Apologies');
    expect(first).toContain('## 17.05.1 Register of Interests');
    const lateStart = (lines: Line[]) => doubtsOf(lines).filter((d) => d.includes('the items are numbered by'));
    expect(lateStart(minutes('Apologies - None', 3))).toHaveLength(1);
    expect(lateStart(minutes('Apologies - None', 2, ['The Chair welcomed everyone to the meeting.', '']))).toHaveLength(
      1,
    );
  });

  it('are not doubted as missing when item 1 is there, out of order: that has its own doubt', () => {
    const doubts = doubtsOf([
      ...title,
      ...present,
      heading('17.5.2 Apologies'),
      'None',
      '',
      heading('17.05.1 Election of Chair'),
      'Councillor Akers was elected Chair.',
      '',
      ...itemsFrom(3),
    ]);
    expect(doubts).toEqual([expect.stringContaining('item 17.05.1 comes after item 17.5.2: the numbers go backwards')]);
  });
});
