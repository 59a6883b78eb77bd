import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { archiveFor, importMinutes, importText, type ImportResult } from '../../src/import/import-minutes.ts';
import { parsePdfText } from '../../src/import/parse-pdf-text.ts';
import { boldHead, paragraphHead } from '../../src/import/paragraph-heads.ts';
import { boldLead, isBoldFontName } from '../../src/import/pdf-fonts.ts';
import { readPdf } from '../../src/import/read-pdf.ts';
import { sourceLines } from '../../src/import/source-file.ts';
import { sampleArchiveWithBoard, savedPdf } from '../support/archive-copy.ts';

/**
 * Minutes whose items have no heading of their own: headings run in before
 * the text and told only by bold type, and minutes written as numbered
 * paragraphs, each a minute whose head is its title. The minutes here are
 * made up, in the forms small councils print them.
 */
const root = sampleArchiveWithBoard('ashby', 'Ashby Community Council');
const archive = archiveFor(root);

describe('bold type, told by the font’s name', () => {
  it('knows the bold faces of word processors and of TeX by their names', () => {
    for (const name of [
      'CAAAAA+Arial-BoldMT',
      'TimesNewRomanPS-BoldMT',
      'Calibri,Bold',
      'NNCBWE+CMBX12',
      'Helvetica-Bold',
    ])
      expect(isBoldFontName(name), name).toBe(true);
    for (const name of ['BAAAAA+ArialMT', 'QHHVLN+CMR10', 'Calibri', 'Helvetica', 'TimesNewRomanPS-ItalicMT'])
      expect(isBoldFontName(name), name).toBe(false);
  });

  it('finds the bold words a line opens with, after a number in the body’s type', () => {
    const f = (text: string, bold = false) => ({ text, bold });
    expect(boldLead([f('3.'), f('Councillor reports', true), f('Local Place Plan identified')])).toEqual({
      start: 1,
      end: 2,
    });
    expect(boldLead([f('(b)'), f('Vice', true), f('Chair', true), f('No news.')])).toEqual({ start: 1, end: 3 });
    expect(boldLead([f('Welcome', true), f('The chair opened the meeting.')])).toEqual({ start: 0, end: 1 });
  });

  it('finds none in a line bold throughout, in one with no bold, or bold only in its middle', () => {
    const f = (text: string, bold = false) => ({ text, bold });
    expect(boldLead([f('4.'), f('Finance', true)])).toBeUndefined();
    expect(boldLead([f('4. Finance The accounts were noted.')])).toBeUndefined();
    expect(boldLead([f('The trust had been dissolved.'), f('Agreed', true), f('that we fund it')])).toBeUndefined();
  });
});

