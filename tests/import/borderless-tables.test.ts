import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { archiveFor, importMinutes } from '../../src/import/import-minutes.ts';
import type { Fragment } from '../../src/import/pdf-action-column.ts';
import { readRuledTables } from '../../src/import/pdf-ruled-tables.ts';
import type { PageRules, Rule } from '../../src/import/pdf-rules.ts';
import { readTables, type TableLine } from '../../src/import/pdf-tables.ts';
import { loadArchive } from '../../src/load/archive.ts';
import { sampleArchiveWithBoard, savedPdf } from '../support/archive-copy.ts';

/**
 * Tables a PDF lays out by the place of their text, without borders (and one
 * drawn with them, cut by a page): lines built here as pdf.js places text
 * (y going up the page), in the forms parish and town minutes print them.
 */
const SIZE = 11;
/** A piece of text at x, about half its height wide a letter; a superscript is set smaller, a little higher. */
const piece = (text: string, x: number, y: number, size = SIZE, bold = false): Fragment => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  size,
  ...(bold ? { bold: true } : {}),
});
/** A date with its ordinal set as a superscript: "8" then "th" smaller and raised, then the month. */
const date = (x: number, y: number, day: string, ordinal: string, rest: string): Fragment[] => {
  const d = piece(day, x, y);
  const o = piece(ordinal, d.x + d.width, y + 3.5, 7);
  return [d, o, piece(rest, o.x + o.width + 3, y)];
};
const tableLine = (y: number, fragments: Fragment[], page = 1): TableLine => {
  const wide = fragments.some((f, i) => i > 0 && f.x - (fragments[i - 1]!.x + fragments[i - 1]!.width) > SIZE * 3);
  return { page, y, size: SIZE, fragments, ...(wide ? { columns: true } : {}) };
};
const line = (y: number, ...pieces: Array<[number, string]>) =>
  tableLine(
    y,
    pieces.map(([x, t]) => piece(t, x, y)),
  );
const boldLine = (y: number, ...pieces: Array<[number, string]>) =>
  tableLine(
    y,
    pieces.map(([x, t]) => piece(t, x, y, SIZE, true)),
  );
const read = (lines: TableLine[]) =>
  readTables(lines).map((t) => ({ header: t.header, rows: t.rows.map((r) => r.cells) }));

