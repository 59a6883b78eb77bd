import { describe, expect, it } from 'vitest';
import { readPostsWithNames } from '../../src/import/officials.ts';
import { chairNamedByInitial } from '../../src/import/twice-present.ts';
import { parishTextImporter } from '../support/parish-import.ts';

/**
 * Attendance as Irish local authorities print it (Limerick's municipal districts, in tests/import/corpus, written
 * again here in short made-up minutes): the chair named in full with the post ("PRESENT IN THE CHAIR: Nora Walsh,
 * An Leas Cathaoirleach") and the same member by initial among the members ("Councillors: Byrne, N. Walsh, P.
 * Walsh"). One entry is kept only where the minutes themselves give the chair's post to the initialled name.
 */
const { run } = parishTextImporter('Municipal District');

/** Minutes as a third party's extraction of the PDF gives them: page breaks, bold labels, a blank line after each. */
const minutes = (
  chair: string,
  members: string,
  welcome: string,
  officials = 'Meetings Administrator (Ms. D. Byrne).',
) =>
  [
    '---',
    '1',
    'MINUTES OF THE MEETING OF THE MUNICIPAL DISTRICT HELD ON TUESDAY, 3rd SEPTEMBER, 2024',
    '**PRESENT IN THE CHAIR:**',
    chair,
    '**MEMBERS PRESENT:**',
    members,
    '**OFFICIALS IN ATTENDANCE:**',
    officials,
    '**1.**',
    '**Welcome**',
    welcome,
    '**2.**',
    '**Roads Programme**',
    'The Senior Engineer presented the roads programme.',
  ].join('\n\n') + '\n';

const present = (text: string): string[] => {
  const result = run(text);
  if (!result.ok) throw new Error(`${result.problem}\n${(result.doubts ?? []).map((d) => d.what).join('\n')}`);
  const from = result.text.slice(result.text.indexOf('present:\n'));
  const block = from.slice(0, from.search(/\n {2}\w+:|\n---/));
  return [...block.matchAll(/^ {4}- (?:name: )?(.+)$/gm)].map((m) => m[1]!);
};
const doubtsOf = (text: string) => {
  const result = run(text);
  return result.ok ? [] : (result.doubts ?? []).map((d) => d.what);
};
const TWICE = /"Nora Walsh" and "N. Walsh" were both read as present/;
const MEMBERS = 'Councillors: Byrne, Hogan, N. Walsh, P. Walsh and Quinn.';

describe('the chair in full and by initial among the members', () => {
  it('is one member when the minutes give the chair’s post to the initialled name', () => {
    for (const welcome of [
      'The outgoing Leas Cathaoirleach, Councillor N Walsh welcomed everyone to the meeting.',
      'An Leas Cathaoirleach, Cllr. N. Walsh, opened the meeting.',
      'Councillor N. Walsh, Leas-Cathaoirleach, welcomed the members.',
    ]) {
      const names = present(minutes('Nora Walsh, An Leas Cathaoirleach.', MEMBERS, welcome));
      expect(names, welcome).toEqual(['Nora Walsh', 'Byrne', 'Hogan', 'P. Walsh', 'Quinn']);
    }
  });

  it('stays a doubt where the minutes never tie the post to the initialled name', () => {
    expect(doubtsOf(minutes('Nora Walsh, An Leas Cathaoirleach.', MEMBERS, 'All were welcomed.'))).toEqual([
      expect.stringMatching(TWICE),
    ]);
  });

  it('stays a doubt where the first councillor given the post is another', () => {
    const welcome =
      'The Leas Cathaoirleach, Councillor Hogan, welcomed everyone. Later the Leas Cathaoirleach, Councillor N Walsh, spoke.';
    expect(doubtsOf(minutes('Nora Walsh, An Leas Cathaoirleach.', MEMBERS, welcome))).toEqual([
      expect.stringMatching(TWICE),
    ]);
  });

  it('does not take a deputy’s post for the chair’s', () => {
    const welcome = 'The Leas Cathaoirleach, Councillor N Walsh welcomed everyone to the meeting.';
    expect(doubtsOf(minutes('Nora Walsh, An Cathaoirleach.', MEMBERS, welcome))).toEqual([
      expect.stringMatching(TWICE),
    ]);
  });

  it('keeps both where two members share the initial and the surname', () => {
    const person = (name: string) => ({ name });
    const list = [{ name: 'Nora Walsh', role: 'An Cathaoirleach' }, ...['N. Walsh', 'N Walsh'].map(person)];
    expect(chairNamedByInitial(list, 'The Cathaoirleach, Councillor N Walsh, welcomed all.')).toBeUndefined();
    // The full name without a post is not the chair's line.
    const plain = [person('Nora Walsh'), person('N. Walsh')];
    expect(chairNamedByInitial(plain, 'The Cathaoirleach, Councillor N Walsh, welcomed all.')).toBeUndefined();
  });
});

