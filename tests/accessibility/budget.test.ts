import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { builtPages, type BuiltPage } from '../support/site-pages.ts';

/** A meeting page and its stylesheets, gzipped as a server sends them, must stay under this. */
const MEETING_BUDGET_BYTES = 30 * 1024;

let site: string;
let pages: BuiltPage[];

beforeAll(async () => {
  const result = await buildSite();
  expect(result.exitCode, result.stderr).toBe(0);
  site = result.out;
  pages = builtPages(site);
}, 60_000);

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The site files a page links as stylesheets. */
function stylesheetsOf(page: BuiltPage): string[] {
  const html = readFileSync(page.file, 'utf8');
  return [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => path.join(site, m[1]!));
}

describe('the weight of the pages', () => {
  it('has no script on any page but search', () => {
    const withScript = pages.filter((p) => p.kind !== 'search' && /<script\b/i.test(readFileSync(p.file, 'utf8')));
    expect(withScript.map((p) => p.sitePath)).toEqual([]);
  });

  it(`keeps every meeting page's HTML and CSS under ${MEETING_BUDGET_BYTES / 1024} KB gzipped`, () => {
    const meetings = pages.filter((p) => p.kind === 'meeting');
    expect(meetings.length).toBeGreaterThan(0);
    const sizes = meetings.map((page) => {
      const stylesheets = stylesheetsOf(page);
      expect(stylesheets.length).toBeGreaterThan(0);
      return {
        page: page.sitePath,
        bytes: gzipped(page.file) + stylesheets.reduce((sum, file) => sum + gzipped(file), 0),
      };
    });
    const heaviest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(
      `The heaviest meeting page, ${heaviest.page}, is ${(heaviest.bytes / 1024).toFixed(1)} KB gzipped with its CSS.`,
    );
    expect(sizes.filter((s) => s.bytes >= MEETING_BUDGET_BYTES)).toEqual([]);
  });
});
