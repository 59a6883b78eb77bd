import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPath } from '../../src/import/import-path.ts';
import { archiveFor, importText } from '../../src/import/import-minutes.ts';
import { loadArchive } from '../../src/load/archive.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * Decisions the importer does not read, and must therefore doubt rather than
 * drop: a motion carried inside a sentence in a form it does not know, a
 * decision announced for what follows without the list of it, and apologies
 * written as a sentence of their own. And a real page whose decisions are
 * written in the forms it does read: Cyngor Cymuned Manordeilo a Salem's page
 * of 11 November 2020 (tests/import/corpus/manordeilo-salem-cc-2020-11-11;
 * SOURCES.md gives its address and licence), whose source breaks "I<p>t was
 * proposed by …", puts the number of the minute followed up before a decision
 * ("4.4.4.4.11i) It was agreed that …") and announces its planning responses
 * ("The following was unanimously agreed:") before listing them.
 */
const source = path.join(projectRoot, 'tests/import/corpus/manordeilo-salem-cc-2020-11-11/source.html');
const boards = readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8');
const archiveWithCommunityCouncil = () =>
  copyOfSampleArchive({ '_data/boards.yaml': `${boards}\n- id: cymuned\n  name: Cyngor Cymuned\n` });
const target = (root: string) => path.join(root, 'content/cymuned/2020-11-11.md');

describe('the Manordeilo a Salem page of 11 November 2020, whose six decisions are motions carried, a minute followed up and a list agreed', () => {
  it('is written with exit 0, and npm run check reads each of its six decisions, in its item, with no error or warning but its unknown names', async () => {
    const root = archiveWithCommunityCouncil();
    const outcome = await importPath(source, { root, board: 'cymuned' });
    expect(outcome.errors).toBe('');
    expect(outcome.exitCode).toBe(0);
    expect(existsSync(target(root))).toBe(true);
    const archive = loadArchive(root);
    // The councillors are not in the sample's _data/people.yaml: each name is a warning until the clerk adds them.
    expect(archive.diagnostics.filter((d) => d.file.endsWith('2020-11-11.md') && d.code !== 'person-unknown')).toEqual(
      [],
    );
    const meeting = archive.meetings.find((m) => m.key === 'cymuned/2020-11-11')!;
    const decisions = meeting.items.flatMap((item) =>
      item.decisions.map((d) => `${item.number}: ${d.text.slice(0, 45)}`),
    );
    expect(decisions).toEqual([
      // "I<p>t was proposed by Cllr. W. Loynton, seconded by Cllr. K. Davies and unanimously agreed that …": the word mended.
      '2: that the minutes of the last meeting held on ',
      '4: that the letter would be sent to the local MP',
      '4: to purchase from Centaframe as this represent',
      // "4.4.4.4.11i) It was agreed that the Clerk approach Biomass …".
      '4: that the Clerk approach Biomass regarding the',
      '4: that a £100 donation be made to the Royal Bri',
      // "The following was unanimously agreed:" and the planning responses listed after it.
      '7: PL/00489 One Planet Development Land Between ',
    ]);
    expect(meeting.items[6]!.decisions[0]!.text).toContain('PL/00754 Conversion into flats, extension and two pods');
    expect(readFileSync(target(root), 'utf8')).toContain(
      '\nIt was proposed by Cllr. W. Loynton, seconded by Cllr. K. Davies and unanimously agreed: that the minutes',
    );
  });
});

describe('a decision the importer does not read is doubted, wherever the sentence puts it', () => {
  const root = copyOfSampleArchive({
    '_data/boards.yaml': `${boards}\n- id: council\n  name: Parish Council\n`,
  });
  const archive = archiveFor(root);
  const run = (body: string) =>
    importText(
      `MINUTES of a meeting of the Parish Council held in the Village Hall on Tuesday, 2 September 2025.\n\nPresent: Councillors Ann Dent and Tom Landau\n\n1. Apologies\n\nNone.\n\n${body}`,
      'minutes.txt',
      { root, board: 'council', dryRun: true, acceptDoubts: true },
      archive,
    );
  const doubtsOf = (body: string) => {
    const result = run(body);
    if (!result.ok) throw new Error(result.problem);
    return result.doubts.map((d) => d.what);
  };

  it('"It was noted that … and it was agreed that …": what was noted, then an agreement in the minutes\' own voice', () => {
    // An agreement reported ("It was noted by the Leas Cathaoirleach that it was agreed that …") is no decision of the
    // meeting (reported-agreements.test.ts); joined by "and", the agreement is the meeting's own, perhaps a decision.
    expect(
      doubtsOf(
        '2. Election of Cathaoirleach\n\nA suggestion was made that the Chair be rotated. It was noted that the term had ended and it was agreed that the current arrangement would stand.\n',
      ).join('\n'),
    ).toMatch(/item 2 has a paragraph that may hold a decision .*and it was agreed that the current arrangement/);
  });

  it('"… it was agreed by the Clerk to …": an undertaking of an officer, not a resolution of the meeting', () => {
    expect(
      doubtsOf('2. Bus Shelter\n\nThe shelter was discussed, and it was agreed by the Clerk to obtain quotes.\n').join(
        '\n',
      ),
    ).toMatch(/item 2 has a paragraph that may hold a decision/);
  });

  it('"… and this was agreed by the Clerk": an agreement that is not the meeting\'s', () => {
    expect(
      doubtsOf(
        '2. Bollards\n\nThe Engineer agreed that each resident would be given a key and this was agreed by the Clerk.\n',
      ).join('\n'),
    ).toMatch(/item 2 has a paragraph that may hold a decision .*and this was agreed by the Clerk/);
  });

  it('"The following was unanimously agreed:" with no list after it: what was agreed may be the paragraph after it, or several', () => {
    expect(
      doubtsOf(
        '2. Planning\n\nThe following was unanimously agreed:\n\nPL/00489 no objection.\n\nThe Clerk would write to the applicant.\n',
      ),
    ).toEqual(['item 2 has "The following was unanimously agreed:", but no list of what was agreed follows it']);
  });

  it('but not a member agreeing to do something, a view shared later in a paragraph of discussion, nor a decision the importer reads', () => {
    expect(doubtsOf('2. Christmas\n\nCouncillor Dent kindly agreed to put up the tree.\n')).toEqual([]);
    // kent-corporate-parenting-panel-2024-10-29 and the sample's seed of 20 January 2025 write so, and do not count it a decision.
    expect(
      doubtsOf(
        '2. Youth Justice\n\nThe Chair had seen the challenges at first hand. It was agreed that children should be placed as close to home as possible.\n',
      ),
    ).toEqual([]);
    expect(doubtsOf('2. Bus Shelter\n\nRESOLVED: that the shelter be repaired.\n')).toEqual([]);
  });

  it('"Mr Wright had sent his apologies but arrived at 7.45pm", a name in no list of the attendance read', () => {
    expect(doubtsOf('2. Apologies\n\nMr Wright had sent his apologies but arrived at 7.45pm.\n')).toEqual([
      'a sentence about apologies names Wright, who is in no list of the attendance read ("Mr Wright had sent his apologies but arrived at 7.45pm.")',
    ]);
  });

  it('"Ms Grehan had given her formal apologies but was attending the meeting virtually" is read as her apologies', () => {
    expect(
      doubtsOf('2. Apologies\n\nMs Grehan had given her formal apologies but was attending the meeting virtually.\n'),
    ).toEqual([]);
  });
});
