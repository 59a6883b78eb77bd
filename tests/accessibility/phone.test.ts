import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceBrowserTests, launchChromium } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { guardedContext } from '../support/guarded-context.ts';
import { builtPages, onePagePerKind, type BuiltPage } from '../support/site-pages.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

/** A phone and a laptop, as the issue "Reading the record on a phone" measures them. */
const SCREENS = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
] as const;

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A meeting whose decisions come late in a long record: the first is at item CYP4 of nine. */
const MEETING = 'cyp/2024-07-15/';

describe.runIf(announceBrowserTests('phone reading tests in Chromium'))(
  'reading the record on a phone and a laptop',
  () => {
    let server: StaticServer;
    let browser: Browser;
    let pages: BuiltPage[];
    let site: string;

    beforeAll(async () => {
      const result = await buildSite();
      expect(result.exitCode, result.stderr).toBe(0);
      site = result.out;
      pages = builtPages(site);
      server = await serveFolder(site);
      browser = await launchChromium();
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const address = (sitePath: string) => new URL(sitePath.replace(/^\//, ''), server.url).href;

    async function open<T>(
      screen: { width: number; height: number },
      run: (tab: Page) => Promise<T>,
      options: { javaScriptEnabled?: boolean } = {},
    ): Promise<T> {
      const { context } = await guardedContext(browser, { viewport: screen, reducedMotion: 'reduce', ...options });
      try {
        return await run(await context.newPage());
      } finally {
        await context.close();
      }
    }

    it('keeps the header of every kind of page within 160 px at 320 px wide, with the site name, search and a menu', async () => {
      const heights = await open(SCREENS[0], async (tab) => {
        const found: Record<string, number> = {};
        for (const page of onePagePerKind(pages)) {
          await tab.goto(address(page.sitePath));
          found[page.kind] = await tab.evaluate(
            () => document.querySelector('.site-header')!.getBoundingClientRect().height,
          );
          if (page.kind !== 'search')
            expect(await tab.locator('.site-header #site-search-q').isVisible(), page.sitePath).toBe(true);
          expect(await tab.locator('.site-header .site-name').isVisible()).toBe(true);
          expect(await tab.locator('.site-menu > summary').isVisible()).toBe(true);
        }
        return found;
      });
      expect(Object.keys(heights).length).toBeGreaterThan(5);
      for (const [kind, height] of Object.entries(heights))
        expect(height, `the header of a ${kind} page`).toBeLessThanOrEqual(160);
    }, 120_000);

    for (const javaScriptEnabled of [true, false]) {
      it(`opens the menu at 320 px with the keyboard, ${javaScriptEnabled ? 'with' : 'without'} JavaScript, and a screen reader hears it as expanded`, async () => {
        await open(
          SCREENS[0],
          async (tab) => {
            await tab.goto(address(MEETING));
            const menuLink = tab.locator('.site-menu a[href="/decisions/"]');
            expect(await menuLink.isVisible()).toBe(false);
            expect(await tab.locator('.site-nav').isVisible()).toBe(false);
            const summary = tab.locator('.site-menu > summary');
            expect(await tab.locator('.site-menu').getAttribute('open')).toBeNull();
            expect(await accessibleState(tab, 'Menu')).toEqual({ role: 'DisclosureTriangle', expanded: false });
            await summary.focus();
            await tab.keyboard.press('Enter');
            expect(await menuLink.isVisible()).toBe(true);
            // What assistive technology is told: Chromium's accessibility tree has the summary as a disclosure, now expanded.
            expect(await accessibleState(tab, 'Menu')).toEqual({ role: 'DisclosureTriangle', expanded: true });
            await tab.keyboard.press('Tab');
            expect(await tab.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/#boards');
          },
          { javaScriptEnabled },
        );
      }, 60_000);
    }

    for (const colorScheme of ['light', 'dark'] as const) {
      it(`passes axe at 320 px in the ${colorScheme} scheme with the menu, attendance and declarations open, and with a spelling suggestion shown`, async () => {
        const { context } = await guardedContext(browser, {
          viewport: SCREENS[0],
          colorScheme,
          reducedMotion: 'reduce',
        });
        const violations: string[] = [];
        try {
          const tab = await context.newPage();
          const check = async (where: string) => {
            const results = await new AxeBuilder({ page: tab })
              .withTags(WCAG_22_AA)
              .options({ resultTypes: ['violations'] })
              .analyze();
            for (const v of results.violations)
              violations.push(`${where}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
          };
          await tab.goto(address('cyp/2025-09-08/#decision-17-1'));
          await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          expect(await tab.locator('details.declarations li').first().isVisible()).toBe(true);
          await check('meeting');
          await tab.goto(address('search/?q=scool'));
          await tab.waitForFunction(() =>
            /Did you mean/.test(document.getElementById('search-suggestion')?.textContent ?? ''),
          );
          await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          await check('search');
        } finally {
          await context.close();
        }
        expect(violations).toEqual([]);
      }, 120_000);
    }

    it('shows the row of links, not the menu, at 1280 px', async () => {
      await open(SCREENS[1], async (tab) => {
        await tab.goto(address(MEETING));
        expect(await tab.locator('.site-nav a[href="/decisions/"]').isVisible()).toBe(true);
        expect(await tab.locator('.site-menu').isVisible()).toBe(false);
      });
    }, 60_000);

    for (const screen of SCREENS) {
      it(`opens a meeting with what happened, its first decision within two screens (${screen.width}x${screen.height})`, async () => {
        await open(screen, async (tab) => {
          await tab.goto(address(MEETING));
          const facts = await tab.locator('.meeting-facts').innerText();
          expect(facts).toMatch(/Date:?\s*Monday 15 July 2024/);
          expect(facts).toMatch(/Venue:?\s*Civic Suite/);
          expect(facts).toMatch(/Status:?\s*Approved/);
          expect(facts).toMatch(/9 items, 6 decisions/);
          const first = tab.locator('.decided-list a').first();
          expect(await first.textContent()).toBe('That the update be received.');
          const box = (await first.boundingBox())!;
          expect(box.y + box.height).toBeLessThanOrEqual(2 * screen.height);
          // The decisions come before the items, and the attendance is folded until asked for.
          const order = await tab.evaluate(() => {
            const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top;
            return { decided: top('.decided'), attendance: top('details.attendance'), firstItem: top('section.item') };
          });
          expect(order.decided).toBeLessThan(order.attendance);
          expect(order.attendance).toBeLessThan(order.firstItem);
          expect(await tab.locator('details.attendance li').first().isVisible()).toBe(false);
          await tab.locator('details.attendance > summary').click();
          expect(await tab.locator('details.attendance li').first().isVisible()).toBe(true);
          // Following the first decision lands on it within its item.
          await first.click();
          await tab.waitForFunction(() => location.hash === '#decision-cyp4-1');
          expect(await headingInView(tab)).toEqual({
            heading: 'CYP4 TOPIC GROUP UPDATE - VERBAL UPDATE FROM THE CHAIR',
            headingInView: true,
            targetInView: true,
            marked: true,
          });
        });
      }, 60_000);

      it(`lands every decision link of the register with its item's heading in view (${screen.width}x${screen.height})`, async () => {
        await open(screen, async (tab) => {
          await tab.goto(address('decisions/'));
          const links = await tab.evaluate(() =>
            [...document.querySelectorAll<HTMLAnchorElement>('.register a[href*="#decision-"]')].map((a) =>
              a.getAttribute('href')!,
            ),
          );
          expect(links.length).toBeGreaterThan(10);
          // The first by a click, as a reader would; the rest by address.
          await tab.locator(`.register a[href="${links[0]}"]`).click();
          await tab.waitForURL(`**${links[0]}`);
          const landed = [{ link: links[0], ...(await headingInView(tab)) }];
          for (const link of links.slice(1)) {
            await tab.goto(address(link));
            landed.push({ link, ...(await headingInView(tab)) });
          }
          const wrong = landed.filter((l) => !l.headingInView || !l.targetInView || !l.marked);
          expect(wrong).toEqual([]);
        });
      }, 120_000);

      it(`shows the first search result on the first screen, with the count (${screen.width}x${screen.height})`, async () => {
        // Two minutes name the bird, and so does the paper made from the minutes of 15 July 2024.
        await open(screen, async (tab) => {
          await tab.goto(address('search/?q=Mockingbird'));
          await tab.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
          expect(await tab.locator('#search-status').textContent()).toMatch(/^3 results for “Mockingbird”/);
          const box = (await tab.locator('.search-result h2 a').first().boundingBox())!;
          expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
          // On a phone the filters wait behind "Filter results"; on a laptop they are open.
          expect(await tab.locator('#filter-year').isVisible()).toBe(screen.width > 640);
        });
      }, 60_000);
    }

    it('says which filters are at work when they are folded away on a phone', async () => {
      await open(SCREENS[0], async (tab) => {
        await tab.goto(address('search/?q=exclusions&year=2025'));
        await tab.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
        expect(await tab.locator('#search-filter-panel > summary').textContent()).toBe('Filter results (1 active)');
        expect(await tab.locator('#search-status').textContent()).toMatch(/\(year: 2025\)\.$/);
        const box = (await tab.locator('.search-result h2 a').first().boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(SCREENS[0].height);
      });
    }, 60_000);

    it("finds a councillor's page first by their name", async () => {
      await open(SCREENS[0], async (tab) => {
        await tab.goto(address('search/?q=Geoffrey%20Logan'));
        await tab.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
        const first = await tab.locator('.search-result h2 a').first();
        expect(await first.textContent()).toBe('Councillor Geoffrey Logan');
        expect(new URL((await first.getAttribute('href'))!, server.url).pathname).toBe('/people/geoffrey-logan/');
      });
    }, 60_000);

    it('suggests a word of the archive for a misspelt one, reading the words only when nothing is found', async () => {
      const { context } = await guardedContext(browser, { viewport: SCREENS[0] });
      try {
        const tab = await context.newPage();
        const asked: string[] = [];
        tab.on('request', (request) => asked.push(new URL(request.url()).pathname));
        await tab.goto(address('search/?q=Mockingbird'));
        await tab.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''));
        expect(asked).not.toContain('/search/words.json');
        await tab.locator('#search-q').fill('scool');
        await tab.waitForFunction(() =>
          /Did you mean/.test(document.getElementById('search-suggestion')?.textContent ?? ''),
        );
        expect(await tab.locator('#search-status').textContent()).toBe('No results for “scool”.');
        expect(await tab.locator('#search-suggestion').textContent()).toBe('Did you mean ‘school’?');
        expect(asked).toContain('/search/words.json');
        // Taking the suggestion searches for it.
        await tab.locator('#search-suggestion a').click();
        await tab.waitForFunction(() =>
          /results? for “school”/.test(document.getElementById('search-status')?.textContent ?? ''),
        );
        expect(await tab.locator('#search-q').inputValue()).toBe('school');
      } finally {
        await context.close();
      }
    }, 60_000);

    it('says, on the search page opened from disk, that search needs the files served, and how', async () => {
      // Not the guarded context, which allows only the local server.
      const context = await browser.newContext({ viewport: SCREENS[0] });
      try {
        const tab = await context.newPage();
        await tab.goto(pathToFileURL(path.join(site, 'search', 'index.html')).href);
        const note = tab.locator('#search-unavailable');
        expect(await note.isVisible()).toBe(true);
        const text = await note.innerText();
        expect(text).toContain('served by a web server');
        expect(text).toContain('python3 -m http.server');
        expect(text).not.toMatch(/switched off/);
      } finally {
        await context.close();
      }
    }, 60_000);

    for (const sitePath of ['/', '/cyp/']) {
      it(`offers ways to follow ${sitePath === '/' ? 'the minutes on the home page' : 'the board on its page'}, and every one of them resolves`, async () => {
        const ways = await open(SCREENS[0], async (tab) => {
          await tab.goto(address(sitePath));
          expect(await tab.locator('.follow h2').isVisible()).toBe(true);
          return tab
            .locator('.follow a')
            .evaluateAll((links) =>
              links.map((a) => ({ href: a.getAttribute('href')!, sentence: a.closest('li')!.textContent! })),
            );
        });
        const hrefs = ways.map((w) => w.href);
        const calendar = sitePath === '/' ? '/meetings.ics' : '/cyp/meetings.ics';
        const feed = sitePath === '/' ? '/feed.xml' : '/cyp/feed.xml';
        expect(hrefs).toEqual([
          feed,
          `webcal://minutes.example.org${calendar}`,
          calendar,
          '/data/meetings.json',
          '/data/decisions.csv',
        ]);
        for (const way of ways) expect(way.sentence.length, way.href).toBeGreaterThan(60);
        // Each is fetched from the built site (the webcal: address at its path there).
        const bodies = await Promise.all(
          hrefs.map(async (href) => {
            const response = await fetch(
              new URL(new URL(href, 'https://minutes.example.org/').pathname.slice(1), server.url),
            );
            expect(response.status, href).toBe(200);
            return response.text();
          }),
        );
        expect(bodies[0]).toContain('<feed');
        expect(bodies[1]).toMatch(/^BEGIN:VCALENDAR/);
        expect(bodies[2]).toBe(bodies[1]);
        expect(JSON.parse(bodies[3]!).meetings.length).toBe(4);
        expect(bodies[4]!.split('\n')[0]).toMatch(/^board_id,board_name,meeting_date,/);
      }, 60_000);
    }
  },
);

/** After following a link to a decision: is its item's heading on screen with it, and is it marked? */
function headingInView(
  tab: Page,
): Promise<{ heading: string; headingInView: boolean; targetInView: boolean; marked: boolean }> {
  return tab.evaluate(() => {
    const target = document.querySelector(':target')!;
    const heading = target.closest('section.item')!.querySelector('h2')!;
    const inView = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < innerHeight && box.bottom <= innerHeight;
    };
    const targetBox = target.getBoundingClientRect();
    // The heading must not cover the decision it names.
    const covered = heading.getBoundingClientRect().bottom > targetBox.top;
    return {
      heading: heading.textContent!.trim(),
      headingInView: inView(heading),
      targetInView: targetBox.top >= 0 && targetBox.top < innerHeight - 40 && !covered,
      marked: getComputedStyle(target).outlineStyle !== 'none',
    };
  });
}

/** The role and expanded state Chromium gives assistive technology for the element named `name`. */
async function accessibleState(tab: Page, name: string): Promise<{ role: string; expanded: boolean } | undefined> {
  const cdp = await tab.context().newCDPSession(tab);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{
        role?: { value: string };
        name?: { value: string };
        properties?: Array<{ name: string; value: { value: unknown } }>;
      }>;
    };
    const node = nodes.find((n) => n.name?.value === name && n.properties?.some((p) => p.name === 'expanded'));
    return node
      ? { role: node.role!.value, expanded: node.properties!.find((p) => p.name === 'expanded')!.value.value === true }
      : undefined;
  } finally {
    await cdp.detach();
  }
}
