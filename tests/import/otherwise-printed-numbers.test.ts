import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { archiveFor, importMinutes } from '../../src/import/import-minutes.ts';
import { loadArchive } from '../../src/load/archive.ts';
import { sampleArchiveWithBoard, savedPdf } from '../support/archive-copy.ts';

/**
 * Parish minutes printed from a word processor set each item's number in a
 * column of its own and its title beside it, in bold, and sometimes type a
 * number's full stop twice or a space in its place ("01.26..03", "01.26 08").
 * Such an item, in the one place between its neighbours the numbers skip, is
 * read as that item, numbered as printed; where its place or its type leaves
 * any doubt, the importer says so rather than write it as the text of the
 * item before.
 */
interface Third {
  /** The third item's number as printed. */
  number: string;
  /** An empty line's gap above its heading. */
  gap: boolean;
  /** The second item's text ends its sentence. */
  fullStop: boolean;
  /** Its heading is set in bold, as the others are. */
  bold: boolean;
}

async function minutesPdf(third: Third): Promise<string> {
  const document = await PDFDocument.create();
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const page = document.addPage([595, 842]);
  const text = (value: string, x: number, y: number, font = regular) => page.drawText(value, { x, y, size: 11, font });
  text('MINUTES OF THE MEETING OF HILLFORD PARISH COUNCIL', 150, 800);
  text('HELD ON 6th March 2025', 230, 786);
  text('Present: Cllr Ann Lee, Cllr Bob Stone and Cllr Cat Hill', 60, 760);
  let y = 730;
  const heading = (number: string, title: string, { gap = true, font = bold } = {}) => {
    if (gap) y -= 12;
    text(number, 60, y, font);
    text(title, 130, y, font);
    y -= 14;
  };
  const paragraph = (words: string) => {
    text(words, 130, y);
    y -= 14;
  };
  heading('03.25.01', 'Apologies for absence');
  paragraph('None.');
  heading('03.25.02', 'Declarations of Interests');
  paragraph(third.fullStop ? 'None were declared.' : 'Cllr Lee declared an interest and left the meeting for');
  heading(third.number, 'To receive the minutes of the last meeting', {
    gap: third.gap,
    font: third.bold ? bold : regular,
  });
  paragraph('The minutes were approved as a true record.');
  heading('03.25.04', 'Highways');
  paragraph('The verge on Mill Lane had been cut.');
  return savedPdf(await document.save());
}

describe('an item whose number is printed otherwise, in a signed PDF', () => {
  const root = sampleArchiveWithBoard('hillford', 'Hillford Parish Council');
  const archive = archiveFor(root);
  const run = async (third: Third, dryRun = true) =>
    importMinutes(await minutesPdf(third), { root, board: 'hillford', dryRun }, archive);

  for (const [number, written] of [
    ['03.25..03', '03.25..03'],
    ['03.25 03', '03.25\u00a003'],
  ] as const)
    it(`reads "${number}" between items 03.25.02 and 03.25.04 as that item, numbered as printed, after an empty line`, async () => {
      const result = await run({ number, gap: true, fullStop: true, bold: true });
      if (!result.ok) throw new Error(result.problem);
      expect(result.text).toContain(
        `None were declared.\n\n## ${written} To receive the minutes of the last meeting\n\nThe minutes were approved as a true record.\n`,
      );
    });

  it('reads it after a sentence that ended on the line above, where the number stands in its column, and the site reads the file back so', async () => {
    const result = await run({ number: '03.25 03', gap: false, fullStop: true, bold: true }, false);
    if (!result.ok) throw new Error(result.problem);
    const loaded = loadArchive(root);
    const meeting = loaded.meetings.find((m) => m.key === 'hillford/2025-03-06')!;
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['03.25.01', 'Apologies for absence'],
      ['03.25.02', 'Declarations of Interests'],
      ['03.25\u00a003', 'To receive the minutes of the last meeting'],
      ['03.25.04', 'Highways'],
    ]);
    expect(loaded.diagnostics.filter((d) => d.file.endsWith('2025-03-06.md') && d.code !== 'person-unknown')).toEqual(
      [],
    );
  });

  it('doubts it where the line above ends mid-sentence with no gap: the heading may be words of that sentence', async () => {
    const result = await run({ number: '03.25..03', gap: false, fullStop: false, bold: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain(
      'the items go from 03.25.02 to 03.25.04, and the text of 03.25.02 holds the number between, printed otherwise',
    );
  });

  it('doubts it where it is set in the text’s type, not in the type of the other items’ headings', async () => {
    const result = await run({ number: '03.25..03', gap: true, fullStop: true, bold: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain('the items go from 03.25.02 to 03.25.04');
  });
});
