import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { archiveFor, importMinutes } from '../../src/import/import-minutes.ts';
import type { Fragment } from '../../src/import/pdf-action-column.ts';
import { readRuledTables } from '../../src/import/pdf-ruled-tables.ts';
import { rulesOf, type OperatorCodes, type PageRules, type Rule } from '../../src/import/pdf-rules.ts';
import type { TableLine } from '../../src/import/pdf-tables.ts';
import { sampleArchiveWithBoard, savedPdf } from '../support/archive-copy.ts';

/**
 * Tables a PDF draws with borders, read by their rules: position data and
 * rules built here as pdf.js gives them (y going up the page), and small
 * PDFs drawn with pdf-lib and imported whole.
 */
const SIZE = 9;
const piece = (text: string, x: number, y: number): Fragment => ({
  text,
  x,
  y,
  width: text.length * SIZE * 0.5,
  size: SIZE,
});
const line = (page: number, y: number, ...pieces: Array<[number, string]>): TableLine => ({
  page,
  y,
  size: SIZE,
  fragments: pieces.map(([x, text]) => piece(text, x, y)),
});
const across = (x0: number, x1: number, y: number): Rule => ({ x0, x1, y0: y - 0.3, y1: y + 0.3 });
const down = (x: number, y0: number, y1: number): Rule => ({ x0: x - 0.3, x1: x + 0.3, y0, y1 });
/** The rules of a grid: a rule across at each height, and down at each x from the top to the bottom one. */
const grid = (xs: number[], ys: number[]): PageRules => ({
  horizontal: ys.map((y) => across(xs[0]!, xs.at(-1)!, y)),
  vertical: xs.flatMap((x) => ys.slice(1).map((y, k) => down(x, y, ys[k]!))),
});
const cells = (lines: TableLine[], rules: PageRules[]) =>
  readRuledTables(lines, rules).map((t) => ({ header: t.header, rows: t.rows.map((r) => r.cells) }));

/** Columns at 60 | 130 | 370 | 420 | 540: No, Action, Owner, Update. */
const XS = [60, 130, 370, 420, 540];
const header = (page: number, y: number) => line(page, y, [62, 'No'], [132, 'Action'], [372, 'Owner'], [422, 'Update']);