describe('a table without borders, its columns set by where its text starts', () => {
  it('reads dates printed in two columns, their ordinals set as superscripts, row by row', () => {
    const lines = [
      tableLine(284, [...date(160, 284, '8', 'th', 'January 2027'), ...date(340, 284, '5', 'th', 'March 2027')]),
      tableLine(270, [...date(160, 270, '7', 'th', 'May 2027'), ...date(340, 270, '2', 'nd', 'July 2027')]),
      tableLine(256, [...date(160, 256, '3', 'rd', 'September 2027'), ...date(340, 256, '12', 'th', 'November 2027')]),
    ];
    expect(read(lines)).toEqual([
      {
        header: false,
        rows: [
          ['8th January 2027', '5th March 2027'],
          ['7th May 2027', '2nd July 2027'],
          ['3rd September 2027', '12th November 2027'],
        ],
      },
    ]);
  });

  it('reads a planning table whose comment has a superscript, its wrapped cells joined in their rows', () => {
    const lines = [
      line(700, [60, 'Reference'], [160, 'Address'], [330, 'Comment']),
      tableLine(680, [
        piece('27/00112/F', 60, 680),
        piece('Mill House, Church', 160, 680),
        ...date(330, 680, 'Site visit on 1', 'st', 'June'),
      ]),
      line(667, [160, 'Street'], [330, 'before any comment.']),
      line(645, [60, '27/00131/TCA'], [160, 'The Old Forge'], [330, 'No objection.']),
    ];
    expect(read(lines)[0]!.rows).toEqual([
      ['Reference', 'Address', 'Comment'],
      ['27/00112/F', 'Mill House, Church Street', 'Site visit on 1st June before any comment.'],
      ['27/00131/TCA', 'The Old Forge', 'No objection.'],
    ]);
  });

  it('does not take short words side by side for a header: letters received, listed in two columns', () => {
    const lines = [
      line(615, [90, 'Glasdon Brochure'], [306, 'HAGS Brochure']),
      line(601, [90, 'Centenary Fields Letter'], [306, 'Notice of Referendum']),
      line(587, [90, 'Clerks and Councils Direct'], [306, 'Playground Catalogue']),
    ];
    expect(read(lines)).toEqual([
      {
        header: false,
        rows: [
          ['Glasdon Brochure', 'HAGS Brochure'],
          ['Centenary Fields Letter', 'Notice of Referendum'],
          ['Clerks and Councils Direct', 'Playground Catalogue'],
        ],
      },
    ]);
  });

  it('takes a first row for the header where the page sets it in bold over rows that are not', () => {
    const lines = [
      boldLine(700, [60, 'Organisation'], [200, 'Project'], [400, 'Decision']),
      line(686, [60, 'Bowls Club'], [200, 'Bulbs for the green'], [400, 'Approved.']),
      line(672, [60, 'Library'], [200, 'A poetry festival'], [400, 'Refused.']),
    ];
    expect(read(lines)[0]!.header).toBe(true);
    // The same words not set apart, no figures below: a row like the others.
    expect(
      read(lines.map((l) => ({ ...l, fragments: l.fragments.map((f) => ({ ...f, bold: false })) })))[0]!.header,
    ).toBe(false);
  });

  it('takes a first row for the header where a column below it holds figures under a label that has none', () => {
    const lines = [
      line(700, [60, 'Payee'], [220, 'Purpose'], [400, 'Amount']),
      line(686, [60, 'Parish Clerk'], [220, 'Salary for June'], [400, '£412.50']),
      line(672, [60, 'Hedge and Tree Ltd'], [220, 'Hedge cutting'], [400, '£380.00']),
    ];
    expect(read(lines)[0]).toEqual({
      header: true,
      rows: [
        ['Payee', 'Purpose', 'Amount'],
        ['Parish Clerk', 'Salary for June', '£412.50'],
        ['Hedge and Tree Ltd', 'Hedge cutting', '£380.00'],
      ],
    });
  });
});

describe('text set in columns that stays a doubt', () => {
  it('headings whose numbers are set apart by a wide gap, over a table: read as rows they would lose the items', () => {
    const lines = [
      line(740, [40, '3.'], [102, 'Minutes']),
      line(726, [102, 'The minutes were signed.']),
      line(700, [40, '4.'], [102, 'Finance']),
      line(686, [102, 'The following were received:']),
      line(670, [102, 'Payee'], [250, 'Purpose'], [420, 'Amount']),
      line(650, [102, 'Parish Clerk'], [250, 'Salary for February'], [420, '£412.50']),
      line(630, [102, 'Village Hall'], [250, 'Room hire'], [420, '£45.00']),
    ];
    expect(readTables(lines)).toEqual([]);
    // One such heading alone is no table of two rows: the table below it is read.
    expect(read(lines.slice(2))[0]!.rows[0]).toEqual(['Payee', 'Purpose', 'Amount']);
  });

  it('a cell spanning two columns in the middle of the table', () => {
    const lines = [
      line(700, [60, 'Payee'], [220, 'Purpose'], [400, 'Amount']),
      line(686, [60, 'Parish Clerk'], [220, 'Salary for June'], [400, '£412.50']),
      line(
        672,
        [60, 'Hedge and Tree Ltd'],
        [220, 'Hedge cutting along the whole of Mill Lane verge'],
        [430, '£380.00'],
      ),
    ];
    expect(read(lines)[0]?.rows ?? []).not.toContainEqual(expect.arrayContaining(['Hedge and Tree Ltd']));
  });
});

/**
 * Letters received listed in two columns, row by row, the last one left
 * alone in the first column: an entry of its own where it can be nothing else.
 */
