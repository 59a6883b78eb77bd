import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { findDoubts } from '../../src/import/doubts.ts';
import { joinLines } from '../../src/import/join-lines.ts';
import { parsePdfText } from '../../src/import/parse-pdf-text.ts';
import { readPdf } from '../../src/import/read-pdf.ts';
import type { SourceLine } from '../../src/import/source-file.ts';
import { savedPdf } from '../support/archive-copy.ts';

/**
 * What the type a PDF sets its lines in tells the importer: a heading before
 * the numbered items, set as their headings are (the same font and size) over
 * text set otherwise, is an item the minutes did not number. Lines are given
 * here as the PDF reader gives them, each with the type it is set in whole
 * ("bold 12": a font's name and a size), in made-up minutes.
 */
const BOLD = 'bold 12';
const BODY = 'regular 12';

/** Source lines from [text, type] pairs; '' is the empty line a wider gap leaves. */
function pdfLines(rows: Array<[string, string?] | ''>): SourceLine[] {
  return rows.map((row, index) => {
    const [text, font] = row === '' ? [''] : row;
    return { number: index + 1, text, page: 1, ...(font ? { font } : {}) };
  });
}

const opening: Array<[string, string?] | ''> = [
  ['Minutes of a Meeting of Ayrton Parish Council held on Tuesday 3 November 2020 in the Village Hall', BODY],
  '',
  ['Present: Councillors Ann Dent, Tom Landau and Mary Shaw', BODY],
  '',
];
const items: Array<[string, string?] | ''> = [
  ['1. Apologies for Absence', BOLD],
  ['None were received.', BODY],
  '',
  ['2. Finance', BOLD],
  ['The balance was £1,200.', BODY],
];

function read(before: Array<[string, string?] | ''>) {
  const minutes = parsePdfText(pdfLines([...opening, ...before, ...items]));
  const doubts = [
    ...(minutes.doubts ?? []),
    ...findDoubts(minutes, (index) => minutes.items[index]?.line ?? 1, '', []),
  ].map((d) => d.what);
  return { minutes, doubts, titles: minutes.items.map((i) => [i.number ?? null, i.title]) };
}

describe('a heading before the numbered items, set in their headings’ type', () => {
  it('is an unnumbered item when it heads text set otherwise: a tribute', () => {
    const { minutes, doubts, titles } = read([
      ['Mary Rowe', BOLD],
      ['It was with great sadness that the Council noted the death of Mary Rowe, a member for', BODY],
      ['thirty years.', BODY],
      '',
    ]);
    expect(titles).toEqual([
      [null, 'Mary Rowe'],
      ['1', 'Apologies for Absence'],
      ['2', 'Finance'],
    ]);
    expect(minutes.items[0]!.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'It was with great sadness that the Council noted the death of Mary Rowe, a member for thirty years.',
      },
    ]);
    expect(doubts).toEqual([]);
  });

  it('and a line alone in that type just above the first item, with no text of its own, heads the items: it is listed as dropped', () => {
    const { minutes, doubts, titles } = read([
      ['Public Forum', BOLD],
      ['Two residents asked about the speed of traffic on Mill Lane.', BODY],
      '',
      ['Business', BOLD],
      '',
    ]);
    expect(titles.map((t) => t[1])).toEqual(['Public Forum', 'Apologies for Absence', 'Finance']);
    expect(JSON.stringify(minutes.items)).not.toContain('Business');
    expect(minutes.ledger.furnitureEntries.map((e) => e.text)).toContain('Business');
    expect(doubts).toEqual([]);
  });

  it('stays a doubt when the heading is set otherwise than the items’ headings: larger, or as its text is', () => {
    for (const type of ['bold 14', BODY]) {
      const { minutes, doubts } = read([
        ['Mary Rowe', type],
        ['It was with great sadness that the Council noted the death of Mary Rowe.', BODY],
        '',
      ]);
      expect(
        minutes.items.map((i) => i.title),
        type,
      ).toEqual(['Apologies for Absence', 'Finance']);
      expect(doubts, type).toEqual([
        '"Mary Rowe" heads text of its own before the first numbered item, so it may be an item the minutes did not number',
      ]);
    }
  });

  it('stays a doubt when the text below is set in the headings’ type too, or the text has no type (copied text)', () => {
    for (const [heading, text] of [
      [BOLD, BOLD],
      [undefined, undefined],
    ]) {
      const { minutes, doubts } = read([
        ['Mary Rowe', heading],
        ['It was with great sadness that the Council noted the death of Mary Rowe.', text],
        '',
      ]);
      expect(minutes.items).toHaveLength(2);
      expect(doubts).toEqual([
        '"Mary Rowe" heads text of its own before the first numbered item, so it may be an item the minutes did not number',
      ]);
    }
  });
});

