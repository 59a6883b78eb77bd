import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameWithInitials, readAttendanceColumns } from '../../src/import/attendance-columns.ts';
import { readNames } from '../../src/import/attendance.ts';
import { archiveFor, importMinutes, importText } from '../../src/import/import-minutes.ts';
import { parsePdfText } from '../../src/import/parse-pdf-text.ts';
import type { SourceLine } from '../../src/import/source-file.ts';
import type { Fragment } from '../../src/import/pdf-action-column.ts';
import { readTables, type TableLine } from '../../src/import/pdf-tables.ts';
import { readPdf } from '../../src/import/read-pdf.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * Tables printed in signed PDF minutes, read by their columns: the lines are
 * built here as pdf.js places text (10-point, y going up the page), in the
 * forms parish minutes print them; and one real PDF of the corpus.
 */
const SIZE = 10;
/** A piece of text at x on the line at y, about half its height wide a letter. */
const piece = (text: string, x: number, y: number): Fragment => ({
  text,
  x,
  y,
  width: text.length * SIZE * 0.5,
  size: SIZE,
});
/** A printed line from its pieces, [x, text] left to right. */
const line = (y: number, ...pieces: Array<[number, string]>): TableLine => {
  const fragments = pieces.map(([x, text]) => piece(text, x, y));
  const wide = fragments.some((f, i) => i > 0 && f.x - (fragments[i - 1]!.x + fragments[i - 1]!.width) > SIZE * 3);
  return { page: 1, y, size: SIZE, fragments, ...(wide ? { columns: true } : {}) };
};
const cellsOf = (lines: TableLine[]) =>
  readTables(lines).map((t) => ({ header: t.header, rows: t.rows.map((r) => r.cells) }));

