import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFor, importPageOrText, type ImportResult } from '../../src/import/import-minutes.ts';
import { readMeeting } from '../../src/load/meeting.ts';
import { PeopleDirectory } from '../../src/load/people-directory.ts';
import { Diagnostics } from '../../src/model/diagnostics.ts';
import { itemText } from '../../src/model/item-text.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * Meeting pages saved from the browser, read through their structure: the
 * items of a page may be the rows of a table (ModernGov's "Agenda and
 * minutes"), the entries of an ordered list whose numbers the browser prints,
 * or headings that carry their numbers. The pages here are small ones written
 * for these tests, each in the layout of its kind.
 */
const boards = readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8');
const root = copyOfSampleArchive({ '_data/boards.yaml': `${boards}\n- id: council\n  name: Parish Council\n` });
const archive = archiveFor(root);
let pages = 0;

function importPage(html: string, options: { acceptDoubts?: boolean } = {}): ImportResult {
  const page = path.join(root, `page-${++pages}.html`);
  writeFileSync(page, html);
  return importPageOrText(page, { root, board: 'council', dryRun: true, ...options }, archive);
}

/** The file the import would write, read back as `npm run check` reads it. */
function written(html: string) {
  const result = importPage(html);
  if (!result.ok) throw new Error(result.problem);
  const diagnostics = new Diagnostics();
  const read = readMeeting(
    { file: result.target, boardId: 'council', slug: 'page', text: result.text },
    new PeopleDirectory(archive.people),
    diagnostics,
  );
  if (!read) throw new Error('the imported file could not be read back');
  return { result, meeting: read.meeting, text: result.text };
}

const itemsOf = (meeting: ReturnType<typeof written>['meeting']) =>
  meeting.items.map((item) => `${item.number ?? '–'} ${item.title ?? ''}`);

const OPENING = `<p>Minutes of a meeting of the Parish Council held in the Village Hall on Tuesday, 2 September 2025.</p>
<h4>PRESENT</h4><p>Councillors Ann Dent, Tom Landau and Sue Ryding.</p>`;

describe('a page whose items are the entries of an ordered list, each opening with its heading', () => {
  const listPage = (attributes: string, entries: string) => `${OPENING}<ol${attributes}>${entries}</ol>`;
  const entries = `
  <li><h4>APOLOGIES</h4><p>None.</p></li>
  <li>
    <h4>BUS SHELTER</h4>
    <p>It was agreed that the shelter be repaired.</p>
  </li>
  <li><h4>ANY OTHER BUSINESS</h4>None.</li>`;

  it('numbers the items as the browser prints them, from 1', () => {
    const { meeting } = written(listPage(' class="minute-matters"', entries));
    expect(itemsOf(meeting)).toEqual(['1 APOLOGIES', '2 BUS SHELTER', '3 ANY OTHER BUSINESS']);
    expect(meeting.items[1]!.decisions.map((d) => d.text)).toEqual(['that the shelter be repaired.']);
    // Text straight inside the entry, outside any paragraph, is the item's.
    expect(itemText(meeting.items[2]!)).toBe('None.');
  });

  it('from the list\'s "start", or an entry\'s own "value"', () => {
    expect(itemsOf(written(listPage(' start="4"', entries)).meeting)).toEqual([
      '4 APOLOGIES',
      '5 BUS SHELTER',
      '6 ANY OTHER BUSINESS',
    ]);
    const valued = entries.replace('<li>\n    <h4>BUS SHELTER', '<li value="9">\n    <h4>BUS SHELTER');
    expect(itemsOf(written(listPage('', valued)).meeting)).toEqual([
      '1 APOLOGIES',
      '9 BUS SHELTER',
      '10 ANY OTHER BUSINESS',
    ]);
  });

  it('a list numbered in letters (type="A") is not read as items, as no item number of the archive is a letter', () => {
    const result = importPage(listPage(' type="A"', entries));
    expect(!result.ok && result.problem).toMatch(/^found no items in page-\d+\.html read as html-page/);
  });

  it('a heading that prints the same number as the list is read once; a different one is a doubt', () => {
    const same = entries.replace('<h4>BUS SHELTER', '<h4>2. BUS SHELTER');
    expect(itemsOf(written(listPage('', same)).meeting)).toContain('2 BUS SHELTER');
    const other = importPage(listPage('', entries.replace('<h4>BUS SHELTER', '<h4>7. BUS SHELTER')));
    expect(other.ok).toBe(false);
    expect(!other.ok && other.problem).toContain(
      'the page\'s list numbers the item "7. BUS SHELTER" 2, but its heading gives it the number 7',
    );
  });

  it('nor is a list one of whose entries opens with an empty heading: its paragraph would be taken for a title', () => {
    const result = importPage(listPage('', entries.replace('<h4>BUS SHELTER</h4>', '<h4> </h4>')));
    expect(!result.ok && result.problem).toMatch(/^found no items in page-\d+\.html/);
  });

  it('a list of points inside an item, whose entries do not open with a heading, is a list, not items', () => {
    const { meeting, text } = written(
      `${OPENING}<h4>1. CORRESPONDENCE</h4><ol><li>Bank statement.</li><li>Letter from the school.</li></ol>`,
    );
    expect(itemsOf(meeting)).toEqual(['1 CORRESPONDENCE']);
    expect(text).toContain('- Bank statement.\n- Letter from the school.');
  });

  it('nor is a list whose numbers are hidden (list-style: none): its headings are read as any other, and doubted when unnumbered', () => {
    const hidden = listPage(' style="list-style: none"', entries.replace('<h4>BUS SHELTER', '<h4>2. BUS SHELTER'));
    const result = importPage(hidden);
    // "ANY OTHER BUSINESS" prints no number: a heading as item 2's is, not read as an item, so doubted.
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toContain(
      '"ANY OTHER BUSINESS" is a heading as the items\' are, but has no number: it may be an item of its own',
    );
  });
});

describe('a page whose items are the rows of a table (ModernGov\'s "Agenda and minutes")', () => {
  const page = `<!DOCTYPE html><html><head><title>Agenda and minutes</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="mgListCommittees.aspx">Committees</a></li></ul></nav>
<div class="mgContent">
<h1>Agenda and minutes</h1>
<h2>Planning Committee - Wednesday, 4th June, 2025 7.00 pm</h2>
<p>Venue: Council Chamber, Civic Centre</p>
<p>Contact: Priya Shah, Committee Services Officer</p>
<table class="mgItemTable">
<tr><th>No.</th><th>Item</th></tr>
<tr><td><p>1.</p></td><td><p>Apologies for Absence</p>
<p>Minutes:</p><div><p>Apologies were received from Councillors Okafor and Brennan-Hughes.</p></div></td></tr>
<tr><td><p>2.</p></td><td><p><a href="documents/s901/Minutes.pdf">Minutes of the previous meeting <span>PDF 98 KB</span></a></p>
<div><p>To confirm as a correct record the minutes of the meeting held on 7 May 2025.</p></div>
<p>Minutes:</p><div><p>RESOLVED:</p><p>That the minutes of the meeting held on 7 May 2025 be approved.</p></div></td></tr>
<tr><td><p>3.</p></td><td><p>24/01234/FUL - Land to the rear of 12 Mill Lane</p>
<p>Additional documents:</p>
<ul><li><a href="documents/s902/Plan.pdf">Site plan <span>PDF 512 KB</span></a></li>
<li><a href="documents/s903/Slides.pdf">Officer presentation <span>PDF 1.4 MB</span></a></li></ul>
<p>Decision:</p><div><p>RESOLVED: That planning permission be granted.</p></div></td></tr>
</table>
</div>
<footer><p>Copyright Example Council</p></footer>
</body></html>`;

  it('reads each row as an item: its number, its title without the size of the document it links to', () => {
    const { meeting } = written(page);
    expect(itemsOf(meeting)).toEqual([
      '1 Apologies for Absence',
      '2 Minutes of the previous meeting',
      '3 24/01234/FUL - Land to the rear of 12 Mill Lane',
    ]);
    expect(meeting.date).toBe('2025-06-04');
    expect(meeting.start).toBe('19:00');
    expect(meeting.venue).toBe('Council Chamber, Civic Centre');
  });

  it('keeps what follows "Minutes:" and "Decision:", and lists the agenda\'s text before them and the heading row', () => {
    const { meeting, result } = written(page);
    expect(meeting.items.map((item) => item.decisions.map((d) => d.text))).toEqual([
      [],
      ['That the minutes of the meeting held on 7 May 2025 be approved.'],
      ['That planning permission be granted.'],
    ]);
    expect(result.text).not.toContain('To confirm as a correct record');
    expect(result.text).not.toMatch(/^No\.$/m);
    if (!result.ok) throw new Error('not read');
    const furniture = result.report.furniture.map((f) => `${f.text} (${f.what})`);
    expect(furniture).toContain('No. Item (the heading row of the table of items)');
    expect(furniture).toContain(
      'To confirm as a correct record the minutes of the meeting held on 7 May 2025. (the agenda\'s text for the item (before "Minutes:"))',
    );
    // The site's frame around the content (navigation, footer) is not the minutes'.
    expect(result.text).not.toMatch(/Committees|Copyright/);
  });

  it('takes a size off a title however the page sets it: "(PDF, 97 KB)", or with no space before it ("StrategyPDF 1 MB")', () => {
    const { meeting } = written(
      page
        .replace(
          'Minutes of the previous meeting <span>PDF 98 KB</span>',
          'Minutes of the previous meeting (PDF, 98 KB)',
        )
        .replace('<p>24/01234/FUL - Land to the rear of 12 Mill Lane</p>', '<p>Homes StrategyPDF 1 MB</p>'),
    );
    expect(itemsOf(meeting)).toEqual([
      '1 Apologies for Absence',
      '2 Minutes of the previous meeting',
      '3 Homes Strategy',
    ]);
    expect(meeting.documents[0]).toMatchObject({ title: 'Minutes of the previous meeting', size: '98 KB' });
  });

  it('gives each linked document its title, item and size', () => {
    const { meeting } = written(page);
    expect(meeting.documents.map((d) => `${d.item}: ${d.title} (${d.size})`)).toEqual([
      '2: Minutes of the previous meeting (98 KB)',
      '3: Site plan (512 KB)',
      '3: Officer presentation (1.4 MB)',
    ]);
  });

  it('gives each document its address, read against the address the browser noted the page was saved from', () => {
    const saved = `<!-- saved from url=(0072)https://democracy.example.gov.uk/ieListDocuments.aspx?CId=12&MId=345 -->\n${page}`;
    const { meeting, text } = written(saved);
    expect(meeting.documents.map((d) => d.link)).toEqual([
      'https://democracy.example.gov.uk/documents/s901/Minutes.pdf',
      'https://democracy.example.gov.uk/documents/s902/Plan.pdf',
      'https://democracy.example.gov.uk/documents/s903/Slides.pdf',
    ]);
    expect(text).toContain(
      'source:\n  shape: html-page\n  link: https://democracy.example.gov.uk/ieListDocuments.aspx',
    );
    // A <base href> is what the browser read the links against.
    const based = written(page.replace('<head>', '<head><base href="https://committees.example.org/mg/">'));
    expect(based.meeting.documents[0]!.link).toBe('https://committees.example.org/mg/documents/s901/Minutes.pdf');
  });

  it("without the page's address a relative link is not written (the report lists it); a whole web address is", () => {
    const { meeting, result } = written(page.replace('documents/s903/Slides.pdf', 'https://example.gov.uk/slides.pdf'));
    expect(meeting.documents.map((d) => d.link)).toEqual([undefined, undefined, 'https://example.gov.uk/slides.pdf']);
    if (!result.ok) throw new Error('not read');
    expect(result.report.fields.map((f) => f.what)).toContain('a document of the item (documents/s901/Minutes.pdf)');
  });

  it('reads the apologies written as a sentence in the first row', () => {
    const { meeting } = written(page);
    expect(meeting.attendance.apologies.map((a) => a.written)).toEqual(['Okafor', 'Brennan-Hughes']);
  });
});

describe('a page whose items are headings that carry their numbers', () => {
  const page = `<html><body><main>
<h1>Minutes of a meeting of the Parish Council held in the Village Hall on Tuesday, 3 March 2026 at 7.00 pm</h1>
<p>Present: Councillors Ann Dent, Tom Landau and Sue Ryding</p>
<h2>Item 1: Apologies</h2><p>None.</p>
<h2>Item 2: Budget 2026/27 <a href="/docs/budget.pdf">Budget report (PDF 300 KB)</a></h2>
<p>Minutes:</p><p>The committee considered the draft budget.</p>
<p>Decision:</p><p>RESOLVED: That the budget be recommended to Council.</p>
<h2>Item 3: Grants</h2><p>It was agreed that a grant of £200 be paid to the scouts.</p>
</main></body></html>`;

  it('reads each heading as an item, a document linked beside its title as a document, not as words of the title', () => {
    const { meeting } = written(page);
    expect(itemsOf(meeting)).toEqual(['1 Apologies', '2 Budget 2026/27', '3 Grants']);
    expect(meeting.documents.map((d) => `${d.item}: ${d.title} (${d.size})`)).toEqual(['2: Budget report (300 KB)']);
    expect(meeting.items.map((item) => item.decisions.map((d) => d.text))).toEqual([
      [],
      ['That the budget be recommended to Council.'],
      ['that a grant of £200 be paid to the scouts.'],
    ]);
    expect(itemText(meeting.items[1]!)).toContain('The committee considered the draft budget.');
  });
});

describe('what the markup of a saved page gets wrong', () => {
  it('a date in <time datetime> written without its zeros ("2020-1-8") is the date', () => {
    const { meeting } = written(
      `<time datetime="2020-1-8">8 January 2020</time>${OPENING.replace(' on Tuesday, 2 September 2025', '')}<h4>1. APOLOGIES</h4><p>None.</p>`,
    );
    expect(meeting.date).toBe('2020-01-08');
  });

  it('a word the markup splits at the start of a paragraph ("I<p>t was proposed …") is one word again', () => {
    const { meeting, text } = written(
      `${OPENING}<h4>1. MINUTES</h4>\nI<p>t was proposed by Cllr. Dent, seconded by Cllr. Landau and agreed that the minutes be signed.</p>
<h4>2. HALL</h4>Th<p>e hall was painted.</p>`,
    );
    expect(meeting.items[0]!.decisions.map((d) => d.text)).toEqual(['that the minutes be signed.']);
    expect(text).toContain('\nIt was proposed by Cllr. Dent');
    expect(itemText(meeting.items[1]!)).toBe('The hall was painted.');
  });

  it('"The following was agreed:" takes the lists after it as the decision, and not the paragraph after them', () => {
    const { meeting } = written(
      `${OPENING}<h4>1. PLANNING</h4><p>The following was agreed:</p>
<ul><li>E/101 Extension</li><li><strong>NO OBJECTIONS</strong></li></ul>
<ul><li>E/102 New barn</li><li><strong>NO OBJECTIONS</strong></li></ul>
<p>It was noted that a notice had been served on another site.</p>`,
    );
    expect(meeting.items[0]!.decisions.map((d) => d.text)).toEqual([
      'E/101 Extension NO OBJECTIONS E/102 New barn NO OBJECTIONS',
    ]);
  });

  it('but a word of its own before a paragraph ("Apologies<p>none received") stays a word of its own', () => {
    const { meeting } = written(`${OPENING}<h4>1. OPENING</h4>Apologies<p>none received.</p>`);
    expect(itemText(meeting.items[0]!)).toBe('Apologies\nnone received.');
  });
});