describe('a table drawn with borders, read by its rules', () => {
  it('parts rows the rules part, where no gap between the lines does: a row of many lines above a row of one', () => {
    const lines = [
      header(1, 700),
      line(1, 688, [132, 'Fencing at the allotments - the']),
      line(1, 678, [132, 'fence to be moved back and fixed']),
      line(1, 668, [132, 'to the old post.']),
      line(1, 656, [62, 'Mar25.01'], [132, 'Bench by the pond'], [372, 'AB'], [422, 'Ordered']),
      line(1, 644, [62, 'Mar25.02'], [132, 'Hedge on Mill Lane'], [372, 'CD'], [422, 'Letter sent to the']),
      line(1, 634, [422, 'owner.']),
    ];
    const rules = [grid(XS, [708, 697, 662, 650, 628])];
    expect(cells(lines, rules)).toEqual([
      {
        header: true,
        rows: [
          ['No', 'Action', 'Owner', 'Update'],
          ['', 'Fencing at the allotments - the fence to be moved back and fixed to the old post.', '', ''],
          ['Mar25.01', 'Bench by the pond', 'AB', 'Ordered'],
          ['Mar25.02', 'Hedge on Mill Lane', 'CD', 'Letter sent to the owner.'],
        ],
      },
    ]);
  });

  it('goes on over a page break: the row cut by the page takes the next page’s first band, its cell wrapped there', () => {
    const lines = [
      header(1, 120),
      line(1, 108, [62, 'Mar25.01'], [132, 'Bench by the pond'], [372, 'AB'], [422, 'Donors would like']),
      line(1, 98, [422, 'guidance as to where the']),
      line(2, 740, [422, 'bench should stand.']),
      line(2, 728, [62, 'Mar25.02'], [132, 'Hedge on Mill Lane'], [372, 'CD'], [422, 'Done']),
    ];
    const rules = [grid(XS, [128, 117, 90]), grid(XS, [750, 735, 722])];
    expect(cells(lines, rules)[0]!.rows).toEqual([
      ['No', 'Action', 'Owner', 'Update'],
      ['Mar25.01', 'Bench by the pond', 'AB', 'Donors would like guidance as to where the bench should stand.'],
      ['Mar25.02', 'Hedge on Mill Lane', 'CD', 'Done'],
    ]);
  });

  it('leaves the table unread where the next page’s first band, its first column empty, may start a row as well as go on one', () => {
    const lines = [
      header(1, 120),
      line(1, 108, [62, 'Mar25.01'], [132, 'Bench by the pond'], [372, 'AB'], [422, 'Ordered.']),
      line(2, 740, [422, 'Delivery in May.']),
      line(2, 728, [62, 'Mar25.02'], [132, 'Hedge on Mill Lane'], [372, 'CD'], [422, 'Done']),
    ];
    expect(cells(lines, [grid(XS, [128, 117, 100]), grid(XS, [750, 735, 722])])).toEqual([]);
  });

  it('reads a figure under a figure at the head of the next page as a row of its own (a total), not as the cell going on', () => {
    const xs = [50, 200, 300, 360];
    const lines = [
      line(1, 120, [52, 'Payee'], [202, 'Amount'], [302, 'VAT']),
      line(1, 108, [52, 'Grass cutting'], [202, '486.00'], [302, '81.00']),
      line(2, 740, [202, '1273.59']),
    ];
    const rules = [grid(xs, [128, 117, 100]), grid(xs, [750, 735])];
    expect(cells(lines, rules)[0]!.rows).toEqual([
      ['Payee', 'Amount', 'VAT'],
      ['Grass cutting', '486.00', '81.00'],
      ['', '1273.59', ''],
    ]);
  });

  it('reads the title of a table, one cell across it above the header, as text before the table', () => {
    const lines = [
      line(1, 132, [120, 'Accounts payable May 2026']),
      line(1, 120, [52, 'Payee'], [202, 'Amount'], [302, 'VAT']),
      line(1, 108, [52, 'Insurance'], [202, '590.23']),
    ];
    const rules: PageRules = {
      horizontal: [across(50, 360, 140), across(50, 360, 128), across(50, 360, 117), across(50, 360, 100)],
      vertical: [down(50, 100, 140), down(360, 100, 140), down(200, 100, 128), down(300, 100, 128)],
    };
    const [table] = readRuledTables(lines, [rules]);
    expect(table!.caption).toEqual([0]);
    expect(table!.rows.map((r) => r.cells)).toEqual([
      ['Payee', 'Amount', 'VAT'],
      ['Insurance', '590.23', ''],
    ]);
  });

  it('does not read a grid whose text runs across a border, or whose rows have columns of their own (merged cells)', () => {
    const across2 = [
      header(1, 700),
      line(1, 688, [62, 'Mar25.01'], [132, 'A line that runs on over the border of the Owner column too far']),
    ];
    expect(cells(across2, [grid(XS, [708, 697, 680])])).toEqual([]);
    const merged = [
      header(1, 700),
      line(1, 688, [62, 'Mar25.01'], [132, 'Bench'], [372, 'AB'], [422, 'Ordered']),
      line(1, 676, [62, 'Note'], [132, 'One cell across the Action and Owner columns']),
    ];
    const rules: PageRules = grid(XS, [708, 697, 683, 670]);
    // The last band has no rule between Action and Owner.
    rules.vertical = rules.vertical.filter((r) => !(Math.abs(r.x0 - 369.7) < 1 && r.y0 < 683));
    expect(cells(merged, [rules])).toEqual([]);
  });

  it('does not read a box of one column, or a grid of one band of text, as a table', () => {
    expect(cells([line(1, 688, [62, 'A note in a box'])], [grid([60, 540], [700, 680])])).toEqual([]);
    expect(cells([header(1, 700)], [grid(XS, [708, 690])])).toEqual([]);
  });
});