describe('a list in two columns whose last entry stands alone in the first column', () => {
  const full = [
    line(615, [90, 'Broxap Catalogue'], [306, 'Yates Playground Equipment']),
    line(601, [90, 'CALC AGM 10/11/27'], [306, 'Post Office leaflet']),
  ];
  const lone = line(587, [90, 'Clerks and Councils Direct September']);
  const rows = [
    ['Broxap Catalogue', 'Yates Playground Equipment'],
    ['CALC AGM 10/11/27', 'Post Office leaflet'],
    ['Clerks and Councils Direct September', ''],
  ];

  it('reads the last line as a row of its own, at the end of the text or before a gap', () => {
    expect(read([...full, lone])).toEqual([{ header: false, rows }]);
    expect(read([...full, lone, line(560, [60, '8.'], [76, 'Planning'])])).toEqual([{ header: false, rows }]);
  });

  it('stays unread where the line may be the first cell wrapped: its first word would not have fitted above', () => {
    const wrapped = [
      full[0]!,
      line(601, [90, 'Cumbria Association of Local'], [306, 'Post Office leaflet']),
      line(587, [90, 'Councils Newsletter']),
    ];
    expect(readTables(wrapped)).toEqual([]);
  });

  it('stays unread where the line is a sentence: it ends with a full stop, or starts in lower case', () => {
    expect(readTables([...full, line(587, [90, 'All were circulated to councillors.'])])).toEqual([]);
    expect(readTables([...full, line(587, [90, 'and the Clerks and Councils Direct'])])).toEqual([]);
  });

  it('stays unread where a line of text follows it at a line’s step: the first line of a paragraph', () => {
    const paragraph = line(573, [90, 'were received and circulated to all councillors before the meeting.']);
    expect(readTables([...full, lone, paragraph])).toEqual([]);
  });
});

/**
 * Payments typed a line each with tab stops that do not line up from line to
 * line, so that no columns can be found: each line ending in a sum is a row.
 */
describe('payments listed a line each with tab stops that do not line up', () => {
  const lead = line(603, [60, 'The following invoices were received:']);
  const hall = line(589, [60, 'Hillford Hall'], [170, 'Room hire'], [330, '£ 45.00']);
  const mowers = line(575, [60, 'County Mowers Ltd'], [190, 'Grass cutting in May'], [352, '£'], [362, '380.00']);
  const clerk = line(561, [60, 'A Clerk'], [150, 'Salary for May £ 412.50']);
  const note = line(547, [156, '(paid by standing order)']);
  const resolved = line(533, [60, 'The council resolved to pay all of the above.']);
  const rows = [
    ['Hillford Hall', 'Room hire', '£ 45.00'],
    ['County Mowers Ltd', 'Grass cutting in May', '£ 380.00'],
    ['A Clerk', 'Salary for May', '£ 412.50', '(paid by standing order)'],
  ];

  it('reads each line ending in a sum as one payment, the sum split off its piece, a note in brackets with the payment above', () => {
    expect(read([lead, hall, mowers, clerk, note, resolved])).toEqual([{ header: false, rows }]);
  });

  it('reads them in any order of their lines, a payee wrapped after none of them', () => {
    const noteAbove = [lead, ...[clerk, note, hall, mowers].map((l, n) => ({ ...l, y: 589 - 14 * n })), resolved];
    expect(read(noteAbove)).toEqual([{ header: false, rows: [rows[2], rows[0], rows[1]] }]);
  });

  it('reads them with no line after the list, and with a gap after it', () => {
    expect(read([lead, hall, mowers, clerk, note])).toEqual([{ header: false, rows }]);
    expect(read([lead, hall, mowers, clerk, note, line(505, [60, 'Grants'])])).toEqual([{ header: false, rows }]);
  });

  it('reads a payment printed without its payee, under the details, and a sum in dollars or euros', () => {
    const fixings = line(575, [170, 'Bench fixings'], [300, '€ 20.50']);
    const bulbs = line(561, [60, 'Bulb Co'], [130, 'Spring bulbs'], [250, '$1,200.00']);
    expect(read([lead, hall, fixings, bulbs])).toEqual([
      {
        header: false,
        rows: [
          ['Hillford Hall', 'Room hire', '£ 45.00'],
          ['Bench fixings', '€ 20.50'],
          ['Bulb Co', 'Spring bulbs', '$1,200.00'],
        ],
      },
    ]);
  });

  it('stays unread where a payee is wrapped onto a line of its own below its payment', () => {
    const wrapped = [
      lead,
      hall,
      line(575, [60, 'Cumbria Association of'], [190, 'Subscription'], [352, '£ 120.00']),
      line(561, [60, 'Local Councils']),
    ];
    expect(readTables(wrapped)).toEqual([]);
  });

  it('stays unread where a payee is wrapped onto a line of its own above its payment', () => {
    const wrapped = [
      line(603, [60, 'Cumbria Association of']),
      line(589, [60, 'Local Councils'], [190, 'Subscription'], [352, '£ 120.00']),
      { ...hall, y: 575 },
    ];
    expect(readTables(wrapped)).toEqual([]);
  });

  it('stays unread where a detail goes on below its payment in lower case, out of brackets', () => {
    expect(readTables([lead, hall, mowers, line(561, [190, 'and along the verges'])])).toEqual([]);
  });

  it('stays unread where the sums stand at the foot of their rows, below a line without one', () => {
    const bottomAligned = [
      lead,
      line(589, [60, 'Hedge and Tree Ltd'], [190, 'Hedge cutting along']),
      line(575, [190, 'the Mill Lane verge'], [352, '£ 380.00']),
      hall.fragments.map((f) => ({ ...f, y: 561 })),
    ].map((l) => (Array.isArray(l) ? tableLine(561, l) : l));
    expect(readTables(bottomAligned)).toEqual([]);
  });

  it('stays unread where a line stands between two others’ baselines, as a centred cell does', () => {
    const offStep = [lead, hall, line(582, [60, 'Bulb Co'], [130, 'Spring bulbs'], [250, '£ 12.00']), mowers];
    expect(readTables(offStep)).toEqual([]);
  });

  it('stays unread where the lines end in figures that are no sums of money', () => {
    const minutes = [
      lead,
      line(589, [60, 'Minutes of 4 May'], [170, 'Approved'], [330, '4.20']),
      line(575, [60, 'Minutes of 1 June'], [200, 'Deferred'], [352, '5.10']),
      line(561, [60, 'A Clerk'], [150, 'Minutes of 8 June 6.10']),
    ];
    expect(readTables(minutes)).toEqual([]);
  });
});

