import { describe, expect, it } from 'vitest';
import { archiveFor, importText } from '../../src/import/import-minutes.ts';
import { readNames } from '../../src/import/attendance.ts';
import { splitRunInTitle } from '../../src/import/run-in-titles.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * Small councils' minutes whose numbered paragraphs run the title into the
 * text ("196/20 Openness and Transparency Notice The Chair read the notice.",
 * as Stoke Ferry Parish Council's of 2 December 2020 do). The title's end is
 * read only where the minutes make it plain; elsewhere the paragraph stays a
 * doubt. Held here on short made-up minutes.
 */
describe('a title run into its text', () => {
  it('ends before a capital "The" that opens a sentence: a title in title case writes its articles small', () => {
    expect(splitRunInTitle('Village Hall Lease The Clerk reported that the lease had been signed.')).toEqual({
      title: 'Village Hall Lease',
      text: 'The Clerk reported that the lease had been signed.',
    });
    expect(splitRunInTitle('To Note Correspondence Received The following letters were circulated.')).toEqual({
      title: 'To Note Correspondence Received',
      text: 'The following letters were circulated.',
    });
    expect(splitRunInTitle('Allotments The Allotment Association had asked for a new trough.')?.title).toBe(
      'Allotments',
    );
    expect(
      splitRunInTitle('To Approve Repairs to the Shelter (by the pond) The Warden has sent two quotes.')?.title,
    ).toBe('To Approve Repairs to the Shelter (by the pond)');
    expect(splitRunInTitle('To Adjourn the meeting for public questions The meeting was adjourned.')?.title).toBe(
      'To Adjourn the meeting for public questions',
    );
    // A "The" inside a quoted name is the title's.
    expect(splitRunInTitle('Seating at ‘The Green’ Bus Shelter The Council had two designs.')?.title).toBe(
      'Seating at ‘The Green’ Bus Shelter',
    );
  });

  it('ends before "Cllr" and a name that a verb follows', () => {
    expect(splitRunInTitle('Declarations of Interest Cllr Jones declared an interest in item 7.')).toEqual({
      title: 'Declarations of Interest',
      text: 'Cllr Jones declared an interest in item 7.',
    });
    expect(splitRunInTitle('Urgent Matters – Chairman Cllr Ann Lee agreed to attend the webinar.')?.title).toBe(
      'Urgent Matters – Chairman',
    );
    // "of Cllr Smith" is the title's; the second "Cllr" opens the sentence.
    expect(splitRunInTitle('Co-option of Cllr Smith Cllr Smith signed the declaration.')?.title).toBe(
      'Co-option of Cllr Smith',
    );
  });

  it('ends before a subject that opens with a number in words, "No" or a capital "A", and reaches its verb', () => {
    expect(splitRunInTitle('To Approve Bench Repairs Three quotes had been received.')).toEqual({
      title: 'To Approve Bench Repairs',
      text: 'Three quotes had been received.',
    });
    expect(splitRunInTitle('Declarations of interest No declarations were made.')?.title).toBe(
      'Declarations of interest',
    );
    expect(splitRunInTitle('Pond Clearance A 10 m stretch of the bank by the old school was cleared.')?.title).toBe(
      'Pond Clearance',
    );
  });

  it('ends before "Following" after words in small letters, and a name after a closing bracket', () => {
    expect(splitRunInTitle('Items for the next agenda Following a question from a resident Cllr Lee agreed.')).toEqual({
      title: 'Items for the next agenda',
      text: 'Following a question from a resident Cllr Lee agreed.',
    });
    expect(splitRunInTitle('Shelter Repairs (at ‘The Green’) Ann Brown Builders had quoted £90.')?.title).toBe(
      'Shelter Repairs (at ‘The Green’)',
    );
    // "The Chair of the Group Cllr Hay said": "of the" joins the subject's names, and a member's name may follow.
    expect(
      splitRunInTitle('Working Group Update The Chair of the Group Cllr Hay said the plan was ready.')?.title,
    ).toBe('Working Group Update');
    // "to be included" is no verb of a sentence: the words before "Following" are still a title.
    expect(
      splitRunInTitle('Matters to be included on the next agenda Following a query the Clerk agreed to ask.')?.title,
    ).toBe('Matters to be included on the next agenda');
  });

  it('ends before a member\'s initials and a verb, an agenda\'s "To note", or the names after "Apologies"', () => {
    expect(splitRunInTitle('Filming of the meeting PB asked whether anyone was recording.')?.title).toBe(
      'Filming of the meeting',
    );
    expect(splitRunInTitle('Date of next meeting To note that it will be on 5 July.')?.title).toBe(
      'Date of next meeting',
    );
    expect(splitRunInTitle('Apologies for absence Councillor Ann Lee and Councillor Tom Foy.')).toEqual({
      title: 'Apologies for absence',
      text: 'Councillor Ann Lee and Councillor Tom Foy.',
    });
    expect(splitRunInTitle('Apologies Cllr Ann Lee.')?.title).toBe('Apologies');
    expect(splitRunInTitle('Election of Chairman It was proposed that Cllr Lee remain.')?.title).toBe(
      'Election of Chairman',
    );
    // "It" before no verb of a sentence: a title's word ("Make It Count").
    expect(splitRunInTitle('Make It Count Campaign Members noted it.')).toBeUndefined();
    // Capitals in a title in title case ("Report from the PC Chair"), "To" before no agenda verb, other titles before a name.
    expect(splitRunInTitle('Report from the PC Chair Members agreed.')).toBeUndefined();
    expect(splitRunInTitle('Letter To Residents The Clerk had written.')?.title).toBe('Letter To Residents');
    expect(splitRunInTitle('Co-option Councillor Ann Lee signed.')).toBeUndefined();
    // Capitals after a word that makes them a noun of the sentence: a meeting or a body, not a member.
    expect(splitRunInTitle('The minutes of the last AGM were approved')).toBeUndefined();
    expect(splitRunInTitle('Report on our new CIL was noted by members')).toBeUndefined();
  });

  it('ends at the dash before the date, in a title about the date of the next meeting', () => {
    expect(splitRunInTitle('Date of Next Meeting – Tuesday 4 May at 7 pm.')).toEqual({
      title: 'Date of Next Meeting',
      text: 'Tuesday 4 May at 7 pm.',
    });
    expect(splitRunInTitle('To Confirm the Date of the Next Meeting - 12th March 2026 in the Hall')?.title).toBe(
      'To Confirm the Date of the Next Meeting',
    );
  });

  it('ends where a title in capitals meets a sentence in small letters', () => {
    expect(splitRunInTitle('CLOSED SESSION The Council to exclude the press and public.')).toEqual({
      title: 'CLOSED SESSION',
      text: 'The Council to exclude the press and public.',
    });
    expect(splitRunInTitle('FOOTPATHS AND BRIDLEWAYS Members noted the new signs.')?.title).toBe(
      'FOOTPATHS AND BRIDLEWAYS',
    );
  });

  it('is not cut where the minutes do not make the end plain', () => {
    // A name with "The" after a small word of the title.
    expect(splitRunInTitle('Report from The Royal Oak Members discussed the licence.')).toBeUndefined();
    // "The Old Rectory extension of …": no verb follows, so no sentence starts there.
    expect(splitRunInTitle('Planning Application The Old Rectory extension of garage')).toBeUndefined();
    // A person, a number, a day: where the title ends is not written.
    expect(splitRunInTitle('Update from County Cllr Smith Members noted the report.')).toBeUndefined();
    expect(splitRunInTitle('To Approve Signs Quotes had been received.')).toBeUndefined();
    // A number or a letter that a word such as "Phase" or "Plan" makes the title's.
    expect(splitRunInTitle('To Approve Phase Two works had begun.')).toBeUndefined();
    expect(splitRunInTitle('Drainage Plan A new culvert was laid.')).toBeUndefined();
    // A dash before a day, in a title that is not about the next meeting's date; a dash before no date.
    expect(splitRunInTitle('Urgent Matters – Tuesday 4 May at 7 pm was agreed.')).toBeUndefined();
    expect(splitRunInTitle('Date of Next Meeting – Bob Lee will chair it.')).toBeUndefined();
    // A name after a bracket with no verb after it; "Following" inside a title in title case.
    expect(splitRunInTitle('Repairs (by the pond) Thomas Bonnett Ltd quote')).toBeUndefined();
    expect(splitRunInTitle('Repairs Following the Storm Damage The Clerk had quotes.')?.title).toBe(
      'Repairs Following the Storm Damage',
    );
    // The first capital "The" decides: here it opens no sentence, so a later one is not looked for.
    expect(
      splitRunInTitle('Working Group Update The Chair of the Group and its members. The Clerk noted it.'),
    ).toBeUndefined();
    // Words with a verb of their own are a sentence already, not a title.
    expect(splitRunInTitle('Members noted the report The Clerk would circulate it.')).toBeUndefined();
    // "PLAN A": a letter may be the title's or open the sentence.
    expect(splitRunInTitle('PLAN A members agreed the route.')).toBeUndefined();
    // A sentence before the "The": the paragraph is text.
    expect(splitRunInTitle('Members met. The Clerk reported the accounts.')).toBeUndefined();
  });
});

describe('minutes numbered within the year, titles run into their text', () => {
  const root = copyOfSampleArchive();
  const archive = archiveFor(root);
  const run = (text: string) => importText(text, 'minutes.txt', { root, board: 'cyp', dryRun: true }, archive);
  const minutes = (...items: string[]) =>
    [
      'WESTBROOK PARISH COUNCIL Minutes of the Ordinary Meeting held on Tuesday 4 March 2025 at 7.30 pm',
      'Present: Cllr Ann Lee, Cllr Bob Stone and Cllr Cat Hill',
      ...items,
    ].join('\n\n');

  it('are written when every title ends plainly', () => {
    const result = run(
      minutes(
        '101/25 Welcome The Chair welcomed everyone to the meeting.',
        '102/25 To Receive Apologies The Council noted that all members were present.',
        '103/25 To Approve Repairs to the Bus Shelter The Clerk had two quotes for the repairs.',
        'RESOLVED: That the lower quote of £240 be accepted.',
        '104/25 CLOSED SESSION The Council to exclude the press and public for a staffing matter.',
      ),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('## 101/25 Welcome\n\nThe Chair welcomed everyone to the meeting.\n');
    expect(result.text).toContain('## 102/25 To Receive Apologies\n\nThe Council noted');
    expect(result.text).toContain(
      '## 103/25 To Approve Repairs to the Bus Shelter\n\nThe Clerk had two quotes for the repairs.\n\nRESOLVED: That the lower quote',
    );
    expect(result.text).toContain('## 104/25 CLOSED SESSION\n\nThe Council to exclude');
  });

  it('are refused, naming the paragraph, when one title does not end plainly', () => {
    const result = run(
      minutes(
        '101/25 Welcome The Chair welcomed everyone to the meeting.',
        '102/25 To Approve Village Signs Quotes had been received for the signs.',
        '103/25 To Approve Repairs to the Bus Shelter The Clerk had two quotes for the repairs.',
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain(
      'a paragraph starts with a minute\'s number the items do not have ("102/25 To Approve Village Signs',
    );
  });
});

describe('an attendance list run together without commas', () => {
  it('is split before each title that starts a name', () => {
    expect(readNames('Cllr Ann Lee (Chair) Cllr Bob Stone (Vice-Chair) Cllr Cat Hill Cllr Dev Patel')).toEqual([
      { name: 'Ann Lee', role: 'Chair' },
      { name: 'Bob Stone', role: 'Vice-Chair' },
      { name: 'Cat Hill' },
      { name: 'Dev Patel' },
    ]);
    expect(readNames('Mrs Eve Shaw Mr Tom Reed (from item 4)')).toEqual([
      { name: 'Eve Shaw' },
      // When the member was there is a note on the name, not a role.
      { name: 'Tom Reed', note: 'from item 4' },
    ]);
  });

  it('is left whole, to be doubted, where a part may hold a second name written without a title', () => {
    // "Cat Hill Dan Webb": two people, or one with a long name; the list is read as before.
    const people = readNames('Cllr Ann Lee (Chair) Cllr Cat Hill Dan Webb (Parish Clerk)');
    expect(people).toHaveLength(1);
    // "County Councillor" is one title, not the end of a name.
    expect(readNames('County Councillor Gail Reeve')).toEqual([{ name: 'Gail Reeve' }]);
  });
});
