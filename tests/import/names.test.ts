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

describe('a member both present and apologising', () => {
  const root = copyOfSampleArchive();
  const archive = loadArchive(root);
  const minutes = (apologies: string) =>
    `MINUTES of a meeting of the Board held in the Town Hall on Tuesday, 2 September 2025.\n\nPresent: Councillors Ann Dent, O’Brien and Tom Landau\n\nApologies: ${apologies}\n\n1. Accounts\n\nThe accounts were noted.\n`;

  it('is written as the minutes print it, and the report says so, to check against the signed minutes', () => {
    const result = importText(
      minutes('Councillor O’Brien'),
      'minutes.txt',
      { root, board: 'cyp', dryRun: true },
      archive,
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('  apologies: [O’Brien]\n');
    expect(result.notes).toContainEqual(
      'O’Brien is both among those present and among the apologies (or the absent), as the minutes print them: check which is right against the signed minutes.',
    );
  });

  it('but a different member apologising is no contradiction', () => {
    const result = importText(minutes('Councillor Ward'), 'minutes.txt', { root, board: 'cyp', dryRun: true }, archive);
    if (!result.ok) throw new Error(result.problem);
    expect(result.notes.filter((n) => n.includes('both among'))).toEqual([]);
  });
});