const across = (x0: number, x1: number, y: number): Rule => ({ x0, x1, y0: y - 0.3, y1: y + 0.3 });
const down = (x: number, y0: number, y1: number): Rule => ({ x0: x - 0.3, x1: x + 0.3, y0, y1 });
const grid = (xs: number[], ys: number[]): PageRules => ({
  horizontal: ys.map((y) => across(xs[0]!, xs.at(-1)!, y)),
  vertical: xs.flatMap((x) => ys.slice(1).map((y, k) => down(x, y, ys[k]!))),
});
const ruledLine = (page: number, y: number, ...pieces: Array<[number, string]>): TableLine => ({
  page,
  y,
  size: 9,
  fragments: pieces.map(([x, text]) => ({ text, x, y, width: text.length * 4.5, size: 9 })),
});

/**
 * One planning application set as a table of one row: its reference, its
 * address and the proposal, each cell wrapped in its column, a second
 * reference set as a paragraph of its own in the first cell, off the
 * proposal's baselines.
 */
describe('a planning application set as a table of one row', () => {
  const PROPOSAL = [
    'Replacement of the timber windows and',
    'doors to the front elevation, with new',
    'painted hardwood frames and a slate',
    'canopy over the door',
  ];
  const application = (second: { y: number; text: string } | undefined, proposal = PROPOSAL) =>
    [
      line(680, [60, '27/00140/F'], [160, 'Mill House, Church Street'], [330, proposal[0]!]),
      line(666, [160, 'Hillford'], [330, proposal[1]!]),
      ...(second ? [line(second.y, [60, second.text])] : []),
      line(652, [330, proposal[2]!]),
      line(638, [330, proposal[3]!]),
    ].sort((a, b) => b.y - a.y);
  const oneRow = (reference: string) => [
    {
      header: false,
      rows: [
        [
          reference,
          'Mill House, Church Street Hillford',
          'Replacement of the timber windows and doors to the front elevation, with new painted hardwood frames and a slate canopy over the door',
        ],
      ],
    },
  ];

  it('reads it as one row, a second reference between the proposal’s lines joined to the first', () => {
    expect(read(application({ y: 659, text: '& 27/00141/LB' }))).toEqual(oneRow('27/00140/F & 27/00141/LB'));
  });

  it('reads it as one row with a single reference, its address wrapped', () => {
    expect(read(application(undefined))).toEqual(oneRow('27/00140/F'));
  });

  it('stays unread where the second reference stands on a line of the proposal: it may start a row of its own', () => {
    expect(read(application({ y: 652, text: '27/00141/LB' }))).toEqual([]);
  });

  it('stays unread where the lines of the long column start with capitals: entries of their own, not one sentence', () => {
    const entries = [
      'Replacement of the timber windows and',
      'Doors to the front elevation, with new',
      'Painted hardwood frames and a slate',
      'Canopy over the door',
    ];
    expect(read(application({ y: 659, text: '& 27/00141/LB' }, entries))).toEqual([]);
  });

  it('stays unread where the first column holds a number alone: a numbered paragraph with an owner beside it', () => {
    const lines = [
      line(680, [60, '5.'], [160, 'The clerk had written to the county council and'], [470, 'Clerk and']),
      line(666, [160, 'the district council about the state of the'], [470, 'Chair']),
      line(652, [160, 'bridleway between Mill Lane and the church']),
    ];
    expect(read(lines)).toEqual([]);
    // The same lines with a reference in that place are one row.
    expect(
      read([
        line(680, [60, '27/00140/F'], ...lines[0]!.fragments.slice(1).map((f) => [f.x, f.text] as [number, string])),
        ...lines.slice(1),
      ]).length,
    ).toBe(1);
  });

  it('stays unread for names listed a line each beside a label: one row, or a row a name?', () => {
    const lines = [
      line(721, [36, 'Present:'], [108, 'Catherine Ainsley'], [252, 'CA'], [324, 'Graham Dale'], [468, 'GD']),
      line(707, [108, 'Helen Laing (SBC)'], [252, 'HL'], [324, 'Margaret Cole'], [468, 'MC']),
      line(693, [108, 'Rob Weaver'], [252, 'RW'], [324, 'Sarah Wood'], [468, 'SW']),
    ];
    expect(read(lines)).toEqual([]);
  });
});

