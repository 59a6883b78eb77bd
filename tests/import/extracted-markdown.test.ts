import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFor, importText } from '../../src/import/import-minutes.ts';
import { readOpeningSentence } from '../../src/import/meeting-facts.ts';
import { readMeeting } from '../../src/load/meeting.ts';
import { PeopleDirectory } from '../../src/load/people-directory.ts';
import { Diagnostics } from '../../src/model/diagnostics.ts';
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
/** The decisions of the meeting an import would write, as `npm run check` reads them. */
function decisionsRead(text: string): string[] {
  const people = new PeopleDirectory(archive.people);
  const read = readMeeting(
    { file: 'minutes.md', boardId: 'district', slug: '2024-06-28', text },
    people,
    new Diagnostics(),
  );
  return read?.meeting.items.flatMap((item) => item.decisions.map((d) => d.text)) ?? [];
}
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
    // Officials are posts with their holders' names in brackets, commas inside the posts too.
    expect(result.text).toContain(
      '  officers:\n    - name: Mr. K. Lehane\n      role: Director, Environment, Climate Action and Shared Services\n    - name: Mr. M. Leahy\n      role: Meetings Administrator\n',
    );
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

  it('a bold line below an item heading, in an item holding another bold heading, may be the real title: it refuses and says which line', () => {
    // Limerick's Adare-Rathkeale district prints a service area above the item's title, both in bold; read so only
    // where no other bold heading is in the item (group-headings.test.ts). Here "2. To elect …" follows, numbered
    // lower, so it is no item, and the item holds it as a second heading.
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

  it('a proposal, then "This was seconded by … and agreed.", is the decision, read back as one by the archive', () => {
    // Limerick's Municipal District of Adare-Rathkeale, annual meeting of 19 June 2023, item 2.
    const result = run(
      metropolitan([
        'Councillor Teskey also proposed a Special Meeting be convened with Irish Water prior to the July',
        'Municipal District Meeting. This was seconded by Councillor Sheahan and agreed.',
      ]),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(decisionsRead(result.text)).toEqual([
      'Councillor Teskey also proposed a Special Meeting be convened with Irish Water prior to the July Municipal District Meeting. This was seconded by Councillor Sheahan and agreed.',
    ]);
  });

  it('"And Resolved:" after the proposer and seconder is the decision, read back as one by the archive', () => {
    // Limerick's Newcastle West Joint Policing Committee, 12 October 2022.
    const result = run(
      metropolitan([
        'Proposed by: Councillor Ruddle',
        'Seconded by: Councillor Sheahan',
        'And Resolved:',
        '“That, the draft Minutes, as circulated, be taken as read and adopted and signed”.',
      ]),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain(
      'Proposed by: Councillor Ruddle\n\nSeconded by: Councillor Sheahan\n\nAnd Resolved: “That, the draft Minutes, as circulated, be taken as read and adopted and signed”.\n',
    );
    expect(decisionsRead(result.text)).toEqual([
      '“That, the draft Minutes, as circulated, be taken as read and adopted and signed”.',
    ]);
  });

  it('"On the proposal of …, seconded by …, it was agreed to …" is a decision, marked with a colon and read back', () => {
    // Limerick's Municipal District of Newcastle West, 6 December 2024, item 5.
    const result = run(
      metropolitan([
        'On the proposal of Councillor Scanlan, seconded by Councillor Galvin, it was agreed to allocate',
        '€10,000 to Dromcollogher Respite Centre.',
      ]),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain(
      'On the proposal of Councillor Scanlan, seconded by Councillor Galvin, it was agreed: to allocate €10,000 to Dromcollogher Respite Centre.',
    );
    expect(decisionsRead(result.text)).toEqual(['to allocate €10,000 to Dromcollogher Respite Centre.']);
  });

  it('a decision inside a sentence ("following discussion it was agreed by all the Members that …") is read, its sentence a paragraph of its own', () => {
    // Limerick's Municipal District of Newcastle West, 6 December 2024, item 4.
    const result = run(
      metropolitan([
        'The Councillors welcomed the new housing grant scheme. However, concern was expressed over the',
        'decision not to fund oil boilers. A brief discussion took place and following discussion it was',
        'agreed by all the Members that the Director would write to the Minister for Housing with regard',
        'to this matter.',
      ]),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain(
      'The Councillors welcomed the new housing grant scheme. However, concern was expressed over the decision not to fund oil boilers.\n\nA brief discussion took place and following discussion it was agreed by all the Members: that the Director would write to the Minister for Housing with regard to this matter.',
    );
    expect(decisionsRead(result.text)).toEqual([
      'that the Director would write to the Minister for Housing with regard to this matter.',
    ]);
  });

  it('"… agreed that … and this was agreed by the councillors" is the decision, its sentence a paragraph of its own', () => {
    // Limerick's Municipal District of Newcastle West, 6 December 2024, item 7.
    const result = run(
      metropolitan([
        'In proposing the Motion, Councillor Scanlan stated that it is not safe. The Senior Executive',
        'Engineer agreed that each resident would be given a key for the bollard and this was agreed',
        'by the councillors.',
      ]),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain(
      'In proposing the Motion, Councillor Scanlan stated that it is not safe.\n\nThe Senior Executive Engineer agreed that each resident would be given a key for the bollard and this was agreed by the councillors.\n',
    );
    expect(decisionsRead(result.text)).toEqual([
      'The Senior Executive Engineer agreed that each resident would be given a key for the bollard and this was agreed by the councillors.',
    ]);
  });

  it('a motion’s words in bold that go on from the line above are its text, not a heading', () => {
    // Limerick's Municipal District of Newcastle West, 4 February 2025, item 9.
    const result = run(
      metropolitan([
        '***I will move at the next Meeting*** **that the need for enforceable average speed control is**',
        '**identified and implemented on Regional Roads within our Municipal Area.**',
        'The Motion was seconded by Councillor Galvin.',
      ]),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain(
      'I will move at the next Meeting that the need for enforceable average speed control is identified and implemented on Regional Roads within our Municipal Area.',
    );
  });

  it('a bold heading after a line that ends without a full stop starts an item ("Seconded: Cllr. Adam Teskey" / "Item 2: …")', () => {
    // Limerick's Home and Social Development Strategic Policy Committee, 12 October 2023.
    const text = doubled([
      '---',
      '1',
      '**MINUTES OF MEETING OF LIMERICK CITY AND COUNTY COUNCIL HOME AND SOCIAL**',
      '**DEVELOPMENT SPC**',
      'A meeting of Limerick City and County Council, Home and Social Development Strategic Policy',
      'Committee was held on **the 12th** **October 2023** in the Council Chamber, Dooradoyle and via MS',
      'Teams.',
      '**In Attendance:** An Cathaoirleach, Cllr. Stephen Keary',
      'SPC Members Present**:** Cllr. Michael Murphy, Cllr. Tom Ruddle.',
      '**Item 1: Confirm minutes from meeting held on8th** **June 2023.**',
      '**Proposed:** Cllr. Joe Leddin',
      '**Seconded:** Cllr. Adam Teskey',
      '**Item 2: Matters arising from the Minutes**',
      'No matters arising from previous minutes.',
    ]);
    const result = run(text);
    // The members under "SPC Members Present:" and the chair under "In Attendance:" are not read: doubted, not guessed.
    if (result.ok) throw new Error('written without doubt');
    expect(result.problem).toContain('no list of the members present was found');
    expect(result.problem).toContain('"An Cathaoirleach" was read as a name in the attendance, but ends in a post');
    const draft = importText(
      text,
      'minutes.txt',
      { root, board: 'district', dryRun: true, acceptDoubts: true },
      archive,
    );
    if (!draft.ok) throw new Error(draft.problem);
    expect(draft.text).toContain('## 1. Confirm minutes from meeting held on8th June 2023.\n');
    expect(draft.text).toContain(
      'Proposed: Cllr. Joe Leddin\n\nSeconded: Cllr. Adam Teskey\n\n## 2. Matters arising from the Minutes\n',
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

describe('officials listed as posts with names in brackets', () => {
  const withHeader = (header: string[]) =>
    metropolitan([]).replace(
      doubled(['**OFFICIALS IN ATTENDANCE:**']),
      doubled(['**OFFICIALS IN ATTENDANCE:**', ...header]).replace(/\n$/, '\n\n'),
    );

  it('a post on a line of its own below APOLOGIES goes on that list', () => {
    // Limerick's Municipal District of Newcastle West, 6 December 2024: the two officers who sent apologies.
    const text = metropolitan([]).replace(
      '**1.To elect',
      doubled([
        'APOLOGIES',
        'Executive Engineer, Roads, Newcastle West (Mr. P. Vallely).',
        'Clerical Officer, Newcastle West (Ms. A. Lenihan).',
      ]) + '\n**1.To elect',
    );
    const result = run(text);
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain(
      '  apologies:\n    - name: Mr. P. Vallely\n      role: Executive Engineer, Roads, Newcastle West\n    - name: Ms. A. Lenihan\n      role: Clerical Officer, Newcastle West\n',
    );
  });

  it('a list of posts that runs on into names written otherwise is doubted, not read as posts taken for names', () => {
    // Limerick's Newcastle West Joint Policing Committee, 12 October 2022: Garda officers follow the council's officials.
    const result = run(
      withHeader([
        'Director, Community, Tourism and Culture (Mr. G. Daly), Meetings Administrator, Newcastle',
        'West (Mr. M. Curran), Clerical Officer, Newcastle West (Ms. A. Lenihan)',
        'Acting Superintendent, P. Brennan, Inspector O. Nally, District Clerk.',
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain('"Culture" was read as a name with "Mr. G. Daly" as its role');
  });
});

describe('officers listed by rank and name after the posts', () => {
  const withHeader = (header: string[]) =>
    metropolitan([]).replace(
      doubled(['**OFFICIALS IN ATTENDANCE:**']),
      doubled(['**OFFICIALS IN ATTENDANCE:**', ...header]).replace(/\n$/, '\n\n'),
    );
  const officersOf = (header: string[]) => {
    const result = run(withHeader(header));
    if (!result.ok) throw new Error(result.problem);
    return result.text.slice(result.text.indexOf('  officers:'), result.text.indexOf('source:'));
  };

  it('a new line of ranks and names after the last bracket: each name with the rank before it, or the post after it', () => {
    // As a joint policing committee's minutes list the Garda after the council's officials; a line may end in an initial.
    expect(
      officersOf([
        'Meetings Administrator, Newcastle West (Mr. M. Curran), Clerical Officer, Newcastle West (Ms. A.',
        'Lenihan)',
        'Acting Superintendent, P. Brennan, Inspector O. Nally, Detective Sergeant M. Reidy, Sergeant N.',
        'Barry, Y. O’Keeffe-Fox, District Clerk.',
      ]),
    ).toContain(
      [
        '  officers:',
        '    - name: Mr. M. Curran',
        '      role: Meetings Administrator, Newcastle West',
        '    - name: Ms. A. Lenihan',
        '      role: Clerical Officer, Newcastle West',
        '    - name: P. Brennan',
        '      role: Acting Superintendent',
        '    - name: O. Nally',
        '      role: Inspector',
        '    - name: M. Reidy',
        '      role: Detective Sergeant',
        '    - name: N. Barry',
        '      role: Sergeant',
        '    - name: Y. O’Keeffe-Fox',
        '      role: District Clerk',
      ].join('\n'),
    );
  });

  it('the same after a comma, with posts before the names', () => {
    expect(
      officersOf(['Meetings Administrator (Ms. H. Supple), Chief Superintendent, G. Roche, Garda T. Walsh.']),
    ).toContain('    - name: G. Roche\n      role: Chief Superintendent\n    - name: T. Walsh\n      role: Garda\n');
  });

  it('a name between two posts, or a post with no name, is doubted: which post is whose is not certain', () => {
    for (const ranks of [
      'Inspector O. Nally, P. Brennan, Sergeant, M. Reidy, District Clerk.',
      'Acting Superintendent, Inspector O. Nally.',
    ]) {
      const result = run(withHeader([`Meetings Administrator (Ms. H. Supple) ${ranks}`]));
      expect(result.ok, ranks).toBe(false);
    }
  });

  it('two posts before one bracket that may be one person’s are doubted', () => {
    const result = run(
      withHeader([
        'Executive Engineer, Roads (Mr. P. Vallely), Executive Engineer, Safety Officer, Newcastle West (Ms. A. Lenihan).',
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain(
      '"Ms. A. Lenihan" was read with two posts as one role ("Executive Engineer, Safety Officer, Newcastle West")',
    );
  });

  it('an engineer’s grade then a clerk’s before one bracket are two people, the first with no name', () => {
    // Newcastle West Joint Policing Committee, 12 October 2022: "Executive Engineer, Clerical Officer, Newcastle West (Ms. A. Lenihan)".
    expect(
      officersOf([
        'Executive Engineer, Roads (Mr. P. Vallely), Executive Engineer, Clerical Officer, Newcastle West (Ms. A. Lenihan).',
      ]),
    ).toContain(
      '    - name: Executive Engineer\n      note: no name in the minutes\n    - name: Ms. A. Lenihan\n      role: Clerical Officer, Newcastle West\n',
    );
  });
});

describe('members present set apart from their label', () => {
  const members = (lines: string[]) =>
    metropolitan([]).replace(
      doubled([
        'Councillors Beasley, Benson, Butler, Daly, Donoghue, Doyle, Gavan, Hartigan, Hickey-O’Mara, Kiely,',
        'Kilcoyne, Leddin, McSweeney, O’Donovan, O’Hanlon, O’Sullivan, Pond, Secas, Sheehan and Slattery,',
        'Mayor Moran.',
      ]),
      doubled(lines),
    );
  const presentOf = (lines: string[]) => {
    const result = run(members(lines));
    if (!result.ok) throw new Error(result.problem);
    return result.text.slice(result.text.indexOf('  present:'), result.text.indexOf('  officers:'));
  };

  it('"MEMBERS PRESENT:" alone, then "Councillors: …" below it: the label heads the list', () => {
    // Cappamore-Kilmallock, 27 June 2024; the Mayor on a line of his own, by his title in Irish.
    expect(presentOf(['Councillors: Carey, Conway, O’Sullivan, E. Ryan and Teefy.', 'An Méara John Moran.'])).toBe(
      [
        '  present:',
        '    - name: A. Talukder',
        '      role: Cathaoirleach',
        '    - Carey',
        '    - Conway',
        '    - O’Sullivan',
        '    - E. Ryan',
        '    - Teefy',
        '    - name: John Moran',
        '      role: An Méara',
        '',
      ].join('\n'),
    );
    expect(presentOf(['Councillors: Carey and Teefy.', 'Deputy Mayor Ann Dent.'])).toContain(
      '    - name: Ann Dent\n      role: Deputy Mayor\n',
    );
  });

  it('a paragraph below the label that is no list of names is doubted, not read as members', () => {
    const result = run(members(['The Cathaoirleach welcomed everyone, and thanked the staff for their work.']));
    expect(result.ok).toBe(false);
  });
});

describe('decisions before the first item', () => {
  const before = (paragraphs: string[]) =>
    metropolitan([]).replace('**1.To elect', doubled(paragraphs) + '\n**1.To elect');

  it('are text before the items, not doubted, when the minutes say they were taken before the meeting began', () => {
    // Newcastle West, 4 February 2025: two decisions "Prior to commencement of the Meeting", before item 1.
    const result = run(
      before([
        'Prior to commencement of the Meeting and following discussion, it was agreed that a Special',
        'Meeting of the District would take place on the N21 scheme.',
        'It was agreed that the Meetings Administrator would seek a date for the Special Meeting.',
      ]),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain(
      'It was agreed that the Meetings Administrator would seek a date for the Special Meeting.\n\n## 1. To elect',
    );
    expect(decisionsRead(result.text)).toEqual([]);
  });

  it('are doubted otherwise: they may belong to an item the importer did not see', () => {
    for (const opening of [
      'Following discussion, it was agreed that',
      'At the outset of the Meeting it was agreed that',
    ]) {
      const result = run(before([`${opening} a Special Meeting of the District would take place.`]));
      expect(result.ok, opening).toBe(false);
      if (result.ok) continue;
      expect(result.problem).toContain('the text before the first item holds a decision');
    }
  });
});

describe('an arrangement agreed later in a paragraph', () => {
  it('"It was agreed that a Workshop would take place on …" is a decision, its sentence a paragraph of its own', () => {
    // Newcastle West, 4 February 2025, item 10.
    const result = run(
      metropolitan([
        'The Meetings Administrator referred to a request from Túsla to give a Presentation to the Members.',
        'It was agreed that a Workshop would take place on Wednesday, 5th March, 2025, at Áras William Smith',
        'OBrien. It was agreed to hold the March Meeting on Wednesday, 5th March.',
      ]),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(decisionsRead(result.text)).toEqual([
      'that a Workshop would take place on Wednesday, 5th March, 2025, at Áras William Smith OBrien.',
      'to hold the March Meeting on Wednesday, 5th March.',
    ]);
  });

  it('but "It was agreed that …" as a view shared later in a paragraph stays text', () => {
    const result = run(
      metropolitan([
        'The Members discussed placements. It was agreed that children should be placed as close to home as possible.',
      ]),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(decisionsRead(result.text)).toEqual([]);
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
