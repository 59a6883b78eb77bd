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
 * Parish minutes a village website posted as text (the forms of the Norfolk posts in the corpus: Stoke
 * Ferry, Wretton, West Dereham): minutes numbered within the year whose titles run into their text, an
 * item whose paragraph break was lost, attendance run together, an absence told in a sentence. The posts
 * are made up, each rule seen to act and to stand back.
 */
const root = copyOfSampleArchive({
  '_data/boards.yaml': `${readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8')}\n- id: parish\n  name: Parish Council\n`,
});
const archive = archiveFor(root);
const FRONT_MATTER =
  '---\ntitle: "Parish Council Meeting March"\ndate: "2025-04-20"\ncategories:\n  - "parish"\n---\n\n';
const HEADER =
  'HILLFORD PARISH COUNCIL Draft Minutes of the Ordinary Meeting held on Tuesday 4 March 2025 at 7.30 pm, in the Village Hall\n\n' +
  'Present: Cllr Ann Lee (Chair) Cllr Bob Stone Cllr Cat Hill (From 12/25) Cllr Dan Webb\n\n';
const post = (...paragraphs: string[]) => `${FRONT_MATTER}${HEADER}${paragraphs.join('\n\n')}\n`;
const run = (text: string): ImportResult =>
  importText(text, 'minutes.txt', { root, board: 'parish', dryRun: true }, archive);

function written(text: string): Extract<ImportResult, { ok: true }> {
  const result = run(text);
  if (!result.ok) throw new Error(result.problem);
  return result;
}

function meetingOf(result: Extract<ImportResult, { ok: true }>) {
  const read = readMeeting(
    { file: 'parish/2025-03-04.md', boardId: 'parish', slug: '2025-03-04', text: result.text },
    new PeopleDirectory(archive.people),
    new Diagnostics(),
  );
  if (!read) throw new Error('the file was not read back');
  return read.meeting;
}

const items = (result: Extract<ImportResult, { ok: true }>) =>
  meetingOf(result).items.map((i) => `${i.number} ${i.title}`);
const problem = (result: ImportResult) => (result.ok ? `written:\n${result.text}` : result.problem);

describe('a village post numbered within the year', () => {
  it('reads each minute whose title runs into its text where the sentence plainly starts', () => {
    const result = written(
      post(
        '10/25 Welcome The Chair welcomed everyone.',
        '11/25 To Receive Apologies The Council noted that all members were present.',
        '12/25 To Approve Bench Repairs Three quotes had been received. RESOLVED: That the lowest quote be accepted.',
        '13/25 To Confirm the Date of the Next Meeting – Tuesday 1 April 2025 at 7.30 pm.',
      ),
    );
    expect(result.report.shape).toBe('markdown');
    expect(result.report.date).toBe('2025-03-04');
    expect(items(result)).toEqual([
      '10/25 Welcome',
      '11/25 To Receive Apologies',
      '12/25 To Approve Bench Repairs',
      '13/25 To Confirm the Date of the Next Meeting',
    ]);
    expect(meetingOf(result).items[2]!.decisions.map((d) => d.text)).toEqual(['That the lowest quote be accepted.']);
  });

  it('refuses a minute whose title does not plainly end', () => {
    const result = run(post('10/25 Welcome The Chair welcomed everyone.', '11/25 Village Signs Quotes had come in.'));
    expect(result.ok).toBe(false);
    expect(problem(result)).toMatch(/the title of item 11\/25 (?:runs into its text|reads like a sentence)/);
  });
});

