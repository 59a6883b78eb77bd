import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFor, importText } from '../../src/import/import-minutes.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * The meeting's date as parish and community councils write it above their
 * minutes: with an ordinal day ("11th", "1st"), "the 11th of October", and on
 * a line of its own under the title ("ON 30th October 2025"). Made-up minutes
 * in the forms Souldern Parish Council's and Broomhill Community Council's
 * minutes take (tests/import/corpus/SOURCES.md).
 */
const root = copyOfSampleArchive({
  '_data/boards.yaml': `${readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8')}\n- id: ashcombe\n  name: Ashcombe Parish Council\n`,
});
const archive = archiveFor(root);
const run = (text: string) => importText(text, 'minutes.txt', { root, board: 'ashcombe', dryRun: true }, archive);

const items = `Present: Cllr Nora Oakes (Chair), Cllr Kit Green and Cllr Rob Lane

10.25.01 Apologies for absence

There were no apologies.

10.25.02 Declarations of Interests

There were no declarations of interest.
`;

describe('the meeting date above the minutes', () => {
  it('a line "ON 30th October 2025" under the title is the date, not an item numbered "ON 30th"', () => {
    const result = run(
      `MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL\n\nHELD IN THE VILLAGE HALL\n\nON 30th October 2025\n\n${items}`,
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('date: 2025-10-30');
    expect(result.text).toContain('## 10.25.01 Apologies for absence');
    expect(result.text).toContain('## 10.25.02 Declarations of Interests');
    expect(result.text).not.toMatch(/## ON 30th/i);
  });

  it('"held on Wednesday 11th of October 2023" in the opening sentence gives the date', () => {
    const result = run(
      `Minutes of the meeting of Ashcombe Parish Council held on Wednesday 11th of October 2023 at 7pm in the Village Hall\n\n${items}`,
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('date: 2023-10-11');
  });

  it('"the 1st of June 2026" on a line of its own below the title gives the date', () => {
    const result = run(
      `Minutes of Meeting (no.424) of Ashcombe Parish Council held on\n\nthe 1st of June 2026\n\n${items}`,
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('date: 2026-06-01');
  });
});