describe('a table drawn with borders, a row cut by the page in mid-sentence', () => {
  const XS = [36, 110, 330, 396, 560];
  const head = (page: number, y: number) =>
    ruledLine(page, y, [40, 'Organisation'], [114, 'Project Summary'], [334, 'Amount'], [400, 'Recommendation']);

  it('goes on over the page where a cell’s sentence goes on in lower case, its first column empty there', () => {
    const lines = [
      head(1, 120),
      ruledLine(1, 108, [40, 'Park Run'], [114, 'Timing kit for a run open to'], [334, '£167'], [400, 'Rejected.']),
      ruledLine(1, 98, [114, 'all, which will take place']),
      head(2, 740),
      ruledLine(2, 728, [114, 'every Saturday at 9am.'], [334, 'Trinity £166'], [400, 'To be considered again.']),
      ruledLine(2, 710, [40, 'Home Start'], [114, 'Staffing days.'], [334, '£800'], [400, 'Approved.']),
    ];
    const rules = [grid(XS, [128, 117, 90]), grid(XS, [750, 735, 720, 700])];
    expect(readRuledTables(lines, rules).map((t) => t.rows.map((r) => r.cells))).toEqual([
      [
        ['Organisation', 'Project Summary', 'Amount', 'Recommendation'],
        [
          'Park Run',
          'Timing kit for a run open to all, which will take place every Saturday at 9am.',
          '£167 Trinity £166',
          'Rejected. To be considered again.',
        ],
        ['Home Start', 'Staffing days.', '£800', 'Approved.'],
      ],
    ]);
  });

  it('stays unread where every cell above ended its sentence and the band starts anew', () => {
    const lines = [
      head(1, 120),
      ruledLine(1, 108, [40, 'Park Run'], [114, 'Timing kit for a new run.'], [334, '£167'], [400, 'Rejected.']),
      head(2, 740),
      ruledLine(2, 728, [114, 'Signs for the run.'], [334, 'Vesey £80'], [400, 'Approved.']),
    ];
    expect(readRuledTables(lines, [grid(XS, [128, 117, 100]), grid(XS, [750, 735, 720])])).toEqual([]);
  });
});

