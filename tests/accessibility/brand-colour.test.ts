import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { projectRoot } from '../../src/paths.ts';
import { contrastRatio } from '../../src/text/contrast.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { buildSite } from '../support/build-site.ts';

const sampleSite = readFileSync(path.join(projectRoot, '_data/site.yaml'), 'utf8');

/** The sample's site.yaml with another brand colour, and the line that colour is on. */
function siteWithBrand(colour: string): { text: string; line: number } {
  const text = sampleSite.replace(/^brand_colour: .*$/m, `brand_colour: "${colour}"`);
  return { text, line: text.split('\n').findIndex((l) => l.startsWith('brand_colour:')) + 1 };
}

describe('contrast as WCAG 2.2 computes it', () => {
  it('gives the known ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // GOV.UK's link blue and its grey, whose ratios are published.
    expect(contrastRatio('#1d70b8', '#ffffff')).toBeCloseTo(5.17, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

describe('the brand colour must reach 4.5:1 against the white text of the header', () => {
  it('refuses a colour that is too light, at its line in _data/site.yaml', () => {
    const { text, line } = siteWithBrand('#5fa8d3');
    const diagnostics = loadArchive(copyOfSampleArchive({ '_data/site.yaml': text })).diagnostics.filter(
      (d) => d.code === 'brand-contrast',
    );
    expect(diagnostics).toEqual([expect.objectContaining({ file: '_data/site.yaml', line, severity: 'error' })]);
    expect(diagnostics[0]!.message).toContain('#5fa8d3 is too light');
    expect(diagnostics[0]!.message).toContain('a contrast of 2.6:1');
    expect(diagnostics[0]!.message).toContain('4.5:1');
  });

  it('accepts a dark enough colour, and the site is built in it', async () => {
    const { text } = siteWithBrand('#1d4f91');
    const root = copyOfSampleArchive({ '_data/site.yaml': text });
    expect(loadArchive(root).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const result = await buildSite({ root });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(readFileSync(path.join(result.out, 'assets/theme.css'), 'utf8')).toContain('--brand: #1d4f91;');
    // No inline styles: the content security policy forbids them.
    expect(readFileSync(path.join(result.out, 'index.html'), 'utf8')).not.toMatch(/style=|<style/);
  }, 60_000);

  it('refuses to build in a colour that is too light, and says why', async () => {
    const { text, line } = siteWithBrand('#f0a030');
    const result = await buildSite({ root: copyOfSampleArchive({ '_data/site.yaml': text }) });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`_data/site.yaml:${line}:`);
    expect(result.stderr).toMatch(/error: the site: "brand_colour" #f0a030 is too light/);
    expect(existsSync(path.join(result.out, 'index.html'))).toBe(false);
  }, 60_000);
});
