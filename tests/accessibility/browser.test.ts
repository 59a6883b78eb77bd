import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceBrowserTests, launchChromium } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { guardedContext } from '../support/guarded-context.ts';
import { builtPages, onePagePerKind, type BuiltPage } from '../support/site-pages.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what UK public sector sites must meet. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * Every page is checked at both widths and in both colour schemes; the other
 * two pairings, which add little and take as long, are checked on one page of
 * each kind.
 */
const RUNS = [
  { width: 1280, colorScheme: 'light', every: true },
  { width: 320, colorScheme: 'dark', every: true },
  { width: 1280, colorScheme: 'dark', every: false },
  { width: 320, colorScheme: 'light', every: false },
] as const;

describe.runIf(announceBrowserTests('accessibility tests in Chromium'))('every page in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let pages: BuiltPage[];

  beforeAll(async () => {
    // Under a path prefix, as many councils publish, so that a link missing it would fail.
    const result = await buildSite({ pathPrefix: '/minutes/' });
    expect(result.exitCode, result.stderr).toBe(0);
    pages = builtPages(result.out);
    server = await serveFolder(result.out, '/minutes/');
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const address = (page: BuiltPage) => new URL(page.sitePath.slice(1), server.url).href;

  for (const { width, colorScheme, every } of RUNS) {
    it(`has no WCAG 2.2 AA violations that axe-core finds on ${every ? 'any page' : 'a page of each kind'}, ${width} px wide, ${colorScheme} scheme, and asks nothing of another site`, async () => {
      const { context, outside } = await guardedContext(browser, {
        viewport: { width, height: 800 },
        colorScheme,
        reducedMotion: 'reduce',
      });
      const violations: string[] = [];
      const sideways: string[] = [];
      try {
        const tab = await context.newPage();
        for (const page of every ? pages : onePagePerKind(pages)) {
          await tab.goto(address(page), { waitUntil: 'load' });
          // Only violations are needed: asking for no details of the passes makes axe several times faster.
          const results = await new AxeBuilder({ page: tab })
            .withTags(WCAG_22_AA)
            .options({ resultTypes: ['violations'] })
            .analyze();
          for (const v of results.violations) {
            violations.push(
              `${page.sitePath} (${page.kind}): ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
            );
          }
          // At 320 px (1280 px at 400% zoom) nothing may need sideways scrolling (WCAG 1.4.10).
          const overflow = await tab.evaluate(() => {
            const root = document.scrollingElement!;
            return root.scrollWidth - root.clientWidth;
          });
          if (overflow > 0) sideways.push(`${page.sitePath} (${page.kind}) is ${overflow} px too wide`);
        }
      } finally {
        await context.close();
      }
      expect(violations).toEqual([]);
      expect(sideways).toEqual([]);
      expect(outside).toEqual([]);
      // axe reads about 130 pages here: a few minutes alone, far longer on a two-core machine that is busy with other builds.
    }, 900_000);
  }

  it('loads JavaScript on the search page only', async () => {
    const { context, scripts } = await guardedContext(browser);
    try {
      const tab = await context.newPage();
      for (const page of pages.filter((p) => p.kind !== 'search')) await tab.goto(address(page), { waitUntil: 'load' });
    } finally {
      await context.close();
    }
    expect(scripts).toEqual([]);
  }, 120_000);

  it('would find a violation: axe-core is checking the WCAG rules', async () => {
    const { context } = await guardedContext(browser);
    try {
      const tab = await context.newPage();
      await tab.setContent('<!DOCTYPE html><html><body><img src="data:,"><a href="#"></a></body></html>');
      const results = await new AxeBuilder({ page: tab }).withTags(WCAG_22_AA).analyze();
      expect(results.violations.map((v) => v.id)).toEqual(
        expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name']),
      );
    } finally {
      await context.close();
    }
  }, 60_000);

  it('would notice a request to another site', async () => {
    // The pages' content security policy would stop the request first; bypass it to test the guard itself.
    const { context, outside } = await guardedContext(browser, { bypassCSP: true });
    try {
      const tab = await context.newPage();
      await tab.goto(address(pages[0]!));
      await tab.evaluate(() => fetch('https://fonts.example.com/font.woff2').catch(() => undefined));
    } finally {
      await context.close();
    }
    expect(outside).toEqual([expect.stringContaining('https://fonts.example.com/font.woff2')]);
  }, 60_000);
});