describe('an item whose paragraph break the post lost', () => {
  it('starts where the number the items skip stands once in the paragraph before, with a plain title', () => {
    const yearly = written(
      post(
        '10/25 Planning The Clerk listed the decisions: 25/00412/F Mill Lane Refused 24 February 2025 Delegated Decision 11/25 Bus Shelter The Council had two quotes for the roof.',
        '12/25 Closed Session The Council excluded the press and public.',
      ),
    );
    expect(items(yearly)).toEqual(['10/25 Planning', '11/25 Bus Shelter', '12/25 Closed Session']);
    expect(yearly.text).toContain('## 11/25 Bus Shelter\n\nThe Council had two quotes for the roof.');
    // A plain number must follow a sentence's end: "… in the play area. 8. Reports 8.1 …".
    const plain = written(
      `${FRONT_MATTER}${HEADER}7\\. Matters arising: A dog was seen in the play area. 8. Reports 8.1 Chair's report: none.\n\n9\\. Accounts: The accounts were noted.\n`,
    );
    expect(items(plain)).toEqual(['7 Matters arising', '8 Reports', '9 Accounts']);
  });

  it('is left a doubt where the number is a reference, or does not follow a sentence, or its title is not plain', () => {
    const referred = written(
      post(
        '10/25 Planning The Clerk noted the roof at item 11/25 Bus Shelter would be costed.',
        '11/25 Bus Shelter The Council had two quotes.',
      ),
    );
    expect(items(referred)).toEqual(['10/25 Planning', '11/25 Bus Shelter']);
    const noSentence = run(
      `${FRONT_MATTER}${HEADER}7\\. Matters arising: A dog was seen near the play area 8. Reports 8.1 Chair's report: none.\n\n9\\. Accounts: The accounts were noted.\n`,
    );
    expect(problem(noSentence)).toMatch(/item 7's paragraph goes on with item 8's number that the items skip/);
    const notPlain = run(
      `${FRONT_MATTER}${HEADER}5\\. Vice-Chair: Cllr Stone was elected. 6. The Minutes of the last meeting were agreed.\n\n7\\. Accounts: The accounts were noted.\n`,
    );
    expect(problem(notPlain)).toMatch(/item 5's paragraph goes on with item 6's number/);
  });
});

describe('attendance as a village post prints it', () => {
  it('reads a clerk named last, without a title, after the members, as an officer', () => {
    const result = written(
      `${FRONT_MATTER}${HEADER.replace('Cllr Dan Webb', 'Cllr Dan Webb Eve Shaw (Parish Clerk and RFO)')}10/25 Welcome The Chair welcomed everyone.\n`,
    );
    const { attendance } = meetingOf(result);
    expect(attendance.present.map((p) => p.written)).toEqual(['Ann Lee', 'Bob Stone', 'Cat Hill', 'Dan Webb']);
    expect(attendance.officers.map((p) => p.written)).toEqual(['Eve Shaw']);
    expect(result.text).toContain('note: From 12/25');
  });

  it('leaves the list whole, to be doubted, where another name is not a given name and a surname', () => {
    expect(readNames('Cllr Ann Lee Cllr Bob de Stone Cllr Dan Webb Eve Shaw (Parish Clerk)')).toHaveLength(1);
    // A bracket that is no officer's post: the four words may be one member's name.
    expect(readNames('Cllr Ann Lee Cllr Bob Stone Cllr Dan Webb Eve Shaw (Vice-Chair)')).toHaveLength(1);
  });

  it('reads a member absent without apologies as absent, and doubts an absence with anything more', () => {
    const absent = written(
      post(
        '10/25 To Receive Apologies The Council noted that Cllr Fay Lord was absent, though apologies had not been received.',
      ),
    );
    expect(meetingOf(absent).attendance.absent.map((p) => p.written)).toEqual(['Fay Lord']);
    expect(meetingOf(absent).attendance.apologies).toEqual([]);
    const more = run(
      post('10/25 To Receive Apologies The Council noted that Cllr Fay Lord was absent; apologies came late.'),
    );
    expect(problem(more)).toMatch(/a sentence about apologies names Fay Lord/);
  });
});

describe('a decision the body agreed', () => {
  it('is read when the importer marks "The Council agreed to …"', () => {
    const result = written(post('10/25 Software The Council agreed to review again in 12 months.'));
    expect(meetingOf(result).items[0]!.decisions.map((d) => d.text)).toEqual(['to review again in 12 months.']);
  });
});