describe('the head of a numbered paragraph, as its title', () => {
  it('takes bold words the text opens with as the title, without the mark after them', () => {
    expect(boldHead('Present:- Members Ann Lee and Tom Ray', 'Present')).toEqual({
      title: 'Present',
      text: 'Members Ann Lee and Tom Ray',
    });
    expect(boldHead('Roads and footpaths potholes remain on Mill Lane.', '2. Roads and footpaths')).toEqual({
      title: 'Roads and footpaths',
      text: 'potholes remain on Mill Lane.',
    });
  });

  it('takes no bold words that the text does not open with', () => {
    expect(boldHead('The trust was dissolved. Agreed that we fund it', 'Agreed')).toBeUndefined();
    expect(boldHead('Finance', 'Finance')).toBeUndefined();
  });

  it('reads the head in the forms minutes give it', () => {
    expect(paragraphHead('The minutes of the last AGM were approved')).toEqual({
      title: 'The minutes of the last AGM were approved',
      text: '',
    });
    expect(paragraphHead('Minutes of Previous Meetings. Approved online and on the website.')).toEqual({
      title: 'Minutes of Previous Meetings',
      text: 'Approved online and on the website.',
      parted: true,
    });
    expect(paragraphHead('Members Present were: Ann Lee (AL), Tom Ray (TR).')).toEqual({
      title: 'Members Present were',
      text: 'Ann Lee (AL), Tom Ray (TR).',
      parted: true,
    });
    expect(paragraphHead('Recruitment - Two people had offered to stand. A discussion followed.')).toEqual({
      title: 'Recruitment',
      text: 'Two people had offered to stand. A discussion followed.',
      parted: true,
    });
    expect(paragraphHead('Updates')).toEqual({ title: 'Updates', text: '' });
    expect(paragraphHead('Any other business – none')).toEqual({
      title: 'Any other business',
      text: 'none',
      parted: true,
    });
    expect(paragraphHead('Village Green The main concern raised was the grass.')).toEqual({
      title: 'Village Green',
      text: 'The main concern raised was the grass.',
    });
    // "see 4. above": a full stop before a small letter ends no sentence.
    expect(paragraphHead('Note the examiner appointed for next year see 4. above')?.title).toBe(
      'Note the examiner appointed for next year see 4. above',
    );
  });

  it('reads a dash after a clause with its verb as part of the sentence, and gives up on a sentence too long', () => {
    expect(paragraphHead('The Clerk said - as before - that the hall is booked.')?.title).toBe(
      'The Clerk said - as before - that the hall is booked',
    );
    expect(paragraphHead(`The Council discussed ${'the state of the roads and '.repeat(8)}verges.`)).toBeUndefined();
    expect(paragraphHead('and so the matter was closed.')).toBeUndefined();
    // A heading may run into the text here, with no mark or type to show where: not read.
    expect(paragraphHead('Roads and footpaths potholes remain on Mill Lane and were reported.')).toBeUndefined();
  });
});

/** Made-up minutes as a PDF's lines: a blank line between paragraphs. */
const pdfLines = (text: string) => sourceLines(text);
const header = 'Minutes of the meeting of Ashby Community Council held on 3 March 2025\n\n';

describe('minutes written as numbered paragraphs, with no headings', () => {
  it('reads each paragraph numbered 1, 2, 3 … in turn as an item, its head as its title', () => {
    const minutes = parsePdfText(
      pdfLines(
        `${header}1. The minutes of the last meeting were approved\n\n2. The Treasurer’s report was noted. She will report again in May.\n\n3. Following this all office bearers stood down and all the posts were filled\nunopposed\n\n4. Footpaths - The stile on Mill Lane is broken. The Clerk will write to the landowner.\n\n5. Any other business - none\n`,
      ),
    );
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'The minutes of the last meeting were approved'],
      ['2', 'The Treasurer’s report was noted'],
      ['3', 'Following this all office bearers stood down and all the posts were filled unopposed'],
      ['4', 'Footpaths'],
      ['5', 'Any other business'],
    ]);
    expect(minutes.items[1]!.blocks).toEqual([{ kind: 'paragraph', text: 'She will report again in May.' }]);
    expect(minutes.items[3]!.blocks).toEqual([
      { kind: 'paragraph', text: 'The stile on Mill Lane is broken. The Clerk will write to the landowner.' },
    ]);
  });

  it('leaves numbered points that start again, or skip a number, as they were read', () => {
    const restarting = parsePdfText(
      pdfLines(
        `${header}1. Apologies\n\nNone.\n\n2. Budget\n\nThe Council considered the budget.\n\n1. That the budget be approved.\n\n2. That the precept be set at £9,000.\n`,
      ),
    );
    expect(restarting.items.map((i) => i.title)).toEqual(['Apologies', 'Budget']);
    const skipping = parsePdfText(
      pdfLines(
        `${header}1. The minutes of the last meeting were approved\n\n2. The Treasurer’s report was noted\n\n4. The Clerk will write to the landowner\n`,
      ),
    );
    expect(skipping.items).toEqual([]);
  });
});

/** A one-page PDF of lines, each a list of runs of text, bold or not, in Helvetica. */
async function pdfOfRuns(lines: Array<Array<[string, boolean?]>>): Promise<string> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  let y = 780;
  for (const runs of lines) {
    let x = 72;
    for (const [text, isBold] of runs) {
      const font = isBold ? bold : regular;
      page.drawText(text, { x, y, size: 10, font });
      x += font.widthOfTextAtSize(`${text} `, 10);
    }
    y -= runs.length === 0 ? 12 : 14;
  }
  return savedPdf(await document.save());
}

