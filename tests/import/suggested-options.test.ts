import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFor, type ImportResult, importMinutes } from '../../src/import/import-minutes.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { loadCorpus } from './corpus-measure.ts';

/**
 * A refusal that tells the clerk to pass an option must be one the option
 * then gets past: measured on the real minutes of the import corpus, where a
 * refusal for doubts offers --accept-doubts only when the draft it would
 * write passes the check.
 */

const corpus = loadCorpus(path.join(projectRoot, 'tests/import/corpus'));
const boardId = (slug: string) => `corpus-${slug}`;

function corpusArchive(): string {
  const boards = readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8');
  const added = corpus.map(
    (f) =>
      `- id: ${boardId(f.slug)}\n  name: ${JSON.stringify(`${f.expected.authority}: ${f.expected.body}`)}\n  short_name: ${JSON.stringify(f.expected.body)}\n`,
  );
  return copyOfSampleArchive({ '_data/boards.yaml': `${boards}\n${added.join('')}` });
}

describe('an option a refusal suggests', async () => {
  const root = corpusArchive();
  const archive = archiveFor(root);
  const outcomes: { slug: string; offered: string; accepted: ImportResult }[] = [];
  for (const fixture of corpus) {
    const options = { root, board: boardId(fixture.slug), dryRun: true };
    const plain = await importMinutes(fixture.source, options, archive);
    if (plain.ok || !plain.problem.includes('--accept-doubts')) continue;
    const accepted = await importMinutes(fixture.source, { ...options, acceptDoubts: true }, archive);
    outcomes.push({ slug: fixture.slug, offered: plain.problem, accepted });
  }

  it('is offered for some of the corpus, so the rule below is exercised', () => {
    expect(outcomes.filter((o) => !o.offered.includes('cannot write it as a draft')).length).toBeGreaterThan(0);
  });

  it('writes the draft when --accept-doubts is offered as a way on', () => {
    const broken = outcomes
      .filter((o) => !o.offered.includes('cannot write it as a draft') && !o.accepted.ok)
      .map((o) => `${o.slug}: ${o.accepted.ok ? '' : o.accepted.problem}`);
    expect(broken, 'refusals that offered --accept-doubts, which then did not work').toEqual([]);
  });

  it('is not offered for a draft that would fail the check, and says why (a parish meeting whose item 4 comes twice)', () => {
    const burton = outcomes.find((o) => o.slug === 'burton-cum-walden-apm-2023-04-25');
    expect(burton?.offered).toContain('--accept-doubts cannot write it as a draft either');
    expect(burton?.offered).toMatch(/line \d+ of the file it would write: two items are numbered 4/);
    expect(burton?.offered).not.toContain('or pass --accept-doubts');
    expect(burton?.accepted.ok).toBe(false);
  });
});
