import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownTitleBelow } from '../../src/import/group-headings.ts';
import { archiveFor, importText } from '../../src/import/import-minutes.ts';
import type { SourceLine } from '../../src/import/source-file.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * Minutes that group their items under the service bringing them print the service's name beside the
 * item's number and the item's own title below it, both in bold ("3." / "Operations & Maintenance" /
 * "Draft … Bye-Laws"), as an Irish municipal district's do. Made-up minutes in the form a PDF-to-Markdown
 * tool gives them (an empty line after every line, bold headings, "---" and the page's number).
 */
const root = copyOfSampleArchive({
  '_data/boards.yaml': `${readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8')}\n- id: district\n  name: Municipal District of Ballyvale\n`,
});
const archive = archiveFor(root);
const run = (text: string) => importText(text, 'minutes.txt', { root, board: 'district', dryRun: true }, archive);
const doubled = (lines: string[]) => `${lines.join('\n\n')}\n`;

const minutes = (items: string[]) =>
  doubled([
    '---',
    '1',
    '**MINUTES OF PROCEEDINGS AT MONTHLY MEETING OF THE MUNICIPAL DISTRICT OF BALLYVALE HELD IN THE**',
    '**AREA OFFICE, BALLYVALE ON TUESDAY, 14TH MARCH, 2023 AT 10.00 A.M.**',
    '**PRESENT IN THE CHAIR:**',
    'Councillor P. Nolan, Cathaoirleach.',
    '**MEMBERS PRESENT:**',
    'Councillors Brennan, Cusack, Dwyer and Egan.',
    '**1.**',
    '**Adoption of Minutes**',
    'Proposed by Councillor Brennan;',
    'Seconded by Councillor Cusack;',
    'And Resolved:',
    '“That the draft Minutes, as circulated, be taken as read, adopted and signed”.',
    ...items,
    'This concluded the Meeting.',
  ]);

function titles(text: string): string[] {
  return [...text.matchAll(/^## (.*)$/gm)].map((m) => m[1]!);
}

describe('the heading of a group of items above an item’s own title', () => {
  it('takes the heading nearest the minute as the title, and reports the group’s heading as dropped', () => {
    const result = run(
      minutes([
        '**2.**',
        '**Housing Services**',
        '**Tenant Purchase Scheme Review**',
        'Circulated, report of the Senior Executive Officer on the review of the scheme.',
        'The report was noted.',
        '**3.**',
        '**Correspondence**',
        'Correspondence was noted.',
      ]),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(titles(result.text)).toEqual([
      '1. Adoption of Minutes',
      '2. Tenant Purchase Scheme Review',
      '3. Correspondence',
    ]);
    expect(result.text).not.toContain('Housing Services');
    expect(result.report.furniture.map((f) => f.text)).toContain('Housing Services');
  });

  it('reads an own title that wraps onto a second bold line, and a group written in capitals', () => {
    const result = run(
      minutes([
        '**2.**',
        '**ROADS AND TRANSPORTATION**',
        '**Draft Speed Limit (Ballyvale Town, 40 kilometres per**',
        '**hour) Bye-Laws 2023**',
        'Circulated, report outlining the draft bye-laws and the intention to go to public consultation.',
        '**3.**',
        '**Planning and Environment**',
        '**Litter Management Plan**',
        'The Executive Engineer outlined the plan.',
      ]),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(titles(result.text)).toEqual([
      '1. Adoption of Minutes',
      '2. Draft Speed Limit (Ballyvale Town, 40 kilometres per hour) Bye-Laws 2023',
      '3. Litter Management Plan',
    ]);
  });

  it('keeps the doubt where the item holds several headings: they are its parts, and the first is no title', () => {
    const result = run(
      minutes([
        '**2.**',
        '**Reports**',
        '**Report of the Engineer**',
        'The Engineer reported on the winter works.',
        '**Report of the Administrator**',
        'The Administrator reported on the budget.',
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain('"Report of the Engineer" is set apart as a heading inside item 2');
  });

  it('keeps the doubt where no minute follows the second heading, or the heading beside the number is a sentence', () => {
    const bare = run(
      minutes([
        '**2.**',
        '**Housing Services**',
        '**Tenant Purchase Scheme Review**',
        '**3.**',
        '**Correspondence**',
        'Noted.',
      ]),
    );
    expect(bare.ok).toBe(false);
    const long = run(
      minutes([
        '**2.**',
        '**To consider the report of the Director of Housing Services on the Tenant Purchase Scheme**',
        '**Tenant Purchase Scheme Review**',
        'The report was noted.',
      ]),
    );
    expect(long.ok).toBe(false);
    if (long.ok) return;
    expect(long.problem).toContain('"Tenant Purchase Scheme Review" is set apart as a heading inside item 2');
  });
});

describe('ownTitleBelow', () => {
  const lines = (texts: Array<string | [string, 'heading']>): SourceLine[] =>
    texts.map((t, i) =>
      typeof t === 'string' ? { number: i + 1, text: t } : { number: i + 1, text: t[0], heading: true },
    );

  it('finds the own title of a heading a PDF set in bold, past empty lines', () => {
    const page = lines([
      ['4. Road Traffic', 'heading'],
      '',
      ['District Engineer’s Report', 'heading'],
      '',
      'Circulated, report.',
    ]);
    expect(ownTitleBelow(page, 0, 'Road Traffic', (i) => i === 0)).toBe(2);
  });

  it('takes no point, decision or label for a title, nor a line the source did not set apart', () => {
    const of = (second: string | [string, 'heading']) =>
      ownTitleBelow(
        lines([['4. Road Traffic', 'heading'], second, 'Circulated, report.']),
        0,
        'Road Traffic',
        (i) => i === 0,
      );
    expect(of(['(a) Footpaths', 'heading'])).toBeUndefined();
    expect(of(['RESOLVED that the report be noted', 'heading'])).toBeUndefined();
    expect(of(['Present:', 'heading'])).toBeUndefined();
    expect(of('District Engineer’s Report')).toBeUndefined();
  });
});
