import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { buildSite } from '../support/build-site.ts';
import { readPage, textOf } from '../support/html.ts';
import { builtPages } from '../support/site-pages.ts';

let site: string;
beforeAll(async () => {
  const result = await buildSite({ pathPrefix: '/minutes/' });
  expect(result.exitCode, result.stderr).toBe(0);
  site = result.out;
}, 60_000);

const headings = (document: Document) => [...document.querySelectorAll('h2')].map(textOf);

describe('the accessibility statement', () => {
  it("has the sections of the regulations' model statement, in order", () => {
    const page = readPage(site, '/accessibility/');
    expect(textOf(page.querySelector('h1'))).toBe('Accessibility statement');
    expect(headings(page)).toEqual([
      'Compliance status',
      'Non-accessible content',
      'Reporting accessibility problems with this website',
      'Enforcement procedure',
      'How we tested this website',
      'Preparation of this accessibility statement',
    ]);
    const text = textOf(page.querySelector('main'));
    expect(text).toContain(
      'This statement applies to the minutes of Halton Borough Council published at https://minutes.example.org/minutes/',
    );
    expect(text).toContain('partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard');
    expect(text).toContain('Equality and Human Rights Commission (EHRC) is responsible for enforcing');
    expect(text).toContain('Equality Advisory and Support Service (EASS)');
  });

  it('takes its dates and known problems from _data/site.yaml, never from the clock', () => {
    const page = readPage(site, '/accessibility/');
    const text = textOf(page.querySelector('main'));
    expect(text).toContain('This statement was prepared on Friday 21 November 2025.');
    expect(page.querySelector('time[datetime="2025-11-21"]')).not.toBeNull();
    expect(text).toContain('Minutes copied from older PDF records');
  });

  it('is linked from the footer of every page, under the path prefix', () => {
    const missing = builtPages(site).filter(
      (p) => !readFileSync(p.file, 'utf8').includes('<a href="/minutes/accessibility/">Accessibility statement</a>'),
    );
    expect(missing.map((p) => p.sitePath)).toEqual([]);
  });

  it("prints each page's permanent address in its footer", () => {
    const page = readPage(site, '/cyp/2025-09-08/');
    expect(textOf(page.querySelector('.permanent-address'))).toBe(
      'Permanent address of this page: https://minutes.example.org/minutes/cyp/2025-09-08/',
    );
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://minutes.example.org/minutes/cyp/2025-09-08/',
    );
  });
});

describe("the statement's settings", () => {
  const withAccessibility = (yaml: string) => {
    const sample = readFileSync(path.join(projectRoot, '_data/site.yaml'), 'utf8').replace(
      /^accessibility:[\s\S]*$/m,
      yaml,
    );
    return loadArchive(copyOfSampleArchive({ '_data/site.yaml': sample }));
  };

  it('has sensible defaults: partially compliant, reported to the site contact, enforced by the EHRC', () => {
    const archive = withAccessibility('');
    expect(archive.site.accessibility).toMatchObject({ compliance: 'partially', enforcement: 'ehrc' });
    expect(archive.site.accessibility.prepared).toBeUndefined();
    expect(archive.site.accessibility.problems.length).toBeGreaterThan(0);
  });

  it('reports a mistyped compliance or date at its line', () => {
    const archive = withAccessibility(
      'accessibility:\n  compliance: mostly\n  prepared: 2025-13-01\n  enforcment: ecni\n',
    );
    const start =
      readFileSync(path.join(projectRoot, '_data/site.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('accessibility:')) + 1;
    const found = archive.diagnostics
      .filter((d) => d.file === '_data/site.yaml')
      .map((d) => [d.line, d.severity, d.code]);
    expect(found).toEqual([
      [start + 1, 'error', 'value-unknown'],
      [start + 2, 'error', 'date-impossible'],
      [start + 3, 'warning', 'field-unknown'],
    ]);
  });

  it('names the Equality Commission for Northern Ireland for an authority there', () => {
    expect(withAccessibility('accessibility:\n  enforcement: ecni\n').site.accessibility.enforcement).toBe('ecni');
  });
});