describe('a PDF whose item headings are shown only by bold type', () => {
  const lines = (boldHeadings: boolean): Array<Array<[string, boolean?]>> => [
    [['Minutes of the meeting of Ashby Community Council held on 3 March 2025']],
    [],
    [['Present: Ann Lee, Tom Ray and Sue Hart']],
    [],
    [['1.'], ['Roads and footpaths', boldHeadings], ['potholes remain on Mill Lane and were reported to']],
    [['the county council again.']],
    [],
    [['2.'], ['Village Hall lease', boldHeadings], ['the lease runs to 2030 and was noted.']],
    [],
    [['3.'], ['Planning', boldHeadings], ['one application was received.']],
  ];

  it('reads the bold words as each item’s title, and the rest of the line as its text', async () => {
    const file = await pdfOfRuns(lines(true));
    const read = await readPdf(file);
    if (!read.ok) throw new Error(read.problem);
    expect(read.pdf.lines.filter((l) => l.boldLead).map((l) => l.boldLead)).toEqual([
      'Roads and footpaths',
      'Village Hall lease',
      'Planning',
    ]);
    const result = await importMinutes(file, { root, board: 'ashby', dryRun: true }, archive);
    expect(result.ok, result.ok ? '' : result.problem).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain(
      '## 1. Roads and footpaths\n\npotholes remain on Mill Lane and were reported to the county council again.\n',
    );
    expect(result.text).toContain('## 2. Village Hall lease\n\nthe lease runs to 2030 and was noted.\n');
    expect(result.text).toContain('## 3. Planning\n\none application was received.\n');
  });

  it('refuses the same minutes printed in one type: where each title ends is not shown', async () => {
    const result = await importMinutes(await pdfOfRuns(lines(false)), { root, board: 'ashby', dryRun: true }, archive);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.doubts?.map((d) => d.what)).toContain(
      'the text of item 1 starts in lower case ("the county council again."): its title may be the first line of a sentence that goes on there',
    );
  });
});

const run = (text: string): ImportResult =>
  importText(text, 'minutes.txt', { root, board: 'ashby', dryRun: true }, archive);