describe('minutes a post printed as one paragraph', () => {
  const oneParagraph = (items: string) =>
    `${FRONT_MATTER}MINUTES OF THE HILLFORD PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL ON TUESDAY 4 MARCH 2025 PRESENT (Three Councillors):- Ann Lee (AL) - Chair, Bob Stone (BS) and Cat Hill (CH). In attendance: Eve Shaw, Parish Clerk. The Chair welcomed everyone. ${items}\n`;

  it('is parted at the numbers 1, 2, 3 … after sentences, when every title ends plainly', () => {
    const result = written(
      oneParagraph(
        '1. Apologies for absence Councillor Dan Webb and Councillor Fay Lord. 2. Declarations of interest No declarations were made. 3 Finance 3.1 The accounts were noted. 3.2 AL asked 2 questions. 4. To comment on planning applications 4.1 25/00412/F Mill Lane. The Councillors agreed that they had no objections. 5. Date of next meeting To note that it will be on 1 April 2025. The meeting closed at 8.05pm Next meeting 1 April. Chairman’s signature …… Date ……',
      ),
    );
    expect(items(result)).toEqual([
      '1 Apologies for absence',
      '2 Declarations of interest',
      '3 Finance',
      '4 To comment on planning applications',
      '5 Date of next meeting',
    ]);
    const meeting = meetingOf(result);
    expect(meeting.date).toBe('2025-03-04');
    expect(meeting.end).toBe('20:05');
    expect(meeting.attendance.present.map((p) => p.written)).toEqual(['Ann Lee', 'Bob Stone', 'Cat Hill']);
    expect(meeting.attendance.apologies.map((p) => p.written)).toEqual(['Dan Webb', 'Fay Lord']);
    expect(meeting.attendance.officers.map((p) => `${p.written} (${p.role})`)).toEqual(['Eve Shaw (Parish Clerk)']);
    expect(meeting.items[3]!.decisions.map((d) => d.text)).toEqual(['that they had no objections.']);
    // What follows the end of the meeting is listed as set aside, not lost.
    expect(result.report.furniture.map((f) => f.text).join('\n')).toContain('Next meeting 1 April.');
  });

  it('is refused, as before, when a title in it does not end plainly, or fewer than three items are found', () => {
    const unplain = run(
      oneParagraph(
        '1. Apologies for absence None. 2. Declarations of interest Members had none. 3. Finance 3.1 The accounts were noted.',
      ),
    );
    expect(problem(unplain)).toMatch(/the minutes' items run on inside one paragraph/);
    const two = run(oneParagraph('1. Apologies for absence No apologies were received. 2. Finance 2.1 Noted.'));
    expect(problem(two)).toMatch(/the minutes' items run on inside one paragraph/);
  });

  it('reads as apologies only an apologies item that is names marked as members', () => {
    const notNames = written(
      post(
        '10/25 Apologies Cllr Dan Webb was unwell. The Chair wished him well.',
        '11/25 Welcome The Chair welcomed all.',
      ),
    );
    expect(meetingOf(notNames).attendance.apologies).toEqual([]);
  });
});

describe("a heading in capitals inside an item's paragraph", () => {
  it('is doubted after a sentence, before a bullet or a sentence: it may be an item the minutes did not number', () => {
    for (const after of ['• A sign is needed on Low Road.', 'A sign is needed on Low Road.']) {
      const result = run(
        post(
          '10/25 Welcome The Chair welcomed everyone.',
          `11/25 Items for the next agenda The Clerk listed them. PUBLIC PARTICIPATION ${after}`,
        ),
      );
      expect(problem(result)).toContain(
        'item 11/25\'s paragraph goes on after a sentence with words in capitals, "PUBLIC PARTICIPATION"',
      );
    }
  });

  it('is not doubted inside a sentence, or as one word, or before words that are not a sentence', () => {
    for (const text of [
      'The site is at Home Farm KINGS LYNN ROAD Stoke Ferry.',
      'The Clerk wrote. NCC had replied.',
      'The Clerk wrote. NOT REQUIRED 18 November.',
    ]) {
      const result = run(
        post('10/25 Welcome The Chair welcomed everyone.', `11/25 Planning The Clerk listed them. ${text}`),
      );
      expect(result.ok, text).toBe(true);
    }
  });
});