/** A one-page PDF of parish minutes whose item 2 holds a table set without borders, and item 3 the next meetings' dates in two columns. */
async function minutesPdf(table: Array<[number, string[]]>): Promise<string> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595, 842]);
  const text = (value: string, x: number, y: number, size = 10) => page.drawText(value, { x, y, size, font });
  text('MINUTES OF THE MEETING OF HILLFORD PARISH COUNCIL', 150, 800);
  text('HELD ON 6th March 2027', 230, 786);
  text('Present: Cllr Ann Lee, Cllr Bob Stone and Cllr Cat Hill', 60, 760);
  text('1.', 60, 730);
  text('Apologies for absence', 76, 730);
  text('None.', 102, 716);
  text('2.', 60, 690);
  text('Finance', 76, 690);
  text('The following were received:', 102, 676);
  for (const [y, row] of table) row.forEach((cell, k) => cell && text(cell, [102, 250, 420][k]!, y));
  text('3.', 60, 530);
  text('Dates of the next meetings', 76, 530);
  const dates = [
    ['8', 'th', 'May 2027', '2', 'nd', 'July 2027'],
    ['3', 'rd', 'September 2027', '12', 'th', 'November 2027'],
  ];
  dates.forEach(([d1, o1, m1, d2, o2, m2], n) => {
    const y = 514 - n * 14;
    for (const [x, day, ordinal, month] of [
      [150, d1!, o1!, m1!],
      [330, d2!, o2!, m2!],
    ] as const) {
      const dayWidth = font.widthOfTextAtSize(day, 10);
      text(day, x, y);
      text(ordinal, x + dayWidth, y + 3.5, 6.5);
      text(month, x + dayWidth + font.widthOfTextAtSize(ordinal, 6.5) + 3, y);
    }
  });
  text('The meeting closed at 8.40pm.', 60, 446);
  return savedPdf(await document.save());
}

/** A one-page PDF of parish minutes whose item 2 lists one planning application as a table of one row. */
async function planningPdf(second: { y: number; text: string }): Promise<string> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595, 842]);
  const text = (value: string, x: number, y: number) => page.drawText(value, { x, y, size: 10, font });
  text('MINUTES OF THE MEETING OF HILLFORD PARISH COUNCIL', 150, 800);
  text('HELD ON 6th March 2027', 230, 786);
  text('Present: Cllr Ann Lee, Cllr Bob Stone and Cllr Cat Hill', 60, 760);
  text('1.', 60, 730);
  text('Apologies for absence', 76, 730);
  text('None.', 102, 716);
  text('2.', 60, 690);
  text('Planning', 76, 690);
  text('The following application had been received:', 102, 676);
  text('27/00140/F', 60, 650);
  text('Mill House, Church Street', 160, 650);
  text('Hillford', 160, 636);
  text(second.text, 60, second.y);
  const proposal = [
    'Replacement of the timber windows and',
    'doors to the front elevation, with new',
    'painted hardwood frames and a slate',
    'canopy over the door',
  ];
  proposal.forEach((words, n) => text(words, 330, 650 - n * 14));
  text('3.', 60, 570);
  text('Close', 76, 570);
  text('The meeting closed at 8.40pm.', 102, 556);
  return savedPdf(await document.save());
}

