import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceBrowserTests, launchChromium } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { guardedContext } from '../support/guarded-context.ts';
import { builtPages, onePagePerKind, type BuiltPage } from '../support/site-pages.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

/** Outside the repository, so that nobody commits them, and outside the run's own temporary folder, so that they outlast it: for a person to look at. */
export const SCREENSHOTS =
  process.env.MINUTE_BOOK_SCREENSHOTS ??
  path.join(process.env.MINUTE_BOOK_SYSTEM_TMPDIR ?? tmpdir(), 'minute-book-screenshots');

/** A meeting with attendance, items and decisions: what printed minutes are made of. */
const MEETING = '/cyp/2024-07-15/';
/** The search page is shown with a search done, as a reader sees it. */
const SEARCH = 'search/?q=Mockingbird';

describe.runIf(announceBrowserTests('screenshots in Chromium'))('screenshots for a person to look at', () => {
  let server: StaticServer;
  let browser: Browser;
  let shown: BuiltPage[];

  beforeAll(async () => {
    const result = await buildSite();
    expect(result.exitCode, result.stderr).toBe(0);
    const pages = builtPages(result.out);
    // One page of every kind, that meeting among them.
    shown = onePagePerKind(pages).map((page) =>
      page.kind === 'meeting' ? pages.find((p) => p.sitePath === MEETING)! : page,
    );
    server = await serveFolder(result.out);
    browser = await launchChromium();
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [width, height] of [
    [1280, 800],
    [320, 640],
  ] as const) {
    it(`of a page of every kind at ${width}x${height}`, async () => {
      const { context } = await guardedContext(browser, { viewport: { width, height } });
      try {
        const tab = await context.newPage();
        expect(shown.length).toBeGreaterThan(10);
        for (const page of shown) {
          await tab.goto(new URL(page.kind === 'search' ? SEARCH : page.sitePath.slice(1), server.url).href);
          if (page.kind === 'search')
            await tab.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
          const file = path.join(SCREENSHOTS, `${page.kind}-${width}.png`);
          await tab.screenshot({ path: file, fullPage: true });
          expect(statSync(file).size).toBeGreaterThan(5_000);
          // And the first screen alone, as a phone shows it first.
          await tab.screenshot({ path: path.join(SCREENSHOTS, `${page.kind}-${width}-first-screen.png`) });
        }
      } finally {
        await context.close();
      }
    }, 60_000);
  }

  it('of a meeting as it prints', async () => {
    const { context } = await guardedContext(browser, { viewport: { width: 800, height: 1100 } });
    try {
      const tab = await context.newPage();
      await tab.goto(new URL(MEETING.slice(1), server.url).href);
      await tab.emulateMedia({ media: 'print' });
      await tab.screenshot({ path: path.join(SCREENSHOTS, 'meeting-print.png'), fullPage: true });
      await tab.pdf({ path: path.join(SCREENSHOTS, 'meeting-print.pdf'), format: 'A4', printBackground: false });
      // What a printed page leaves out and keeps.
      const printed = await tab.evaluate(() => {
        const shows = (selector: string) =>
          [...document.querySelectorAll(selector)].some((el) => getComputedStyle(el).display !== 'none');
        return {
          navigation: shows('.site-header nav, .breadcrumbs, .contents, .pager, .skip-link'),
          attendance: shows('.attendance'),
          permanentAddress: shows('.permanent-address'),
          itemNumbers: shows('.item-number'),
        };
      });
      expect(printed).toEqual({ navigation: false, attendance: true, permanentAddress: true, itemNumbers: true });
    } finally {
      await context.close();
    }
    console.log(`Screenshots are in ${SCREENSHOTS}`);
  }, 60_000);
});