describe('the attendance written as the first item', () => {
  it('reads the members, their apologies, and visitors by their titles, from "Members Present were:"', () => {
    const result = run(
      `${header}1. Committee Members Present were: Ann Lee (AL), Tom Ray(TR), Sue Hart (SH, Secretary), Ivor Bell (IB) City Councillor Jo Kerr. Local residents Bob Dale (BD). Apologies were received from: Community Councillor , Meg Hunt (MH,chair) and City Councillor Raj Patel, and Dan Fox MP.\n\n2. Minutes of the last meeting. Approved online.\n\n3. Planning - none\n`,
    );
    expect(result.ok, result.ok ? '' : result.problem).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain(
      [
        'attendance:',
        '  present:',
        '    - Ann Lee',
        '    - Tom Ray',
        '    - name: Sue Hart',
        '      role: Secretary',
        '    - Ivor Bell',
        '  apologies:',
        '    - name: Meg Hunt',
        '      role: chair',
        '  others:',
        '    - name: Jo Kerr',
        '      role: City Councillor',
        '    - name: Raj Patel',
        '      role: City Councillor',
        '    - name: Dan Fox',
        '      role: MP',
      ].join('\n'),
    );
    // The item and its words stay as printed.
    expect(result.text).toContain('## 1. Committee Members Present were\n\nAnn Lee (AL), Tom Ray(TR)');
  });

  it('reads "Present: Members …, plus local residents …" as the members only', () => {
    const result = run(
      `${header}1. Present: Members Ann Lee, Tom Ray and Sue Hart, plus local residents Bob Dale and Kim Ash.\n\n2. Minutes of the last meeting. Approved.\n\n3. Planning - none\n`,
    );
    expect(result.ok, result.ok ? '' : result.problem).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain('present: [Ann Lee, Tom Ray, Sue Hart]');
    expect(result.text).not.toContain('Bob Dale\n');
  });

  it('reads apologies from "Cllrs", where the members present are named as the body\'s members without that title, as another council\'s councillors', () => {
    for (const apologies of [
      'Cllrs Raj Patel and Jo Kerr',
      'Cllr Raj Patel and Cllr Jo Kerr',
      'Councillors Raj Patel, Jo Kerr.',
    ]) {
      const result = run(
        `${header}1. Present: ACC members Ann Lee, Tom Ray and Sue Hart. Apologies: ${apologies}\n\n2. Minutes of the last meeting. Approved.\n\n3. Planning - none\n`,
      );
      expect(result.ok, result.ok ? apologies : result.problem).toBe(true);
      if (!result.ok) continue;
      expect(result.text).toContain(
        [
          '  present: [Ann Lee, Tom Ray, Sue Hart]',
          '  others:',
          '    - name: Raj Patel',
          '      role: Councillor',
          '    - name: Jo Kerr',
          '      role: Councillor',
        ].join('\n'),
      );
      expect(result.text).not.toContain('apologies:');
    }
  });

  it('doubts apologies from "Cllrs" where the titles do not tell them apart from the members', () => {
    const doubt = (present: string, apologies: string) =>
      'the apologies come from councillors ("' +
      apologies +
      '"), where the members present are listed as "' +
      present.split(' ').slice(0, 2).join(' ') +
      '" without that title: they may be councillors of another council, who are not members';
    const cases: Array<[string, string]> = [
      // One name of the apologies without the title: a member, or not?
      ['ACC members Ann Lee, Tom Ray and Sue Hart', 'Cllr Raj Patel and Jo Kerr'],
      ['ACC members Ann Lee, Tom Ray and Sue Hart', 'Cllrs Raj Patel and Mr Jo Kerr'],
      // A member present with the title: the minutes give members the title too.
      ['ACC members Ann Lee, Cllr Tom Ray and Sue Hart', 'Cllrs Raj Patel and Jo Kerr'],
    ];
    for (const [present, apologies] of cases) {
      const result = run(
        `${header}1. Present: ${present}. Apologies: ${apologies}\n\n2. Minutes of the last meeting. Approved.\n\n3. Planning - none\n`,
      );
      expect(result.ok, `${present} / ${apologies}`).toBe(false);
      if (result.ok) continue;
      expect(result.doubts?.map((d) => d.what)).toEqual([doubt(present, apologies)]);
    }
  });

  it('leaves an item that is not the attendance, or a list with a part that is no name, unread', () => {
    const other = run(
      `${header}1. Minutes of the last meeting: approved as read by Ann Lee and Tom Ray.\n\n2. Finance. Noted.\n\n3. Planning - none\n`,
    );
    expect(other.ok).toBe(true);
    if (other.ok) expect(other.text).not.toContain('attendance:');
    const notNames = run(
      `${header}1. Present: Ann Lee, Tom Ray and the vicar of St Mary’s church.\n\n2. Finance. Noted.\n\n3. Planning - none\n`,
    );
    expect(notNames.ok).toBe(false);
    if (!notNames.ok) expect(notNames.doubts?.map((d) => d.what)).toContain('no list of the members present was found');
  });
});

