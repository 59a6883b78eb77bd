import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceBrowserTests, launchChromium } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { guardedContext } from '../support/guarded-context.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

/** The meeting with the most items in the sample archive. */
const MEETING = 'cyp/2025-09-08/';

/** What a keyboard user has focused: where it is and whether they can see it. */
interface Focused {
  /** `#main`, a link's href, or the tag name. */
  what: string;
  inContents: boolean;
  /** The id of the item the focus is in, if any. */
  item: string | null;
  /** An outline or a halo is drawn around it. */
  visible: boolean;
}

function focused(tab: Page): Promise<Focused> {
  return tab.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', inContents: false, item: null, visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const halo = style.boxShadow !== 'none';
    return {
      what: el.id === 'main' ? '#main' : (el.getAttribute('href') ?? el.tagName.toLowerCase()),
      inContents: !!el.closest('.contents'),
      item: el.closest('section.item')?.id ?? null,
      visible: outline || halo,
    };
  });
}

/** Every element Tab should reach, in document order. */
function tabbable(tab: Page): Promise<string[]> {
  return tab.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      ),
    ]
      // checkVisibility() is false inside a closed details element (its content is content-visibility: hidden) as well as under display: none.
      .filter((el) => el.checkVisibility() || el.classList.contains('skip-link'))
      .map((el) => el.getAttribute('href') ?? el.tagName.toLowerCase()),
  );
}

describe.runIf(announceBrowserTests('keyboard tests in Chromium'))('a meeting page with the keyboard alone', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const result = await buildSite();
    expect(result.exitCode, result.stderr).toBe(0);
    server = await serveFolder(result.out);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openMeeting(width = 1280) {
    const guarded = await guardedContext(browser, { viewport: { width, height: 800 } });
    const tab = await guarded.context.newPage();
    await tab.goto(new URL(MEETING, server.url).href);
    return { tab, close: () => guarded.context.close() };
  }

  for (const width of [1280, 320]) {
    it(`tabs to the skip link first, then the contents list, then every link in order, each visibly focused (${width} px)`, async () => {
      const { tab, close } = await openMeeting(width);
      try {
        const expected = await tabbable(tab);
        const order: Focused[] = [];
        for (let i = 0; i < expected.length; i++) {
          await tab.keyboard.press('Tab');
          order.push(await focused(tab));
        }
        expect(order[0]!.what).toBe('#main');
        expect(order.map((f) => f.what)).toEqual(expected);
        expect(order.filter((f) => !f.visible).map((f) => f.what)).toEqual([]);

        const contents = order.filter((f) => f.inContents).map((f) => f.what);
        const items = await tab.evaluate(() => [...document.querySelectorAll('section.item')].map((s) => `#${s.id}`));
        expect(contents).toEqual(items);
        // The contents come before anything in the items.
        const firstInItem = order.findIndex((f) => f.item !== null);
        const lastInContents = order.map((f) => f.inContents).lastIndexOf(true);
        if (firstInItem >= 0) expect(lastInContents).toBeLessThan(firstInItem);
      } finally {
        await close();
      }
    }, 60_000);
  }

  it('shows the skip link when it has focus, and it moves the focus to the main content', async () => {
    const { tab, close } = await openMeeting();
    try {
      await tab.keyboard.press('Tab');
      const box = await tab.locator('.skip-link').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.height).toBeGreaterThan(10);
      await tab.keyboard.press('Enter');
      expect(await tab.evaluate(() => document.activeElement?.id)).toBe('main');
      await tab.keyboard.press('Tab');
      // The next Tab goes on from the main content, not back to the header.
      expect(await tab.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    } finally {
      await close();
    }
  }, 60_000);

  it('takes the reader to every item from the contents list, and the keyboard goes on from there', async () => {
    const { tab, close } = await openMeeting();
    try {
      const anchors = await tab.evaluate(() =>
        [...document.querySelectorAll('.contents a')].map((a) => a.getAttribute('href')!),
      );
      expect(anchors.length).toBeGreaterThan(1);
      for (const anchor of anchors) {
        await tab.locator(`.contents a[href="${anchor}"]`).focus();
        await tab.keyboard.press('Enter');
        expect(await tab.evaluate(() => location.hash)).toBe(anchor);
        const heading = await tab.locator(`${anchor} h2`).boundingBox();
        expect(heading!.y, `${anchor} is on screen`).toBeGreaterThanOrEqual(0);
        expect(heading!.y, `${anchor} is on screen`).toBeLessThan(800);
        await tab.keyboard.press('Tab');
        const after = await tab.evaluate((id) => {
          const item = document.querySelector(id)!;
          const active = document.activeElement!;
          return (
            active === document.body ||
            !!(
              item.compareDocumentPosition(active) &
              (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)
            )
          );
        }, anchor);
        expect(after, `Tab after ${anchor} goes on from that item`).toBe(true);
      }
    } finally {
      await close();
    }
  }, 60_000);
});
