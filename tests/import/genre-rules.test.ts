import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFor, importText } from '../../src/import/import-minutes.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * Rules of the genre the corpus first showed (Kent County Council's minutes
 * of 9 January 2025), held here on short made-up minutes so that each rule
 * is seen to act, and to stand back where the record could be wrong.
 */
const root = copyOfSampleArchive({
  '_data/boards.yaml': `${readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8')}\n- id: council\n  name: County Council\n`,
});
const archive = archiveFor(root);

const minutes = (
  election: string,
  apologies: string,
) => `MINUTES of a meeting of the County Council held in the Council Chamber on Thursday, 9 January 2025.

PRESENT: Mr N Baker, Mrs C Bell and Mr G Cooke

${election}

1. Apologies for Absence

${apologies}

2. Budget

RESOLVED that the budget be approved.
`;

const run = (text: string) => importText(text, 'minutes.txt', { root, board: 'council', dryRun: true }, archive);

describe('rules of the genre', () => {
  it('an unnumbered heading after the attendance that holds a resolution is the first item', () => {
    const result = run(
      minutes(
        'Election of Chair\n\nMr Baker proposed that Mr Cooke chair the meeting.\n\nRESOLVED that Mr Cooke be elected to Chair the meeting.',
        'None.',
      ),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toMatch(
      /## Election of Chair\n\nMr Baker proposed[^\n]*\n\nRESOLVED: that Mr Cooke be elected/,
    );
  });

  it('without a resolution under it, the heading stays text before the first item', () => {
    const result = run(minutes('Chair’s welcome\n\nThe Chair welcomed everyone.', 'None.'));
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).not.toContain('## Chair’s welcome');
    expect(result.text).toContain('Chair’s welcome\n\nThe Chair welcomed everyone.');
  });

  it('an "Apologies for Absence" item whose text is only members’ names, marked as members, gives the apologies', () => {
    for (const [names, read] of [
      ['Cllrs Ives, Ward and Ellis.', '[Ives, Ward, Ellis]'],
      ['Councillors Ann Pryce and Tom Hughes', '[Ann Pryce, Tom Hughes]'],
      ['Cllrs. Pryce, Owen', '[Pryce, Owen]'],
    ]) {
      const result = run(minutes('', names!));
      if (!result.ok) throw new Error(result.problem);
      expect(result.text, names).toContain(`  apologies: ${read}\n`);
      expect(result.text, names).toContain(`## 1. Apologies for Absence\n\n${names}\n`);
    }
  });

  it('but not names with no mark of members, a sentence after them, nor an officer among them', () => {
    for (const text of [
      'Ann Pryce and Tom Hughes.',
      'Cllrs Ives and Ward. Cllr Ellis would arrive late.',
      'Cllrs Pryce and the Clerk.',
    ]) {
      const result = run(minutes('', text));
      // Names with no mark of members are not read; as a bare list they are doubted, for the file would list no apologies.
      if (!result.ok) expect(result.problem, text).toContain('the apologies, gives "Ann Pryce and Tom Hughes."');
      else expect(result.text, text).not.toMatch(/^ {2}apologies:/m);
    }
  });

  it('apologies written as a sentence naming members are read as the apologies list', () => {
    const result = run(minutes('', 'The Clerk reported apologies from Mr Beaney, Miss Carey and Mr R. Wright.'));
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('  apologies: [Beaney, Carey, R. Wright]\n');
  });

  it('full names without titles, a list ending ", and", honours and a clause after the last name are read as members do', () => {
    const result = run(
      minutes(
        '',
        'Apologies were received from Dylan Jeffrey, Mr R Love OBE, and Nancy Sayer who was substituted by Roxanne Hills.',
      ),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toMatch(
      / {2}apologies:\n {4}- Dylan Jeffrey\n {4}- name: R Love\n {6}note: OBE\n {4}- Nancy Sayer\nsource:/,
    );
  });

  it('a member who gave apologies in a sentence of their own ("Ms Grehan had given her formal apologies …") is among the apologies', () => {
    const result = run(
      minutes(
        '',
        'The Clerk reported apologies from Mr Beaney and Miss Carey.\n\nMs Grehan had given her formal apologies but was attending the meeting virtually.',
      ),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('  apologies: [Beaney, Carey, Grehan]\n');
    expect(result.text).toContain('Ms Grehan had given her formal apologies but was attending the meeting virtually.');
  });

  it('apologies for lateness are no absence: the sentence is doubted, not read as apologies', () => {
    const result = run(
      minutes('', 'The Clerk reported apologies from Mr Beaney.\n\nMr Wright had sent his apologies for lateness.'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatch(/a sentence about apologies names Wright/);
  });

  it('a single word that may be a post ("Director") leaves the sentence unread', () => {
    const result = run(minutes('', 'Apologies were received from Dylan Jeffrey and Director.'));
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).not.toMatch(/apologies:/);
  });

  it('apologies written in Welsh ("Derbyniwyd ymddiheuriadau gan y Cynghorwyr …") are read the same way', () => {
    const result = run(
      minutes('', 'Derbyniwyd ymddiheuriadau gan y Cynghorwyr Arwel Davies, Doris Jones ac Andrew Thomas.'),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('  apologies: [Arwel Davies, Doris Jones, Andrew Thomas]\n');
  });

  it('"Apologies received from Cllrs. …" and "Apologies noted from Councillors …" (no "were") are read the same way', () => {
    const cllrs = run(minutes('', 'Apologies received from Cllrs. Ann Pryce, Tom Hughes and Bet Owen.'));
    if (!cllrs.ok) throw new Error(cllrs.problem);
    expect(cllrs.text).toContain('  apologies: [Ann Pryce, Tom Hughes, Bet Owen]\n');
    const noted = run(minutes('', 'The Chair opened the meeting. Apologies noted from Councillors Pryce and Owen.'));
    if (!noted.ok) throw new Error(noted.problem);
    expect(noted.text).toContain('  apologies: [Pryce, Owen]\n');
  });

  it('"Apologies received from Cllrs. Pryce and the Clerk" is not all members: left as text, and doubted for the member it names', () => {
    const refused = run(minutes('', 'Apologies received from Cllrs. Pryce and the Clerk.'));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problem).toMatch(/a sentence about apologies names Pryce, who is in no list/);
  });

  it('a paragraph of two declarations, the first reason in brackets, is not read as one declaration with the second for its reason', () => {
    const result = run(
      minutes(
        '',
        'None.\n\nCllr. Bell declared an interest in Agenda Item 2 Planning Application PL/00489 (in her role as County Councillor). Mr Cooke declared an interest in Planning Application PL/0590 (owner of adjacent land).',
      ),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).not.toMatch(/^declarations:/m);
    expect(result.text).toContain('Cllr. Bell declared an interest in Agenda Item 2');
  });

  it('"… and the Clerk, Cathy Fleet" names the officer after the post: the members and the officer are read, the officer with the post as role', () => {
    for (const sentence of [
      'Apologies had been received from Mr Beaney and the Clerk, Cathy Fleet.',
      'Apologies had been received from Mr Beaney and the Clerk (Cathy Fleet)',
      'Apologies were received from Cllr Ann Pryce, Mr Beaney and the Parish Clerk, Cathy Fleet',
    ]) {
      const result = run(minutes('', sentence));
      if (!result.ok) throw new Error(result.problem);
      expect(result.text, sentence).toMatch(
        / {2}apologies:\n(?: {4}- (?:Ann Pryce|Beaney)\n)+ {4}- name: Cathy Fleet\n {6}role: (?:Parish )?Clerk\n/,
      );
      expect(result.text).toContain(sentence.replace(/\s+/g, ' '));
    }
  });

  it('"Mr Beaney, the Clerk and Cathy Fleet" may be three people: left as text, and doubted for the member it names', () => {
    const text = minutes('', 'Apologies had been received from Mr Beaney, the Clerk and Cathy Fleet.');
    const refused = run(text);
    expect(refused.ok).toBe(false);
    const result = importText(
      text,
      'minutes.txt',
      { root, board: 'council', dryRun: true, acceptDoubts: true },
      archive,
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).not.toMatch(/^ {2}apologies:/m);
    expect(result.doubts.map((d) => d.what)).toEqual([
      expect.stringMatching(/^a sentence about apologies names Beaney, who is in no list of the attendance read/),
    ]);
  });

  it("a sentence of apologies printed without its full stop, the initials after each name, is read to the paragraph's end", () => {
    const result = run(minutes('', 'Apologies had been received from Nick Oakhill (NO) and Rob Large(RL)'));
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('  apologies: [Nick Oakhill, Rob Large]\n');
  });

  it('"No apologies had been received" names no one: members thanked on the next line, with no full stop between, are no apologies', () => {
    const result = run(
      minutes('', 'No apologies had been received\nMr Baker thanked Cllr Epps and Mr Cooke for their reports.'),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).not.toMatch(/^ {2}apologies:/m);
    // The same names after "No apologies had been received from" are doubted: the sentence contradicts itself.
    const contradicted = run(minutes('', 'No apologies had been received from Cllr Epps.'));
    expect(contradicted.ok).toBe(false);
    expect(!contradicted.ok && contradicted.problem).toMatch(/a sentence about apologies names Epps/);
  });

  it('a second meeting in the same file, with its own attendance, is refused as such, not read as more items', () => {
    const second = minutes('', 'None.')
      .replace('Thursday, 9 January 2025', 'Thursday, 6 February 2025')
      .replaceAll('1. ', '3. ')
      .replace('2. Budget', '4. Budget');
    const result = run(`${minutes('', 'None.')}\n${second}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.doubts?.map((d) => d.what)).toEqual([expect.stringContaining('a second meeting starts here')]);
    expect(result.doubts?.[0]?.what).toContain('on 2025-02-06');
    expect(result.doubts?.[0]?.line).toBe(15);
  });

  it('the minutes of an earlier meeting named in an item are not a second meeting', () => {
    const result = run(minutes('', 'Minutes of the meeting of the Council held on 14 October 2024 were approved.'));
    expect(result.ok).toBe(true);
  });
});
