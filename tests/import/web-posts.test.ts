import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFor, importText, type ImportResult } from '../../src/import/import-minutes.ts';
import { readNames } from '../../src/import/attendance.ts';
import { readMeeting } from '../../src/load/meeting.ts';
import { PeopleDirectory } from '../../src/load/people-directory.ts';
import { Diagnostics } from '../../src/model/diagnostics.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * Minutes a parish or community council published on its website as a post, in the Markdown the site
 * keeps: the post's front matter, `**bold**` headings, Pandoc's `1\.` escapes and numbered lists, quoted
 * paragraphs. The posts are made up, in the forms of the corpus's website posts (Govan, Wereham, Wretton,
 * West Dereham), so that each rule is seen to act and to stand back.
 */
const root = copyOfSampleArchive({
  '_data/boards.yaml': `${readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8')}\n- id: parish\n  name: Parish Council\n`,
});
const archive = archiveFor(root);
const FRONT_MATTER =
  '---\ntitle: "Minutes of the Parish Council"\ndate: "2030-02-14"\ncategories:\n  - "parish-council"\n---\n\n';
const OPENING = 'Minutes of the meeting held on Monday 7th January 2030 at 7.30 p.m. in the Village Hall.\n\n';
const PRESENT = '**Present**: Cllr Ann Dent, Cllr Tom Landau\n\n';
const post = (body: string) => `${FRONT_MATTER}${OPENING}${PRESENT}${body}`;
const run = (text: string, file = 'minutes.txt'): ImportResult =>
  importText(text, file, { root, board: 'parish', dryRun: true }, archive);

function written(text: string, file?: string): Extract<ImportResult, { ok: true }> {
  const result = run(text, file);
  if (!result.ok) throw new Error(result.problem);
  return result;
}

/** The meeting the file holds, as `npm run check` reads it. */
function meetingOf(result: Extract<ImportResult, { ok: true }>) {
  const read = readMeeting(
    { file: 'parish/2030-01-07.md', boardId: 'parish', slug: '2030-01-07', text: result.text },
    new PeopleDirectory(archive.people),
    new Diagnostics(),
  );
  if (!read) throw new Error('the file was not read back');
  return read.meeting;
}

const items = (result: Extract<ImportResult, { ok: true }>) =>
  meetingOf(result).items.map((i) => `${i.number ?? '-'} ${i.title}`);
const doubtsOf = (result: ImportResult) => (result.ok ? result.doubts : (result.doubts ?? [])).map((d) => d.what);

