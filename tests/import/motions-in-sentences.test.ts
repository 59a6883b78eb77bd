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
 * drop: a motion carried inside a sentence, a decision announced for what
 * follows, and apologies written as a sentence of their own. The first case
 * is Cyngor Cymuned Manordeilo a Salem's real page of 11 November 2020
 * (tests/import/corpus/manordeilo-salem-cc-2020-11-11; SOURCES.md gives its
 * address and licence), whose source breaks "I<p>t was proposed by …".
 */
const source = path.join(projectRoot, 'tests/import/corpus/manordeilo-salem-cc-2020-11-11/source.html');
const boards = readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8');
const archiveWithCommunityCouncil = () =>
  copyOfSampleArchive({ '_data/boards.yaml': `${boards}\n- id: cymuned\n  name: Cyngor Cymuned\n` });
const target = (root: string) => path.join(root, 'content/cymuned/2020-11-11.md');

describe('the Manordeilo a Salem page of 11 November 2020, three of whose six decisions the importer does not read', () => {
  it('is refused: nothing written, exit 1, and a doubt with the line and what to do for each lost decision', async () => {
    const root = archiveWithCommunityCouncil();
    const outcome = await importPath(source, { root, board: 'cymuned' });
    expect(outcome.exitCode).not.toBe(0);
    expect(existsSync(target(root))).toBe(false);
    expect(outcome.errors).toContain('was not read without doubt, so nothing was written (3 doubts)');
    // Item 2: "I<p>t was proposed by …, seconded by … and unanimously agreed that the minutes … were correct."
    expect(outcome.errors).toMatch(
      /source line \d+: item 2 has a paragraph that may hold a decision the importer did not mark \("t was proposed by Cllr\. W\. Loynton/,
    );
    // Item 4: "4.4.4.4.11i) It was agreed that the Clerk approach Biomass …".
    expect(outcome.errors).toMatch(
      /source line \d+: item 4 has a paragraph .*4\.4\.4\.4\.11i\) It was agreed that the Clerk approach/,
    );
    // Item 7: "The following was unanimously agreed:" and the planning responses listed after it.
    expect(outcome.errors).toMatch(/source line \d+: item 7 has a paragraph .*The following was unanimously agreed:/);
    expect(outcome.errors).toContain('a paragraph of its own that starts with "RESOLVED:"');
    expect(outcome.errors).toContain('pass --accept-doubts');
  });

  it('with --accept-doubts is written as a draft that lists each doubt, exits 1, and npm run check warns of them', async () => {
    const root = archiveWithCommunityCouncil();
    const outcome = await importPath(source, { root, board: 'cymuned', acceptDoubts: true });
    expect(outcome.exitCode).toBe(1);
    const written = readFileSync(target(root), 'utf8');
    expect(written).toMatch(/^status: draft$/m);
    const doubts = written.slice(written.indexOf('import_doubts:'), written.indexOf('\n---\n'));
    expect(doubts.match(/^ {2}- 'source line \d+: item \d+ has a paragraph that may hold a decision/gm)).toHaveLength(
      3,
    );
    // The words of the lost decisions are kept in the draft, for the clerk to mark.
    expect(written).toContain('unanimously agreed that the minutes of the last meeting held on the 14th October 2020');
    const warnings = loadArchive(root).diagnostics.filter(
      (d) => d.file.endsWith('2020-11-11.md') && /the importer was not sure of this/.test(d.message),
    );
    expect(warnings.map((d) => d.severity)).toEqual(['warning', 'warning', 'warning']);
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

  it('"It was noted … that it was agreed that …": an agreement reported, perhaps an earlier one', () => {
    // limerick-cappamore-kilmallock-md-2024-06-27, item 2.
    expect(
      doubtsOf(
        '2. Election of Cathaoirleach\n\nA suggestion was made that the Chair be rotated. It was noted by the Leas Cathaoirleach that it was agreed that the current arrangement would stand.\n',
      ).join('\n'),
    ).toMatch(/item 2 has a paragraph that may hold a decision .*that it was agreed that the current arrangement/);
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

  it('"The following was unanimously agreed:" before a list', () => {
    expect(
      doubtsOf('2. Planning\n\nThe following was unanimously agreed:\n\n- PL/00489 no objection\n').join('\n'),
    ).toMatch(/item 2 has a paragraph that may hold a decision/);
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
