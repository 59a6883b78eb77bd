import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPageOrText } from '../../src/import/import-minutes.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { fixtures } from './helpers.ts';
import { lostOrInventedWords } from './words.ts';

/** Every fixture, with what its text does not say (its date, sometimes its board). */
const FIXTURES: Array<{ file: string; date?: string; board?: string }> = [
  { file: 'seeds/000_c9d01984250c9223.txt' },
  { file: 'seeds/002_e312ee2690d8cbe4.txt' },
  { file: 'seeds/003_ca5e37797c0e9ba8.txt', date: '2025-11-10' },
  { file: 'seeds/004_fdaf00bf4ed9b5ef.txt', date: '2025-01-20' },
  ...readdirSync(fixtures)
    .filter((name) => name.endsWith('.txt'))
    .map((file) => ({ file, board: 'cyp' })),
];

describe('no word of the source is lost or invented', () => {
  for (const fixture of FIXTURES) {
    it(fixture.file, () => {
      const root = copyOfSampleArchive();
      const source = path.join(fixtures, fixture.file);
      const result = importPageOrText(source, {
        root,
        board: 'cyp',
        dryRun: true,
        ...(fixture.date ? { date: fixture.date } : {}),
      });
      expect(result.ok, result.ok ? '' : result.problem).toBe(true);
      if (!result.ok) return;
      expect(result.report.items).toBeGreaterThan(0);
      expect(lostOrInventedWords(readFileSync(source, 'utf8'), result)).toEqual([]);
    });
  }

  it('notices a lost word (the check itself can fail)', () => {
    const root = copyOfSampleArchive();
    const source = path.join(fixtures, 'seeds/000_c9d01984250c9223.txt');
    const result = importPageOrText(source, { root, board: 'cyp', dryRun: true });
    if (!result.ok) throw new Error(result.problem);
    const damaged = { ...result, text: result.text.replace('were taken as read', 'were read') };
    expect(lostOrInventedWords(readFileSync(source, 'utf8'), damaged)).toEqual(['lost 2 words: taken as']);
    const added = { ...result, text: result.text.replace('were taken as read', 'were not taken as read') };
    expect(lostOrInventedWords(readFileSync(source, 'utf8'), added)).toEqual(['invented 1 words: not']);
  });
});