describe('officials printed as posts with the holder in brackets', () => {
  it('reads an engineer’s grade then a clerk’s as two people, the first with no name in the minutes', () => {
    expect(readPostsWithNames('Executive Engineer, Clerical Officer, Kilfinane (Ms. A. Hogan)')).toEqual([
      { name: 'Executive Engineer', note: 'no name in the minutes' },
      { name: 'Ms. A. Hogan', role: 'Clerical Officer, Kilfinane' },
    ]);
    expect(
      readPostsWithNames('Meetings Administrator (Mr. T. Ward), Senior Engineer, Assistant Staff Officer (Ms. R. Lee)'),
    ).toEqual([
      { name: 'Mr. T. Ward', role: 'Meetings Administrator' },
      { name: 'Senior Engineer', note: 'no name in the minutes' },
      { name: 'Ms. R. Lee', role: 'Assistant Staff Officer' },
    ]);
    expect(readPostsWithNames('A/ Senior Staff Officer, Senior Executive Engineer, Roads (Mr. P. Dunne)')).toEqual([
      { name: 'A/ Senior Staff Officer', note: 'no name in the minutes' },
      { name: 'Mr. P. Dunne', role: 'Senior Executive Engineer, Roads' },
    ]);
  });

  it('keeps whole a post that may be one person’s, for a doubt', () => {
    for (const post of [
      'Senior Executive Officer, Corporate Services & Meetings Administrator',
      'Executive Engineer, Safety Officer',
      'Executive Engineer, Roads',
      'Director, Community, Tourism and Culture',
    ])
      expect(readPostsWithNames(`${post} (Mr. J. Doe)`), post).toEqual([{ name: 'Mr. J. Doe', role: post }]);
  });

  it('writes the minutes without a doubt only where the posts are certainly two people’s', () => {
    const chair = 'Councillor K. Byrne, Cathaoirleach.';
    const members = 'Councillors Hogan, Quinn and Walsh.';
    const welcome = 'All were welcomed.';
    const two = minutes(chair, members, welcome, 'Executive Engineer, Clerical Officer, Kilfinane (Ms. A. Hogan).');
    const written = run(two);
    expect(written.ok ? [] : written.doubts?.map((d) => d.what)).toEqual([]);
    expect(written.ok && written.text).toContain('- name: Executive Engineer\n      note: no name in the minutes\n');
    const one = minutes(chair, members, welcome, 'Executive Engineer, Safety Officer, Kilfinane (Mr. J. Doe).');
    expect(doubtsOf(one)).toEqual([expect.stringMatching(/was read with two posts as one role/)]);
  });
});

describe('"PRESENT IN THE CHAIR:" alone on its line in a PDF’s text', () => {
  const plain = (chair: string) =>
    [
      'MINUTES OF THE MEETING OF THE MUNICIPAL DISTRICT HELD ON TUESDAY, 3rd SEPTEMBER, 2024',
      'PRESENT IN THE CHAIR:',
      chair,
      'MEMBERS PRESENT:',
      'Councillors: Byrne, Hogan and Quinn.',
      '1. Welcome',
      'All were welcomed.',
      '2. Roads Programme',
      'The Senior Engineer presented the roads programme.',
    ].join('\n\n') + '\n';

  it('reads the paragraph below as the chair, with the chair’s title', () => {
    for (const [chair, name, role] of [
      ['Nora Walsh, An Leas Cathaoirleach.', 'Nora Walsh', 'An Leas Cathaoirleach'],
      ['Councillor K. Daly, Cathaoirleach.', 'K. Daly', 'Cathaoirleach'],
    ]) {
      const result = run(plain(chair!));
      expect(result.ok && result.text, chair).toContain(
        `present:\n    - name: ${name}\n      role: ${role}\n    - Byrne\n`,
      );
      expect(present(plain(chair!))).toEqual([name, 'Byrne', 'Hogan', 'Quinn']);
    }
  });
});