describe('a table printed in the minutes, read by its columns', () => {
  it('reads a list of payments row by row, figures set right under their header in its column', () => {
    const lines = [
      line(700, [72, 'Payee'], [200, 'Detail'], [330, 'Amount'], [420, 'VAT']),
      line(686, [72, 'Parish Clerk'], [200, 'Salary for May'], [338, '412.50'], [432, '0.00']),
      line(672, [72, 'Garden Services Ltd'], [200, 'Grass cutting'], [338, '380.00'], [428, '76.00']),
      line(658, [72, 'Village Hall'], [200, 'Room hire'], [343, '45.00']),
    ];
    expect(cellsOf(lines)).toEqual([
      {
        header: true,
        rows: [
          ['Payee', 'Detail', 'Amount', 'VAT'],
          ['Parish Clerk', 'Salary for May', '412.50', '0.00'],
          ['Garden Services Ltd', 'Grass cutting', '380.00', '76.00'],
          ['Village Hall', 'Room hire', '45.00', ''],
        ],
      },
    ]);
  });

  it('joins the wrapped lines of a cell inside it, where gaps part the rows', () => {
    const lines = [
      line(700, [60, 'Ref'], [150, 'Site'], [330, 'Comment']),
      line(680, [60, '26/0101/F'], [150, 'Rose Cottage, Mill'], [330, 'No objection, but the']),
      line(668, [150, 'Lane'], [330, 'council asks for a bat']),
      line(656, [330, 'survey first.']),
      line(636, [60, '26/0107/TCA'], [150, 'The Old Forge'], [330, 'Noted.']),
    ];
    expect(cellsOf(lines)[0]!.rows).toEqual([
      ['Ref', 'Site', 'Comment'],
      ['26/0101/F', 'Rose Cottage, Mill Lane', 'No objection, but the council asks for a bat survey first.'],
      ['26/0107/TCA', 'The Old Forge', 'Noted.'],
    ]);
  });

  it('reads a table with no header as rows only, and leaves a heading below it out', () => {
    const lines = [
      line(500, [72, '26/00412/F'], [180, '2 Church Lane'], [330, 'Approved']),
      line(488, [72, '26/00433/LB'], [180, 'The Old School'], [330, 'Refused']),
      line(466, [72, 'Decisions']),
    ];
    expect(cellsOf(lines)).toEqual([
      {
        header: false,
        rows: [
          ['26/00412/F', '2 Church Lane', 'Approved'],
          ['26/00433/LB', 'The Old School', 'Refused'],
        ],
      },
    ]);
  });

  it('ends the table at a line in larger type (the next item’s heading) and at a line across its columns', () => {
    const heading = { ...line(640, [72, '7.'], [110, 'Finance']), size: 12 };
    const across = line(640, [72, 'The clerk reported that the two accounts above were both paid on time.']);
    const table = [
      line(700, [72, 'Payee'], [200, 'Amount']),
      line(686, [72, 'Parish Clerk'], [200, '412.50']),
      line(672, [72, 'HMRC'], [200, '82.40']),
    ];
    for (const after of [heading, across]) expect(cellsOf([...table, after])[0]!.rows).toHaveLength(3);
  });

  it('reads lists side by side under their labels, one name a line', () => {
    const lines = [
      line(700, [72, 'Present:'], [320, 'Members of the Public:']),
      line(680, [72, 'Jo Marsh (JM) CHAIR']),
      line(666, [72, 'Ann Bright (AB)'], [320, 'Two residents']),
      line(652, [72, 'Tom Reed (TR)']),
    ];
    expect(cellsOf(lines)[0]!.rows).toEqual([
      ['Present:', 'Members of the Public:'],
      ['Jo Marsh (JM) CHAIR', ''],
      ['Ann Bright (AB)', 'Two residents'],
      ['Tom Reed (TR)', ''],
    ]);
  });

  it('refuses a table whose cells are centred in their rows: which lines make a row cannot be told', () => {
    const lines = [
      line(700, [60, 'Organisation'], [200, 'Summary'], [400, 'Decision']),
      line(680, [200, 'Funding for bulbs along the'], [400, 'Approved.']),
      line(668, [60, 'Bowls Club'], [200, 'green and the car park']),
      line(656, [200, 'hedge, as last year.']),
      line(636, [200, 'A festival of poetry']),
      line(624, [60, 'Library'], [200, 'in the library.'], [400, 'Approved.']),
    ];
    expect(readTables(lines)).toEqual([]);
  });

  it('refuses lines with no gaps between rows where a line has nothing in the first column (a cell’s second line, or a name of its own?)', () => {
    const lines = [
      line(700, [40, 'Present:'], [120, 'Ann Bright'], [260, 'AB'], [320, 'Tom Reed'], [460, 'TR']),
      line(686, [120, 'Jo Marsh'], [260, 'JM'], [320, 'Sam Hill'], [460, 'SH']),
      line(672, [120, 'Kim Lowe'], [260, 'KL'], [320, 'Ed Fry'], [460, 'EF']),
    ];
    expect(readTables(lines)).toEqual([]);
    const actions = [
      line(700, [60, 'No'], [120, 'Action'], [400, 'Owner']),
      line(686, [60, 'A1'], [120, 'Ask the county about the verge'], [400, 'Jo']),
      line(672, [400, 'Marsh']),
      line(658, [60, 'A2'], [120, 'Order two new benches'], [400, 'Clerk']),
    ];
    expect(readTables(actions)).toEqual([]);
  });

  it('refuses a header whose labels may go on in the line below', () => {
    const lines = [
      line(700, [60, 'Date'], [160, 'Payee'], [300, 'Detail'], [420, 'Amount']),
      line(688, [300, 'Clerk salary']),
      line(676, [60, '28/05/2026'], [160, 'J Smith'], [300, 'May'], [420, '140.24']),
      line(654, [60, '01/06/2026'], [160, 'Insurer'], [300, 'Cover'], [420, '590.23']),
    ];
    expect(readTables(lines)).toEqual([]);
  });

  it('refuses a figure below a figure, carried over a page break', () => {
    const lines = [
      line(120, [60, 'Payee'], [200, 'Amount']),
      line(100, [60, 'Grass cutting'], [200, '486.00']),
      line(80, [60, 'Insurer'], [200, '590.23']),
      { ...line(760, [200, '1076.23']), page: 2 },
    ];
    expect(readTables(lines)).toEqual([]);
  });
});