describe('a decision that opens a later sentence of a paragraph', () => {
  it('reads "… Agreed that …", "… Resolved to …" and "… Decided to …" as decisions: each ends where its sentence ends', () => {
    for (const [sentence, marked] of [
      ['Agreed that the Council fund the winding-up fees.', 'Agreed: that the Council fund the winding-up fees.'],
      ['Resolved to pay. The Clerk will order the turf.', 'Resolved: to pay.\n\nThe Clerk will order the turf.'],
      ['Decided not to renew the lease.', 'Decided: not to renew the lease.'],
    ]) {
      const result = run(
        `${header}Present: Ann Lee and Tom Ray\n\n1. Bowling green\n\nThe trust had been dissolved. ${sentence}\n`,
      );
      expect(result.ok, sentence).toBe(true);
      if (result.ok) expect(result.text).toContain(`The trust had been dissolved.\n\n${marked}\n`);
    }
  });

  it('reads lines printed without full stops as sentences where a capital "Also resolved" starts the next', () => {
    const result = run(
      `${header}Present: Ann Lee and Tom Ray\n\n1. Bowling green\n\nThe trust had been dissolved. Resolved to pay the fees Also resolved to pay the mower firm £ 80.00\n`,
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain(
      'The trust had been dissolved.\n\nResolved: to pay the fees\n\nAlso resolved: to pay the mower firm £ 80.00\n',
    );
  });

  it('but doubts one whose sentence runs on into another decision, with no capital to tell where it ends', () => {
    for (const text of [
      'The trust had been dissolved. Resolved to pay the fees also resolved to pay the mower firm £ 80.00',
      // After a decision read from the same paragraph, the run-on sentence is not read whole as one either.
      'All agreed the trust had been dissolved. Resolved to pay the fees and resolved to pay the mower firm £ 80.00',
    ]) {
      const result = run(`${header}Present: Ann Lee and Tom Ray\n\n1. Bowling green\n\n${text}\n`);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.doubts?.[0]?.what, text).toMatch(/may hold a decision the importer did not mark/);
    }
  });

  it('leaves an undertaking with its subject, "The Clerk agreed to …", as text', () => {
    const result = run(
      `${header}Present: Ann Lee and Tom Ray\n\n1. Bowling green\n\nThe trust had been dissolved. The Clerk agreed to write to the trustees.\n`,
    );
    expect(result.ok, result.ok ? '' : result.problem).toBe(true);
  });
});

describe('a parish meeting’s members written with their posts, and an item number printed twice', () => {
  const opening = header;

  it('reads "Members of the Council present were:", a post after a name as its role, and the Clerk as an officer', () => {
    const result = run(
      `${opening}Members of the Council present were: Councillors Ann Lee, Chairman, Councillors Tom Ray, Sue Hart and Ivor Bell, and Mrs Meg Hunt, Clerk\n\n1. Minutes of the last meeting\n\nThe minutes were taken as read.\n\n2. Any other business\n\nThere was none.\n`,
    );
    expect(result.ok, result.ok ? '' : result.problem).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain(
      [
        '  present:',
        '    - name: Ann Lee',
        '      role: Chairman',
        '    - Tom Ray',
        '    - Sue Hart',
        '    - Ivor Bell',
        '  officers:',
        '    - name: Meg Hunt',
        '      role: Clerk',
      ].join('\n'),
    );
  });

  it('keeps a word after a name that is no post as a name of its own, to be doubted', () => {
    const result = run(
      `${opening}Members of the Council present were: Councillors Ann Lee, Treasurer of the Hall, Tom Ray\n\n1. Minutes of the last meeting\n\nThe minutes were taken as read.\n`,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.doubts?.map((d) => d.what).join('\n')).toMatch(/Treasurer of the Hall/);
  });

  it('doubts two headings of one number one after the other, naming both and the number the second may be', () => {
    const result = run(
      `${opening}Present: Councillors Ann Lee and Tom Ray\n\n1. Minutes of the last meeting\n\nThe minutes were taken as read.\n\n2. Talk by the speaker\n\nThe speaker gave a talk.\n\n2. Any other business\n\nThere was none.\n`,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.doubts?.map((d) => d.what)).toContain(
      'item 2 comes twice, one heading after the other ("Talk by the speaker", "Any other business"): the second may be misprinted for 3, or be a numbered point of the first',
    );
  });

  it('finds the name in a sentence about apologies whole, inner capitals and all, once it is read', () => {
    const result = run(
      `${header}Present: Councillors Ann Lee and Tom Ray\n\nApologies: Councillor Lana Reid-McConnell\n\n1. Apologies\n\nApologies were noted from Cllr Lana Reid-McConnell.\n`,
    );
    expect(result.ok, result.ok ? '' : result.problem).toBe(true);
  });
});
