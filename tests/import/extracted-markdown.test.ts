import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFor, importText } from '../../src/import/import-minutes.ts';
import { readOpeningSentence } from '../../src/import/meeting-facts.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * Text a PDF-to-Markdown tool made of printed minutes (Limerick City and
 * County Council's municipal districts, tests/import/corpus/limerick-*;
 * SOURCES.md gives their addresses): every printed line followed by an empty
 * line, headings in bold, "---" and the page's number at each page break.
 * The excerpts below are cut from those documents, lines as the tool wrote them.
 */
const root = copyOfSampleArchive({
  '_data/boards.yaml': `${readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8')}\n- id: district\n  name: Metropolitan District of Limerick\n`,
});
const archive = archiveFor(root);
const run = (text: string) => importText(text, 'minutes.txt', { root, board: 'district', dryRun: true }, archive);
/** The tool's way: an empty line after every line. */
const doubled = (lines: string[]) => `${lines.join('\n\n')}\n`;

const metropolitan = (between: string[]) =>
  doubled([
    '---',
    '**MINUTES OF PROCEEDINGS AT ANNUAL MEETING OF THE METROPOLITAN DISTRICT OF LIMERICK**',
    '**HELD IN THE COUNCIL CHAMBER,** **MERCHANT’S QUAY** **AND ONLINE, ON FRIDAY, 28TH** **JUNE, 2024**',
    '**AT 12 NOON**',
    '**PRESENT IN THE CHAIR:**',
    'Councillor A. Talukder, Cathaoirleach',
    '**MEMBERS PRESENT:**',
    'Councillors Beasley, Benson, Butler, Daly, Donoghue, Doyle, Gavan, Hartigan, Hickey-O’Mara, Kiely,',
    'Kilcoyne, Leddin, McSweeney, O’Donovan, O’Hanlon, O’Sullivan, Pond, Secas, Sheehan and Slattery,',
    'Mayor Moran.',
    '**OFFICIALS IN ATTENDANCE:**',
    'Director, Environment, Climate Action and Shared Services (Mr. K. Lehane), Meetings Administrator',
    '(Mr. M. Leahy).',
    '**1.To elect a Cathaoirleach of the Metropolitan District of Limerick to hold Office until the next**',
    '**Annual Meeting or until a successor has been elected**',
    'The outgoing Cathaoirleach invited nominations for the Office of Cathaoirleach for the coming year.',
    'The outgoing Cathaoirleach declared Councillor Kieran O’Hanlon elected as Cathaoirleach of the',
    'Metropolitan District of Limerick and congratulated him on his election.',
    '---',
    '2',
    ...between,
    '**2. To elect a Leas Chathaoirleach of the Metropolitan District of Limerick to hold Office until the**',
    '**next Annual Meeting or until a successor has been elected.**',
    'The Cathaoirleach declared Councillor Kilcoyne elected as Leas Chathaoirleach.',
    'This concluded the Meeting.',
  ]);

describe('text converted from a PDF to Markdown', () => {
  it('reads the opening, the chair, the members and the bold headings, and drops the page breaks', () => {
    const result = run(metropolitan([]));
    if (!result.ok) throw new Error(result.problem);
    expect(result.report.date).toBe('2024-06-28');
    expect(result.report.start).toBe('12:00');
    expect(result.text).toContain('    - name: A. Talukder\n      role: Cathaoirleach\n    - Beasley\n');
    expect(result.text).toContain('    - Slattery\n    - Mayor Moran\n');
    expect(result.text).not.toMatch(/^\s+- Cathaoirleach$/m);
    expect(result.text).toContain(
      '## 1. To elect a Cathaoirleach of the Metropolitan District of Limerick to hold Office until the next Annual Meeting or until a successor has been elected\n',
    );
    // The full stop ends a heading set apart in bold, not a sentence of the minutes.
    expect(result.text).toContain('## 2. To elect a Leas Chathaoirleach');
    expect(result.text).not.toContain('**');
    expect(result.text).not.toMatch(/^---\n\n2$/m);
    // The sentence broken by the tool's empty line is one paragraph again.
    expect(result.text).toContain(
      'elected as Cathaoirleach of the Metropolitan District of Limerick and congratulated him on his election.',
    );
  });

  it('a bold line below an item heading may be the real title: it refuses and says which line', () => {
    // Limerick's Adare-Rathkeale district prints a service area above the item's title, both in bold.
    const result = run(
      metropolitan([
        '**3.**',
        '**Operations & Maintenance**',
        '**Draft Road Traffic Bye-Laws 2023**',
        'Circulated, report.',
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain('"Draft Road Traffic Bye-Laws 2023" is set apart as a heading inside item 3');
  });

  it('a long bold heading with no number inside an item may be an item of its own: it refuses', () => {
    const result = run(
      metropolitan([
        '**To elect a Leas-Cathaoirleach of the Municipal District of Cappamore-Kilmallock to**',
        '**hold office until the next Annual Meeting or until a successor has been elected.**',
        'The newly elected Cathaoirleach then invited nominations.',
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain('with no number: it may be an item of its own');
  });

  it('a proposal "seconded by … and agreed" is a decision not marked: it refuses', () => {
    const result = run(
      metropolitan([
        'Councillor Teskey also proposed a Special Meeting be convened with Irish Water prior to the July',
        'Municipal District Meeting. This was seconded by Councillor Sheahan and agreed.',
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain('may hold a decision the importer did not mark');
  });

  it('"And Resolved:" after the proposer and seconder is a decision not marked: it refuses', () => {
    // Limerick's Newcastle West Joint Policing Committee, 12 October 2022: the archive reads no "And Resolved:".
    const result = run(
      metropolitan([
        'Proposed by: Councillor Ruddle',
        'Seconded by: Councillor Sheahan',
        'And Resolved:',
        '“That, the draft Minutes, as circulated, be taken as read and adopted and signed”.',
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain(
      'may hold a decision the importer did not mark ("…conded by: Councillor Sheahan And Resolved:',
    );
  });

  it('a motion quoted in bold italics is the minutes’ text, not a heading', () => {
    const result = run(
      metropolitan([
        '***I will move at the next Meeting that traffic flow along Nash’s Lane, Newcastle West, be***',
        '***reviewed in the interest of safety.***',
        'The Motion was seconded by Councillor Collins.',
      ]),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('I will move at the next Meeting that traffic flow along Nash’s Lane');
  });
});

describe('the opening of Irish minutes', () => {
  it('reads "Minutes of proceedings at meeting of the <board> held in <venue>, on <date>, at <time>"', () => {
    expect(
      readOpeningSentence(
        'MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF NEWCASTLE WEST HELD IN ÁRAS WILLIAM SMITH OBRIEN, NEWCASTLE WEST, CO. LIMERICK, AND ONLINE ON FRIDAY, 6TH DECEMBER, 2024, AT 2 P.M.',
      ),
    ).toEqual({
      boardName: 'MUNICIPAL DISTRICT OF NEWCASTLE WEST',
      date: '2024-12-06',
      start: '14:00',
      venue: 'ÁRAS WILLIAM SMITH OBRIEN, NEWCASTLE WEST, CO. LIMERICK, AND ONLINE',
    });
    expect(
      readOpeningSentence(
        'MINUTES OF PROCEEDINGS OF THE ANNUAL MEETING OF THE MUNICIPAL DISTRICT OF CAPPAMORE-KILMALLOCK HELD IN ARAS MAINCHIN SEOIGHE AREA OFFICE ON THURSDAY, 27th JUNE, 2024 AT 2 P.M.',
      )?.date,
    ).toBe('2024-06-27');
  });
});
