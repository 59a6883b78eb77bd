import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { buildSite } from '../support/build-site.ts';
import { readPage, textOf } from '../support/html.ts';
import { projectRoot } from '../../src/paths.ts';

const sampleSite = readFileSync(path.join(projectRoot, '_data/site.yaml'), 'utf8');
const withEveryWay = sampleSite.replace(
  /^( {2}email: .*)$/m,
  '$1\n  phone: 0151 555 0100\n  address: Town Hall, Runcorn',
);

describe('the democratic services contact of _data/site.yaml', () => {
  let site: string;
  beforeAll(async () => {
    const result = await buildSite({ root: copyOfSampleArchive({ '_data/site.yaml': withEveryWay }) });
    expect(result.exitCode, result.stderr).toBe(0);
    site = result.out;
  });

  it('is in the footer of every kind of page, each way with its link', () => {
    for (const sitePath of ['/', '/cyp/2025-09-08/', '/people/', '/search/']) {
      const footer = readPage(site, sitePath).querySelector('footer')!;
      expect(textOf(footer), sitePath).toContain('contact Democratic Services, Halton Borough Council:');
      expect([...footer.querySelectorAll('.contact li')].map(textOf)).toEqual([
        'Email: democratic.services@example.org',
        'Telephone: 0151 555 0100',
        'Post: Town Hall, Runcorn',
      ]);
      expect([...footer.querySelectorAll('.contact a')].map((a) => a.getAttribute('href'))).toEqual([
        'mailto:democratic.services@example.org',
        'tel:01515550100',
      ]);
    }
  });

  it('is where the accessibility statement says to report a problem', () => {
    const statement = readPage(site, '/accessibility/');
    const report = [...statement.querySelectorAll('main li')].map(textOf);
    expect(report).toEqual(
      expect.arrayContaining([
        'Email: democratic.services@example.org',
        'Telephone: 0151 555 0100',
        'Post: Town Hall, Runcorn',
      ]),
    );
  });
});