/** A real PDF made with pdf-lib: each page's lines as [x, y, text, bold?] (12-point Helvetica, y up the page). */
async function pdfFile(pages: Array<Array<[number, number, string, boolean?]>>): Promise<string> {
  const document = await PDFDocument.create();
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  for (const lines of pages) {
    const page = document.addPage([595, 842]);
    for (const [x, y, text, isBold] of lines) page.drawText(text, { x, y, size: 12, font: isBold ? bold : regular });
  }
  return savedPdf(await document.save());
}

async function sourceLinesOf(pages: Array<Array<[number, number, string, boolean?]>>): Promise<SourceLine[]> {
  const read = await readPdf(await pdfFile(pages));
  if (!read.ok) throw new Error(read.problem);
  return read.pdf.lines;
}

describe('the type of a real PDF’s lines', () => {
  it('is read whole for a line in one font and size, and not for a line that mixes them', async () => {
    const lines = await sourceLinesOf([
      [
        [72, 700, 'Mary Rowe', true],
        [72, 686, 'The Council noted the death of Mary Rowe.'],
        [72, 658, '1. Apologies', true],
      ],
    ]);
    const fonts = lines.filter((l) => l.text !== '').map((l) => l.font);
    expect(fonts[0]).toBe(fonts[2]);
    expect(fonts[1]).toBeDefined();
    expect(fonts[1]).not.toBe(fonts[0]);
  });
});

describe('a page break after a bulleted point', () => {
  const bullet = '\u2022';
  /** Page 1 ends in a list of points whose lines wrap to an indent; page 2 starts with `first` at x. */
  const pages = (first: [number, string]): Array<Array<[number, number, string, boolean?]>> => [
    [
      [72, 700, '1. Matters Arising', true],
      [72, 686, 'Some matters were concluded:'],
      [90, 672, `${bullet} Castle View sign - a new sign had been put up by the council and`],
      [104, 658, 'was in place'],
      [90, 644, `${bullet} Falling Roof Slates - concluded`],
    ],
    [
      [first[0], 760, first[1]],
      [72, 732, '2. Finance', true],
    ],
  ];
  const joined = (lines: SourceLine[]) =>
    joinLines(
      lines
        .filter((l) => l.text !== '' && !l.furniture)
        .slice(2, -1)
        .map((l) => ({ text: l.text, blankBefore: 0, ...(l.newParagraph ? { newParagraph: true } : {}) })),
    );

  it('starts a paragraph when the next page starts at the margin, though the point does not end a sentence', async () => {
    expect(joined(await sourceLinesOf(pages([72, 'Other matters were still extant:'])))).toEqual([
      {
        kind: 'list',
        items: [
          'Castle View sign - a new sign had been put up by the council and was in place',
          'Falling Roof Slates - concluded',
        ],
      },
      { kind: 'paragraph', text: 'Other matters were still extant:' },
    ]);
  });

  it('goes on with the point when the next page starts at the points’ indent', async () => {
    expect(joined(await sourceLinesOf(pages([104, 'in the spring'])))).toEqual([
      {
        kind: 'list',
        items: [
          'Castle View sign - a new sign had been put up by the council and was in place',
          'Falling Roof Slates - concluded in the spring',
        ],
      },
    ]);
  });
});