describe('attendance printed in columns', () => {
  it('reads a name with its initials and a post after them', () => {
    expect(nameWithInitials('Jo Marsh (JM) CHAIR')).toEqual({ name: 'Jo Marsh', role: 'CHAIR' });
    expect(nameWithInitials('Ann Bright (AB)[Vice Chair]')).toEqual({ name: 'Ann Bright', role: 'Vice Chair' });
    expect(nameWithInitials('Tom Reed (TR)')).toEqual({ name: 'Tom Reed' });
    // Brackets that are not the name's initials are not read so.
    expect(nameWithInitials('Tom Reed (SBC)')).toBeUndefined();
  });

  it('reads each column as its list, the clerk among the officers', () => {
    const attendance = readAttendanceColumns(
      ['Present:', 'Members of the Public:'],
      [
        ['Jo Marsh (JM) CHAIR', ''],
        ['Ann Bright (AB)', 'Two residents'],
        ['Sam Hill (SH) CLERK', 'D/Cllr Pat Lane'],
      ],
    );
    expect(attendance).toEqual({
      present: [{ name: 'Jo Marsh', role: 'CHAIR' }, { name: 'Ann Bright' }],
      officers: [{ name: 'Sam Hill', role: 'CLERK' }],
      others: [{ name: 'Two residents' }, { name: 'Pat Lane' }],
    });
  });

  it('leaves columns under labels that are not attendance lists', () => {
    expect(readAttendanceColumns(['Payee:', 'Amount:'], [['Parish Clerk', '412.50']])).toBeUndefined();
  });

  it('reads a name with its post after a dash as the person, the post as role', () => {
    expect(readNames('Jane Smith – Parish Clerk, Ben Hale - Responsible Financial Officer')).toEqual([
      { name: 'Jane Smith', role: 'Parish Clerk' },
      { name: 'Ben Hale', role: 'Responsible Financial Officer' },
    ]);
    // After the dash no post: the part stays as written.
    expect(readNames('Jane Smith – resident')).toEqual([{ name: 'Jane Smith – resident' }]);
  });
});

describe('a real PDF whose payments are printed as tables', () => {
  const pdf = path.join(projectRoot, 'tests/import/corpus/souldern-pc-2026-01-29/source.pdf');

  it('reads each row of the accounts table in order, its cells in column order', async () => {
    const read = await readPdf(pdf);
    if (!read.ok) throw new Error(read.problem);
    const table = read.pdf.lines.filter(
      (l) => l.row?.table === read.pdf.lines.find((h) => h.row?.cells[2] === 'Total £')?.row?.table,
    );
    expect(table.map((l) => l.row!.cells)).toEqual([
      ['Payee', 'Detail', 'Total £', 'VAT', 'Comments'],
      ['Souldern Village Hall', 'Hall bookings 2025', '394.00', '', ''],
      ['Kompan', 'Inv 26685', '295.52', '49.25', 'Annual inspection'],
      ['Souldern Village Hall', 'Insurance 2025', '253.18', '', '= 20% of total'],
    ]);
  });

  it('writes the table in Markdown, row by row, and the attendance from its two columns', async () => {
    const root = copyOfSampleArchive();
    const result = await importMinutes(pdf, { root, board: 'cyp', dryRun: true, acceptDoubts: true });
    expect(result.ok, result.ok ? '' : result.problem).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain(
      [
        '| Payee | Detail | Total £ | VAT | Comments |',
        '| --- | --- | --- | --- | --- |',
        '| Souldern Village Hall | Hall bookings 2025 | 394.00 |   |   |',
        '| Kompan | Inv 26685 | 295.52 | 49.25 | Annual inspection |',
        '| Souldern Village Hall | Insurance 2025 | 253.18 |   | = 20% of total |',
      ].join('\n'),
    );
    expect(result.text).toContain('- 25/02660/F – 1 Chapel Row, High Street – APPROVED BY CDC\n');
    expect(result.text).toMatch(/present:\n {4}- name: Heidi Dennison\n {6}role: Acting Chair\n {4}- Kate Green\n/);
    expect(result.text).toContain('others: [David Carlisle, Katy Draper, Tim Vincent, Gareth Epps, David Rogers]');
  });
});

