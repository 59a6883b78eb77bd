import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { importPageOrText } from '../../src/import/import-minutes.ts';
import { projectRoot } from '../../src/paths.ts';
import { archiveWithout, factsOf, seed } from './helpers.ts';

const sample = loadArchive(projectRoot);
const sampleMeeting = (key: string) => sample.meetings.find((m) => m.key === key)!;

const SEEDS = [
  { file: '000_c9d01984250c9223.txt', key: 'cyp/2025-09-08', args: {} },
  { file: '002_e312ee2690d8cbe4.txt', key: 'cyp/2024-07-15', args: {} },
  { file: '003_ca5e37797c0e9ba8.txt', key: 'cyp/2025-11-10', args: { date: '2025-11-10', item: '25' } },
  { file: '004_fdaf00bf4ed9b5ef.txt', key: 'cyp/2025-01-20', args: { date: '2025-01-20' } },
];

describe('importing each seed reproduces its meeting in the sample archive', () => {
  for (const { file, key, args } of SEEDS) {
    it(`${file} → ${key}`, () => {
      const root = archiveWithout(`${key}.md`);
      const result = importPageOrText(seed(file), { root, board: 'cyp', ...args });
      expect(result.ok, result.ok ? '' : result.problem).toBe(true);
      const archive = loadArchive(root);
      expect(archive.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const imported = archive.meetings.find((m) => m.key === key)!;
      const expected = factsOf(sampleMeeting(key));
      const actual = factsOf(imported);
      expect(actual.items).toEqual(expected.items);
      expect(actual.attendance).toEqual(expected.attendance);
      expect(actual.declarations).toEqual(expected.declarations);
      expect(actual.documents).toEqual(expected.documents);
      expect({ start: actual.start, end: actual.end, venue: actual.venue, partial: actual.partial }).toEqual({
        start: expected.start,
        end: expected.end,
        venue: expected.venue,
        partial: expected.partial,
      });
    });
  }
});

describe('what the importer writes', () => {
  it('passes npm run check and builds into pages', async () => {
    const { buildSite, runScript } = await import('../support/build-site.ts');
    const { readPage, textOf } = await import('../support/html.ts');
    const root = archiveWithout(...SEEDS.map((s) => `${s.key}.md`));
    for (const { file, args } of SEEDS) {
      const result = importPageOrText(seed(file), { root, board: 'cyp', ...args });
      expect(result.ok, result.ok ? '' : result.problem).toBe(true);
    }
    const check = await runScript('check', ['--root', root, '--format', 'json']);
    expect(check.exitCode, check.stdout).toBe(0);
    const build = await buildSite({ root });
    expect(build.exitCode, build.stderr).toBe(0);
    const page = readPage(build.out, '/cyp/2024-07-15/');
    expect([...page.querySelectorAll('section.item h2')].map(textOf)).toContain(
      'CYP5 CHILDREN AND YOUNG PEOPLE’S PLAN 2024',
    );
  });
});
