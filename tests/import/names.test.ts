import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/import/import-minutes.ts';
import { loadArchive } from '../../src/load/archive.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { seed } from './helpers.ts';

describe('names of people', () => {
  const root = copyOfSampleArchive();
  const archive = loadArchive(root);
  const pdf = readFileSync(seed('002_e312ee2690d8cbe4.txt'), 'utf8');

  it('are all matched in the seed, so the report lists none', () => {
    const result = importText(pdf, '002.txt', { root, board: 'cyp', dryRun: true }, archive);
    if (!result.ok) throw new Error(result.problem);
    expect(result.report.unknownNames).toEqual([]);
  });

  it('that match nobody are kept as written and listed with the closest known names', () => {
    const result = importText(pdf.replace('Begg,', 'Beggs,'), '002.txt', { root, board: 'cyp', dryRun: true }, archive);
    if (!result.ok) throw new Error(result.problem);
    expect(result.report.unknownNames).toEqual([{ written: 'Beggs', closest: ['Councillor Victoria Begg'] }]);
    expect(result.text).toContain('    - Beggs\n');
  });
});