describe('the lines around such tables in parish minutes', () => {
  const root = copyOfSampleArchive();
  const archive = archiveFor(root);
  const run = (text: string) => importText(text, 'minutes.txt', { root, board: 'cyp', dryRun: true }, archive);
  const opening = 'At a meeting of the Children and Young People Board held on Thursday, 5 March 2026.\n\n';

  it('reads names printed one a line with their initials as the list they stand under, the clerk among the officers', () => {
    const result = run(
      `${opening}Present:\n\nJo Marsh (JM) CHAIR\nAnn Bright (AB)[Vice Chair]\nTom Reed (TR)\n\nSam Hill (SH) CLERK\n\n1. Apologies\n\nNone.\n`,
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toMatch(
      /present:\n {4}- name: Jo Marsh\n {6}role: CHAIR\n {4}- name: Ann Bright\n {6}role: Vice Chair\n {4}- Tom Reed\n {2}officers:\n {4}- name: Sam Hill\n {6}role: CLERK\n/,
    );
    expect(result.text).not.toMatch(/^## .*Jo Marsh/m);
  });

  it('the same names under a label on the line above them', () => {
    const result = run(`${opening}Present:\nJo Marsh (JM) CHAIR\nTom Reed (TR)\n\n1. Apologies\n\nNone.\n`);
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toMatch(/present:\n {4}- name: Jo Marsh\n {6}role: CHAIR\n {4}- Tom Reed\n/);
  });

  it('leaves a line whose brackets are not the name’s initials to be read as before', () => {
    const result = run(`${opening}Present:\n\nJo Marsh (JM)\nAnn Bright (SBC)\n\n1. Apologies\n\nNone.\n`);
    expect(result.ok && result.text.includes('- Jo Marsh\n    - Ann Bright')).toBe(false);
  });
});

describe('a title printed to the page’s edge, its bracket closed on the next line', () => {
  const lines = (below: string): SourceLine[] =>
    [
      'At a meeting of the Parish Council held on Thursday, 5 March 2026.',
      '',
      'Present: Jo Marsh, Tom Reed',
      '',
      '1. Apologies',
      'None.',
      '',
      '2. Reports from County/District Councillors (Ann Bright – CDC) (Pat Lane',
      below,
      'Both had sent written reports.',
    ].map((text, i) => ({ number: i + 1, text, ...(i === 7 ? { wraps: true as const } : {}) }));

  it('takes the closing line into the title', () => {
    for (const below of ['– OCC)', '– Oxfordshire County Council)', 'OCC)']) {
      const minutes = parsePdfText(lines(below));
      expect(minutes.items[1]!.title).toBe(
        `Reports from County/District Councillors (Ann Bright – CDC) (Pat Lane ${below}`,
      );
      expect(minutes.doubts ?? []).toEqual([]);
    }
  });

  it('keeps the doubt where the line below is a sentence that closes the bracket', () => {
    const minutes = parsePdfText(lines('– who sent apologies).'));
    expect(minutes.items[1]!.title).toBe('Reports from County/District Councillors (Ann Bright – CDC) (Pat Lane');
    expect(minutes.doubts?.map((d) => d.what)).toEqual([
      expect.stringContaining('reaches the edge of the page and may go on in the line below'),
    ]);
  });
});

describe('an item number printed with a digit dropped', () => {
  const minutes = (a: string, b: string, c: string) =>
    parsePdfText(
      [
        'At a meeting of the Amenities Committee held on Tuesday, 13 March 2018.',
        '',
        'Present: Cllrs Hewett, Mosson and Wood.',
        '',
        `${a} Matters Arising`,
        'None.',
        '',
        `${b} Community Grant Applications`,
        'The committee considered the applications.',
        '',
        `${c} Defibrillators`,
        'The clerk reported.',
      ].map((text, i) => ({ number: i + 1, text })),
    );

  it('is an item, numbered as printed, with a doubt that asks the clerk to check it', () => {
    for (const [a, b, c] of [
      ['55', '6', '57'],
      ['9', '0', '11'],
      ['118', '19', '120'],
    ] as const) {
      const read = minutes(a, b, c);
      expect(read.items.map((i) => i.number)).toEqual([a, b, c]);
      expect(read.doubts?.map((d) => d.what)).toEqual([
        `item ${b} (Community Grant Applications) is numbered ${b} where its place, between items ${a} and ${c}, gives ${Number(a) + 1}: the number may be misprinted`,
      ]);
    }
  });

  it('is no item where its number is not the one its place gives with a digit dropped', () => {
    for (const [a, b, c] of [
      ['55', '7', '57'],
      ['55', '6', '58'],
    ] as const) {
      const read = minutes(a, b, c);
      expect(read.items.map((i) => i.number)).toEqual([a, c]);
      expect(read.doubts ?? []).toEqual([]);
    }
  });
});