describe('a planning application set as a table of one row, imported from the PDF', () => {
  const root = sampleArchiveWithBoard('hillford', 'Hillford Parish Council');
  const archive = archiveFor(root);

  it('is written as one entry, its cells in column order, with no doubt', async () => {
    const result = await importMinutes(
      await planningPdf({ y: 629, text: '& 27/00141/LB' }),
      { root, board: 'hillford', dryRun: true },
      archive,
    );
    if (!result.ok) throw new Error(`${result.problem}\n${result.draft ?? ''}`);
    expect(result.text).toContain(
      '- 27/00140/F & 27/00141/LB – Mill House, Church Street Hillford – Replacement of the timber windows and doors to the front elevation, with new painted hardwood frames and a slate canopy over the door\n',
    );
  });

  it('is doubted where the second reference stands on a line of the proposal, as a row of its own may', async () => {
    const result = await importMinutes(
      await planningPdf({ y: 622, text: '27/00141/LB' }),
      { root, board: 'hillford', dryRun: true },
      archive,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatch(/item 2 is laid out as a table on the page/);
  });
});

describe('minutes with tables set without borders, imported from the PDF', () => {
  const root = sampleArchiveWithBoard('hillford', 'Hillford Parish Council');
  const archive = archiveFor(root);
  // Rows parted by a gap wider than a line's, a cell wrapped on the line below its row's first.
  const payments: Array<[number, string[]]> = [
    [660, ['Payee', 'Purpose', 'Amount']],
    [640, ['Parish Clerk', 'Salary for February', '£412.50']],
    [620, ['Hedge and Tree Ltd', 'Hedge cutting along the', '£380.00']],
    [608, ['', 'verge of Mill Lane', '']],
    [588, ['Village Hall', 'Room hire', '£45.00']],
  ];

  it('writes the payments as a Markdown table and the dates as a list, with no doubt, and npm run check reads the file', async () => {
    const result = await importMinutes(await minutesPdf(payments), { root, board: 'hillford' }, archive);
    if (!result.ok) throw new Error(`${result.problem}\n${JSON.stringify(result.doubts)}\n${result.draft ?? ''}`);
    expect(result.text).toContain(
      [
        '| Payee | Purpose | Amount |',
        '| --- | --- | --- |',
        '| Parish Clerk | Salary for February | £412.50 |',
        '| Hedge and Tree Ltd | Hedge cutting along the verge of Mill Lane | £380.00 |',
        '| Village Hall | Room hire | £45.00 |',
      ].join('\n'),
    );
    // Two dates side by side: parted by a semicolon, for a dash between them would read as a range.
    expect(result.text).toContain('- 8th May 2027; 2nd July 2027\n- 3rd September 2027; 12th November 2027\n');
    const loaded = loadArchive(root);
    const meeting = loaded.meetings.find((m) => m.key === 'hillford/2027-03-06')!;
    expect(loaded.diagnostics.filter((d) => d.file.endsWith('2027-03-06.md') && d.code !== 'person-unknown')).toEqual(
      [],
    );
    expect(meeting.items.map((item) => item.number)).toEqual(['1', '2', '3']);
  });

  it('refuses a table whose cell records what the council resolved, for the archive reads decisions from paragraphs only', async () => {
    const grants: Array<[number, string[]]> = [
      [660, ['Applicant', 'Amount', 'Recommendation']],
      [640, ['Bowls Club', '£250', 'Approved.']],
      [620, ['Scout Group', '£400', 'Council resolved to fund']],
      [608, ['', '', 'half from reserves.']],
      [588, ['Library', '£120', 'Refused.']],
    ];
    const result = await importMinutes(await minutesPdf(grants), { root, board: 'hillford', dryRun: true }, archive);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem, JSON.stringify(result.doubts)).toMatch(
      /source line \d+: item 2 has a table whose cell may hold a decision the importer did not mark \("Council resolved to fund half from reserves/,
    );
    expect(result.problem).not.toMatch(/laid out as a table/);
  });
});

/** A one-page PDF of parish minutes whose item 2 lists payments a line each, their pieces set at the places given. */
async function paymentsPdf(payments: Array<Array<[number, string]>>): Promise<string> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595, 842]);
  const text = (value: string, x: number, y: number) => page.drawText(value, { x, y, size: 10, font });
  text('MINUTES OF THE MEETING OF HILLFORD PARISH COUNCIL', 150, 800);
  text('HELD ON 6th March 2027', 230, 786);
  text('Present: Cllr Ann Lee, Cllr Bob Stone and Cllr Cat Hill', 60, 760);
  text('1.', 60, 730);
  text('Apologies for absence', 76, 730);
  text('None.', 76, 716);
  text('2.', 60, 690);
  text('Finance', 76, 690);
  text('Invoices received :-', 76, 676);
  payments.forEach((pieces, n) => pieces.forEach(([x, words]) => text(words, x, 662 - n * 14)));
  text('The council resolved to pay all of the above.', 76, 662 - payments.length * 14);
  text('3.', 60, 560);
  text('Close', 76, 560);
  text('The meeting closed at 8.40pm.', 76, 546);
  return savedPdf(await document.save());
}

