import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFor, importText } from '../../src/import/import-minutes.ts';
import { parallelsTitle } from '../../src/import/parallel-titles.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * An annual meeting's agenda written as formal motions ("To elect a Chair of … to hold office until …"), whose
 * minutes print the next motion as a bold heading without its number inside the item before. Made-up minutes in
 * the form a PDF-to-Markdown tool gives them (an empty line after every line, bold headings, "---" and the page's
 * number).
 */
const root = copyOfSampleArchive({
  '_data/boards.yaml': `${readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8')}\n- id: district\n  name: Municipal District of Ballyvale\n`,
});
const archive = archiveFor(root);
const run = (text: string) => importText(text, 'minutes.txt', { root, board: 'district', dryRun: true }, archive);
const doubled = (lines: string[]) => `${lines.join('\n\n')}\n`;
const annual = (second: string[]) =>
  doubled([
    '---',
    '1',
    '**MINUTES OF PROCEEDINGS AT ANNUAL MEETING OF THE MUNICIPAL DISTRICT OF BALLYVALE HELD IN THE**',
    '**AREA OFFICE, BALLYVALE ON FRIDAY, 16TH JUNE, 2023 AT 11.00 A.M.**',
    '**MEMBERS PRESENT:**',
    'Councillors Brennan, Cusack, Dwyer and Egan.',
    '**1.**',
    '**Welcome**',
    'The Meetings Administrator welcomed the Members.',
    '**2.**',
    '**To elect a Chair of the Municipal District of Ballyvale to hold office until the next**',
    '**Annual Meeting.**',
    'Councillor Brennan was declared elected as Chair.',
    ...second,
    'Councillor Dwyer was declared elected.',
    'This concluded the Meeting.',
  ]);

describe('a heading written as the item before’s title is', () => {
  it('is the next item of the agenda, without a number, and no doubt', () => {
    const result = run(
      annual([
        '**To elect a Vice-Chair of the Municipal District of Ballyvale to hold office until the next**',
        '**Annual Meeting.**',
      ]),
    );
    if (!result.ok) throw new Error(result.problem);
    expect([...result.text.matchAll(/^## (.*)$/gm)].map((m) => m[1])).toEqual([
      '1. Welcome',
      '2. To elect a Chair of the Municipal District of Ballyvale to hold office until the next Annual Meeting.',
      'To elect a Vice-Chair of the Municipal District of Ballyvale to hold office until the next Annual Meeting.',
    ]);
    expect(result.text).toMatch(/Vice-Chair[^\n]*\n\nCouncillor Dwyer was declared elected\./);
  });

  it('but a long heading of another form stays a doubt: it may be a part of the item', () => {
    const result = run(annual(['**Nominations received for the office of Vice-Chair of the District**']));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain('"Nominations received for the office of Vice-Chair of the Dis');
    expect(result.problem).toContain('is set apart as a heading inside item 2, with no number');
  });
});

describe('parallelsTitle', () => {
  const chair = 'To elect a Chair of the Municipal District of Ballyvale to hold office until the next Annual Meeting.';
  it('reads the same motion for another office, or another body', () => {
    expect(parallelsTitle(chair.replace('a Chair', 'a Vice-Chair'), chair)).toBe(true);
    expect(
      parallelsTitle(
        'To appoint a representative of the Council to the Joint Policing Committee for the coming year',
        'To appoint a representative of the Council to the Local Community Development Committee for the coming year',
      ),
    ).toBe(true);
  });

  it('not the same title again, short headings, nor titles that open otherwise', () => {
    expect(parallelsTitle(chair, chair)).toBe(false);
    expect(parallelsTitle('Report of the Engineer', 'Report of the Administrator')).toBe(false);
    expect(
      parallelsTitle(
        'Election of a Vice-Chair of the Municipal District of Ballyvale until the next Annual Meeting',
        chair,
      ),
    ).toBe(false);
    expect(
      parallelsTitle(
        'To elect a member to the Board of the Ballyvale Leisure Centre for three years',
        'To elect a Chair of the Municipal District of Ballyvale to hold office until the next Annual Meeting.',
      ),
    ).toBe(false);
  });
});
