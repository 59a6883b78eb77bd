import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMinutes } from '../../src/import/import-minutes.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { announceBrowserTests, launchChromium } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { guardedContext } from '../support/guarded-context.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

/**
 * A meeting imported from a real PDF whose payments are printed as tables
 * (tests/import/corpus/souldern-pc-2026-01-29): the importer writes them as
 * Markdown tables, and the published page must show them as real tables
 * that pass html-validate, axe's WCAG 2.2 AA rules and fit 320 px.
 */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pdf = path.join(projectRoot, 'tests/import/corpus/souldern-pc-2026-01-29/source.pdf');

let out: string;
let page: string;

beforeAll(async () => {
  const root = copyOfSampleArchive();
  const imported = await importMinutes(pdf, { root, board: 'cyp', dryRun: true, acceptDoubts: true });
  if (!imported.ok) throw new Error(imported.problem);
  // The doubts it lists are the clerk's to settle; settled here, so that the page is built as a published one.
  const settled = imported.text.replace(/^import_doubts:\n(?: {2}- .*\n)+/m, '');
  writeFileSync(path.join(root, 'content/cyp/2026-01-29.md'), settled);
  const result = await buildSite({ root });
  expect(result.exitCode, result.stderr).toBe(0);
  out = result.out;
  page = readFileSync(path.join(out, 'cyp/2026-01-29/index.html'), 'utf8');
}, 120_000);

describe('a table imported from a PDF, published', () => {
  it('is a table with a header row of column headers, its rows in order', () => {
    const table = page.split('<table>').find((t) => t.includes('<th>Total £</th>')) ?? '';
    expect(table).toMatch(/<thead>\s*<tr>\s*<th>Payee<\/th>\s*<th>Detail<\/th>\s*<th>Total £<\/th>/);
    const rows = [...table.matchAll(/<tr>\s*<td>([^<]*)<\/td>\s*<td>([^<]*)<\/td>/g)].map((m) => `${m[1]} | ${m[2]}`);
    expect(rows).toEqual([
      'Souldern Village Hall | Hall bookings 2025',
      'Kompan | Inv 26685',
      'Souldern Village Hall | Insurance 2025',
    ]);
  });

  it('passes html-validate with the project’s rules', async () => {
    const validator = new HtmlValidate(
      JSON.parse(readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData,
    );
    const report = await validator.validateString(page, '/cyp/2026-01-29/');
    const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2));
    expect(errors.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)).toEqual([]);
  });
});

describe.runIf(announceBrowserTests('the imported table in Chromium'))('the imported table in Chromium', () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    server = await serveFolder(out, '/');
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [1280, 320])
    it(`has no WCAG 2.2 AA violations axe finds, and needs no sideways scrolling, ${width} px wide`, async () => {
      const { context } = await guardedContext(browser, { viewport: { width, height: 800 } });
      try {
        const tab = await context.newPage();
        await tab.goto(new URL('cyp/2026-01-29/', server.url).href, { waitUntil: 'load' });
        const results = await new AxeBuilder({ page: tab }).withTags(WCAG_22_AA).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
        const overflow = await tab.evaluate(() => {
          const root = document.scrollingElement!;
          return root.scrollWidth - root.clientWidth;
        });
        expect(overflow).toBe(0);
      } finally {
        await context.close();
      }
    }, 120_000);
});