describe('minutes published as a website post', () => {
  const body = '1\\. Apologies: None were received.\n\n2\\. Footpaths: The stile on Mill Lane is mended.\n';

  it('is known by its front matter, its escaped item numbers or a .md name, and read as Markdown', () => {
    const withFrontMatter = written(post(body.replaceAll('\\.', '.')));
    const escapedOnly = written(`${OPENING}${PRESENT}${body}`);
    const mdFile = written(`${OPENING}${PRESENT}${body.replaceAll('\\.', '.')}`, 'minutes.md');
    for (const result of [withFrontMatter, escapedOnly, mdFile]) {
      expect(result.report.shape).toBe('markdown');
      expect(items(result)).toEqual(['1 Apologies', '2 Footpaths']);
      expect(meetingOf(result).attendance.present.map((a) => a.written)).toEqual(['Ann Dent', 'Tom Landau']);
    }
    // Pasted text with neither is read as before, as the text of signed minutes.
    const plain = run(
      `${OPENING}Present: Cllr Ann Dent, Cllr Tom Landau\n\n1. Apologies\n\nNone were received.\n\n2. Footpaths\n\nThe stile is mended.\n`,
    );
    expect(plain.ok ? plain.report.shape : plain.problem).toBe('pdf-text');
  });

  it("lists the front matter as the site's frame, and takes the meeting's date from the minutes, not the post's", () => {
    const result = written(post(body));
    expect(meetingOf(result).date).toBe('2030-01-07');
    const frame = result.report.furniture.filter((f) => f.line <= 6);
    expect(frame.map((f) => f.text)).toEqual([
      '---',
      'title: "Minutes of the Parish Council"',
      'date: "2030-02-14"',
      'categories:',
      '- "parish-council"',
      '---',
    ]);
    expect(frame[2]!.what).toMatch(/the day the post was published, not the meeting's date/);
    // Minutes that give no date of their own are refused: the post's date is not the meeting's.
    const undated = run(`${FRONT_MATTER}Minutes of the meeting held in the Village Hall.\n\n${PRESENT}${body}`);
    expect(undated.ok ? 'written' : undated.problem).toMatch(/no meeting date found/);
  });

  it('reads where a title ends from bold, a line break, a paragraph of its own, a colon or its own numbered parts', () => {
    const result = written(
      post(
        [
          '1\\. **Apologies** None were received.',
          '2\\. Minutes of the last meeting\\\nThe minutes were signed as a true record.',
          '3\\. MATTERS ARISING',
          'The lamp on the green is mended, as reported on the 5^th^.',
          '4\\. Planning: The council had no objection to 30/00123/F.',
          '5\\. Correspondence 5.1 A letter about gritting was noted. 5.2 The new bus timetable was received.',
          '6\\. Next agenda 1. Dog fouling 2. The bus shelter. Cllr Dent asked for a bench • The clerk will ask the county.',
          '7.  FINANCE\\\n    The accounts for December were approved.',
        ].join('\n\n'),
      ),
    );
    expect(items(result)).toEqual([
      '1 Apologies',
      '2 Minutes of the last meeting',
      '3 MATTERS ARISING',
      '4 Planning',
      '5 Correspondence',
      '6 Next agenda',
      '7 FINANCE',
    ]);
    expect(result.text).toContain('## 2. Minutes of the last meeting\n\nThe minutes were signed as a true record.');
    expect(result.text).toContain('as reported on the 5th.');
    expect(result.text).toContain('## 5. Correspondence\n\n5.1 A letter about gritting was noted.');
  });

  it('reads a number and title in the same bold, and a Markdown heading, as an item', () => {
    const result = written(
      post('**1. Apologies** None were received.\n\n## 2. Planning\n\nNo applications were received.\n'),
    );
    expect(items(result)).toEqual(['1 Apologies', '2 Planning']);
    expect(result.text).toContain('## 1. Apologies\n\nNone were received.');
  });

  it('reads bold headings as items without numbers when no item has one, after the attendance', () => {
    const result = written(
      `${FRONT_MATTER}**HILLTOP PARISH COUNCIL**\n\n${OPENING}${PRESENT}**Apologies**\n\nNone were received.\n\n**Footpaths**\n\nThe stile is mended.\n\n**a) The bridleway**\n\nThe sign is up again.\n\n**The clerk will report in March.**\n`,
    );
    expect(items(result)).toEqual(['- Apologies', '- Footpaths']);
    // A lettered part and a sentence in bold stay text of the item before them.
    expect(result.text).toContain('The stile is mended.\n\na) The bridleway\n\nThe sign is up again.');
    expect(result.text).toContain('The clerk will report in March.');
  });

  it("keeps lettered parts, quoted paragraphs and numbered points as their item's text", () => {
    const result = written(
      post(
        [
          '1\\. Apologies: None.',
          '2\\. MATTERS ARISING',
          'a)  **Street lighting**',
          '> The lamp on Mill Lane is fixed.\n>\n> The county will replace two more.',
          '<!-- -->',
          'b)  **Footpaths**',
          '1.  That the clerk writes to the county about the stile.',
          '3\\. Date of next meeting: 4 February 2030.',
        ].join('\n\n'),
      ),
    );
    expect(items(result)).toEqual(['1 Apologies', '2 MATTERS ARISING', '3 Date of next meeting']);
    const matters = result.text.slice(result.text.indexOf('## 2.'), result.text.indexOf('## 3.'));
    expect(matters).toContain('a) Street lighting');
    expect(matters).toContain('The county will replace two more.');
    expect(matters).toContain('1. That the clerk writes to the county about the stile.');
    expect(result.report.furniture.map((f) => f.text)).toContain('<!-- -->');
  });

  it('refuses a title that runs into its text, with the line, and offers a draft', () => {
    for (const heading of [
      // "Members" may be the title's last word or the sentence's first (where "It was" would open the sentence).
      '1\\. Election of Chairman Members proposed and seconded that Cllr Dent remain as Chairman.',
      // "Members" may be the title's last word or the sentence's first: where the title ends is not written.
      '1\\. Footpaths Members reported that the stile is mended. It will be inspected.',
    ]) {
      const result = run(post(`${heading}\n\n2\\. Planning: No applications.\n`));
      expect(result.ok).toBe(false);
      // A paragraph of one sentence is doubted as a title that reads like a sentence; more, as one that runs on.
      const doubt = (result.ok ? [] : (result.doubts ?? [])).find((d) =>
        /runs into its text|reads like a sentence/.test(d.what),
      );
      expect(doubt?.line).toBe(12);
      expect(result.ok ? '' : result.problem).toMatch(/--accept-doubts to write it as a draft/);
    }
  });

  it('refuses minutes whose items run on in one paragraph, and a paragraph that holds the next item', () => {
    const oneParagraph = run(
      `${FRONT_MATTER}MINUTES OF THE PARISH COUNCIL MEETING ON MONDAY 7 JANUARY 2030 PRESENT: Cllr Ann Dent. 1. Apologies for absence None. 2. Declarations of interest None were made. 3. Footpaths The stile is mended.\n`,
    );
    expect(oneParagraph.ok ? 'written' : oneParagraph.problem).toMatch(
      /found no items[\s\S]*source line 8: the minutes' items run on inside one paragraph/,
    );
    const runOn = run(
      post('1\\. Apologies: None were received. 2. Minutes of the last meeting were signed.\n\n3\\. Planning: None.\n'),
    );
    expect(doubtsOf(runOn).join('\n')).toMatch(/item 1's paragraph goes on with item 2's number/);
  });

  it('reads a decision after a dash as after a comma, but not an undertaking by the clerk', () => {
    const result = written(
      post(
        '1\\. Apologies: None.\n\n2\\. Trees: Quotes were received for the willows - it was agreed that two more be sought.\n',
      ),
    );
    expect(meetingOf(result).items[1]!.decisions.map((d) => d.text)).toEqual(['that two more be sought.']);
    const clerk = run(
      post(
        '1\\. Apologies: None.\n\n2\\. Trees: Quotes were received for the willows - it was agreed by the clerk to ask again.\n',
      ),
    );
    expect(clerk.ok).toBe(false);
    expect(doubtsOf(clerk).join('\n')).toMatch(/may hold a decision the importer did not mark/);
  });
});

describe('attendance lists as village websites print them', () => {
  it('reads names parted by colons, a post after a dash, and leaves out the public', () => {
    expect(
      readNames('R. Lankfer - Chairman: Mrs. Willis: P. Markwell : D. Pickston together with 3 members of the public.'),
    ).toEqual([
      { name: 'R. Lankfer', role: 'Chairman' },
      { name: 'Willis' },
      { name: 'P. Markwell' },
      { name: 'D. Pickston' },
    ]);
    expect(readNames('Cllr Ann Dent - Vice-Chairman, Cllr Tom Landau')).toEqual([
      { name: 'Ann Dent', role: 'Vice-Chairman' },
      { name: 'Tom Landau' },
    ]);
  });

  it('leaves a single colon, a list with commas and a dash that is no post alone', () => {
    expect(readNames('Ann Dent: Tom Landau')).toEqual([{ name: 'Ann Dent: Tom Landau' }]);
    expect(readNames('Ann Dent, Tom Landau: Lee Brown, Sam Ives').map((p) => p.name)).toEqual([
      'Ann Dent',
      'Tom Landau: Lee Brown',
      'Sam Ives',
    ]);
    expect(readNames('Ann Smith-Dent - Ward 3')).toEqual([{ name: 'Ann Smith-Dent - Ward 3' }]);
  });

  it('takes "Present– " and "Present - " as the label of the list', () => {
    for (const label of ['Present– ', 'Present - ', 'PRESENT — ']) {
      const result = written(
        `${FRONT_MATTER}${OPENING}${label}Cllr Ann Dent - Chairman, Cllr Tom Landau.\n\n1\\. Apologies: None.\n`,
      );
      expect(meetingOf(result).attendance.present.map((a) => a.written)).toEqual(['Ann Dent', 'Tom Landau']);
    }
  });
});