describe('the rules a page draws', () => {
  const OPS: OperatorCodes = {
    save: 10,
    restore: 11,
    transform: 12,
    setLineWidth: 2,
    constructPath: 91,
    stroke: 20,
    closeStroke: 21,
    fill: 22,
    eoFill: 23,
    fillStroke: 24,
    eoFillStroke: 25,
    paintFormXObjectBegin: 74,
    paintFormXObjectEnd: 75,
  };
  const box = (x0: number, y0: number, x1: number, y1: number) => [0, x0, y0, 1, x1, y0, 1, x1, y1, 1, x0, y1, 4];

  it('reads thin filled boxes and stroked segments, through the page’s transforms, and leaves shading and curves out', () => {
    const rules = rulesOf(
      {
        fnArray: [10, 12, 91, 91, 11, 2, 91, 91],
        argsArray: [
          null,
          [0.75, 0, 0, -0.75, 0, 792],
          // Under the transform: a rule across, 100 wide, 1 high; and a shaded box 100 by 20.
          [22, [Float32Array.from([...box(100, 200, 200, 201), ...box(100, 210, 200, 230)])], null],
          [22, [Float32Array.from(box(100, 200, 101, 260))], null],
          null,
          [0.5],
          [20, [Float32Array.from([0, 50, 100, 1, 50, 300])], null],
          [20, [Float32Array.from([0, 50, 100, 2, 60, 120, 70, 140, 80, 160])], null],
        ],
      },
      OPS,
    );
    expect(rules.horizontal).toHaveLength(1);
    expect(rules.horizontal[0]!.x0).toBeCloseTo(75);
    expect(rules.horizontal[0]!.x1).toBeCloseTo(150);
    expect(rules.horizontal[0]!.y1).toBeCloseTo(642);
    expect(rules.vertical.map((r) => Math.round((r.x0 + r.x1) / 2))).toEqual([75, 50]);
  });
});

/** A one-page PDF of minutes with a table of actions under item 03.25.05, drawn with its borders or not. */
async function minutesPdf(borders: boolean): Promise<string> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595, 842]);
  const text = (value: string, x: number, y: number) => page.drawText(value, { x, y, size: SIZE, font });
  text('MINUTES OF THE MEETING OF HILLFORD PARISH COUNCIL', 150, 800);
  text('HELD ON 6th March 2025', 230, 786);
  text('Present: Cllr Ann Lee, Cllr Bob Stone and Cllr Cat Hill', 60, 760);
  text('03.25.01', 60, 730);
  text('Apologies for absence', 102, 730);
  text('None.', 102, 718);
  text('03.25.05', 60, 690);
  text('Actions from the previous meeting', 102, 690);
  const rows: Array<[number, string[]]> = [
    [672, ['No', 'Action', 'Owner', 'Update']],
    [660, ['', 'Fencing at the allotments - the', '', '']],
    [650, ['', 'fence to be moved back.', '', '']],
    [638, ['Feb25.01', 'Bench by the pond', 'AL', 'Ordered']],
    [626, ['Feb25.02', 'Hedge on Mill Lane', 'BS', 'Letter sent']],
  ];
  for (const [y, row] of rows) row.forEach((cell, k) => cell && text(cell, XS[k]! + 2, y));
  if (borders) {
    const thin = { thickness: 0.5, color: rgb(0, 0, 0) };
    for (const y of [680, 669, 645, 633, 620]) page.drawLine({ start: { x: 60, y }, end: { x: 540, y }, ...thin });
    for (const x of XS) page.drawLine({ start: { x, y: 680 }, end: { x, y: 620 }, ...thin });
  }
  text('03.25.06', 60, 596);
  text('Highways', 102, 596);
  text('The verge on Mill Lane had been cut.', 102, 584);
  return savedPdf(await document.save());
}

describe('minutes with a table of actions, imported from the PDF', () => {
  const root = sampleArchiveWithBoard('hillford', 'Hillford Parish Council');
  const archive = archiveFor(root);

  it('reads the table drawn with borders by its rows, and each Owner cell as an action of the item', async () => {
    const result = await importMinutes(await minutesPdf(true), { root, board: 'hillford', dryRun: true }, archive);
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain(
      [
        '## 03.25.05 Actions from the previous meeting',
        '',
        '| No | Action | Owner | Update |',
        '| --- | --- | --- | --- |',
        '|   | Fencing at the allotments - the fence to be moved back. |   |   |',
        '| Feb25.01 | Bench by the pond | AL | Ordered |',
        '| Feb25.02 | Hedge on Mill Lane | BS | Letter sent |',
        '',
        'Action: AL',
        '',
        'Action: BS',
        '',
        '## 03.25.06 Highways',
      ].join('\n'),
    );
  });

  it('the same table without borders, its rows with no gaps between them, stays a doubt', async () => {
    const result = await importMinutes(await minutesPdf(false), { root, board: 'hillford', dryRun: true }, archive);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatch(/item 03\.25\.05 is laid out as a table on the page/);
  });
});