describe('payments listed with tab stops that do not line up, imported from the PDF', () => {
  const root = sampleArchiveWithBoard('hillford', 'Hillford Parish Council');
  const archive = archiveFor(root);
  const payments: Array<Array<[number, string]>> = [
    [
      [76, 'Hillford Hall'],
      [170, 'Room hire'],
      [320, '£ 45.00'],
    ],
    [
      [76, 'County Mowers Ltd'],
      [200, 'Grass cutting in May'],
      [352, '£ 380.00'],
    ],
    [
      [76, 'A Clerk'],
      [160, 'Salary for May £ 412.50'],
    ],
    [[166, '(paid by standing order)']],
  ];

  it('writes each payment as an entry of a list, with no doubt, and the resolution after it', async () => {
    const result = await importMinutes(await paymentsPdf(payments), { root, board: 'hillford', dryRun: true }, archive);
    if (!result.ok) throw new Error(`${result.problem}\n${result.draft ?? ''}`);
    expect(result.text).toContain(
      [
        'Invoices received :-',
        '',
        '- Hillford Hall – Room hire – £ 45.00',
        '- County Mowers Ltd – Grass cutting in May – £ 380.00',
        '- A Clerk – Salary for May – £ 412.50 – (paid by standing order)',
        '',
        'The council resolved: to pay all of the above.',
      ].join('\n'),
    );
  });

  it('is doubted where a payee runs on to a line of its own below its payment', async () => {
    const reordered = [payments[2]!, payments[3]!, payments[0]!, payments[1]!];
    const unwrapped = await importMinutes(
      await paymentsPdf(reordered),
      { root, board: 'hillford', dryRun: true },
      archive,
    );
    expect(unwrapped.ok).toBe(true);
    const wrapped = [...reordered, [[76, 'and Partners'] as [number, string]]];
    const result = await importMinutes(await paymentsPdf(wrapped), { root, board: 'hillford', dryRun: true }, archive);
    expect(result.ok, result.ok ? result.text : '').toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatch(/item 2 is laid out as a table on the page/);
  });
});

/** A one-page PDF of parish minutes whose item 2 lists letters received in two columns, row by row, then the lines given. */
async function correspondencePdf(after: Array<[number, number, string]>): Promise<string> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595, 842]);
  const text = (value: string, x: number, y: number) => page.drawText(value, { x, y, size: 10, font });
  text('MINUTES OF THE MEETING OF HILLFORD PARISH COUNCIL', 150, 800);
  text('HELD ON 6th March 2027', 230, 786);
  text('Present: Cllr Ann Lee, Cllr Bob Stone and Cllr Cat Hill', 60, 760);
  text('1.', 60, 730);
  text('Apologies for absence', 76, 730);
  text('None.', 76, 716);
  text('2.', 60, 690);
  text('Correspondence', 76, 690);
  text('Glasdon Brochure', 76, 676);
  text('HAGS Playground Catalogue', 300, 676);
  text('CALC AGM 10/11/27', 76, 662);
  text('Post Office leaflet', 300, 662);
  for (const [x, y, words] of after) text(words, x, y);
  text('3.', 60, 590);
  text('Close', 76, 590);
  text('The meeting closed at 8.40pm.', 76, 576);
  return savedPdf(await document.save());
}

describe('letters received in two columns, the last alone in the first, imported from the PDF', () => {
  const root = sampleArchiveWithBoard('hillford', 'Hillford Parish Council');
  const archive = archiveFor(root);

  it('writes each row as an entry of a list, the last line an entry of its own, with no doubt', async () => {
    const pdf = await correspondencePdf([[76, 648, 'Clerks and Councils Direct May']]);
    const result = await importMinutes(pdf, { root, board: 'hillford', dryRun: true }, archive);
    if (!result.ok) throw new Error(`${result.problem}\n${result.draft ?? ''}`);
    expect(result.text).toContain(
      '- Glasdon Brochure – HAGS Playground Catalogue\n- CALC AGM 10/11/27 – Post Office leaflet\n- Clerks and Councils Direct May\n',
    );
  });

  it('is doubted where a paragraph goes on below the last line, which may be its first', async () => {
    const pdf = await correspondencePdf([
      [76, 648, 'The Clerk had sent them all'],
      [76, 634, 'to the councillors by email, as agreed at the last meeting, and would file them.'],
    ]);
    const result = await importMinutes(pdf, { root, board: 'hillford', dryRun: true }, archive);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatch(/item 2 is laid out as a table on the page/);
  });
});
