import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceBrowserTests, launchChromium } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { guardedContext } from '../support/guarded-context.ts';
import { builtPages, type BuiltPage } from '../support/site-pages.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

/** Outside the repository, so that nobody commits them, and outside the run's own temporary folder, so that they outlast it: for a person to look at. */
export const SCREENSHOTS = process.env.MINUTE_BOOK_SCREENSHOTS ?? path.join(process.env.MINUTE_BOOK_SYSTEM_TMPDIR ?? tmpdir(), 'minute-book-screenshots');

/** A meeting with attendance, items and decisions: what printed minutes are made of. */
const MEETING = '/cyp/2024-07-15/';
const KINDS = ['home', 'board', 'meeting', 'search'];

describe.runIf(announceBrowserTests('screenshots in Chromium'))('screenshots for a person to look at', () => {
  let server: StaticServer;
  let browser: Browser;
  let shown: BuiltPage[];

  beforeAll(async () => {
    const result = await buildSite();
    expect(result.exitCode, result.stderr).toBe(0);
    const pages = builtPages(result.out);
    // The home, a board, that meeting and search (once there is one).
    shown = KINDS.map((kind) => (kind === 'meeting' ? pages.find((p) => p.sitePath === MEETING) : pages.find((p) => p.kind === kind))).filter((p) => p !== undefined);
    server = await serveFolder(result.out);
    browser = await launchChromium();
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [1280, 320]) {
    it(`of the home, board, meeting and search pages at ${width} px`, async () => {
      const { context } = await guardedContext(browser, { viewport: { width, height: 900 } });
      try {
        const tab = await context.newPage();
        for (const page of shown) {
          await tab.goto(new URL(page.sitePath.slice(1), server.url).href);
          const file = path.join(SCREENSHOTS, `${page.kind}-${width}.png`);
          await tab.screenshot({ path: file, fullPage: true });
          expect(statSync(file).size).toBeGreaterThan(5_000);
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
        const shows = (selector: string) => [...document.querySelectorAll(selector)].some((el) => getComputedStyle(el).display !== 'none');
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
