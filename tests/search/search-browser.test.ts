import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { buildSite } from '../support/build-site.ts';
import { announceBrowserTests, launchChromium } from '../support/browser.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

const runBrowserTests = announceBrowserTests('search tests in Chromium');

/** The links of the results on the page, as addresses without the origin. */
async function resultLinks(page: Page): Promise<string[]> {
  return page
    .locator('#search-results a')
    .evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
    );
}

/** Waits until the status region reports the outcome of a search. */
async function waitForResults(page: Page): Promise<string> {
  await page.waitForFunction(() => /result/i.test(document.getElementById('search-status')?.textContent ?? ''));
  return (await page.locator('#search-status').textContent()) ?? '';
}

for (const prefix of ['/', '/minutes/']) {
  describe.runIf(runBrowserTests)(`search in a real browser, site at ${prefix}`, () => {
    let server: StaticServer;
    let browser: Browser;
    let page: Page;
    let cspViolations: string[];

    beforeAll(async () => {
      const built = await buildSite(prefix === '/' ? {} : { pathPrefix: prefix });
      expect(built.exitCode, built.stderr).toBe(0);
      server = await serveFolder(built.out, prefix);
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function openPage(address: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
      const context = await browser.newContext(options);
      page = await context.newPage();
      cspViolations = [];
      await page.exposeFunction('reportViolation', (directive: string) => cspViolations.push(directive));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportViolation(d: string): void }).reportViolation(
            `${e.violatedDirective} ${e.blockedURI}`,
          ),
        ),
      );
      await page.goto(server.url + address);
      return page;
    }

    afterAll(() => page?.context().close());

    it('finds the 2024-25 annual report, the item of 15 July 2024 and the text of its signed minutes for "Mockingbird"', async () => {
      await openPage('search/');
      await page.locator('#search-q').fill('Mockingbird');
      const status = await waitForResults(page);
      expect(status).toMatch(/^3 results for “Mockingbird”/);
      const links = await resultLinks(page);
      expect(links).toContain(`${prefix}cyp/reports/annual-report-2024-25/`);
      expect(links).toContain(`${prefix}cyp/2024-07-15/#item-cyp8`);
      expect(links.some((link) => link.startsWith(`${prefix}cyp/2024-07-15/papers/signed-minutes-pdf/`))).toBe(true);
      expect(await page.locator('#search-results mark').first().textContent()).toMatch(/mockingbird/i);
      expect(cspViolations).toEqual([]);
    });

    it('leads from "exclusions" in 2025 to item 16 of 8 September 2025, at its anchor', async () => {
      await openPage('search/');
      await page.locator('#search-q').fill('exclusions');
      await page.locator('#filter-year').selectOption('2025');
      await page.waitForFunction(() =>
        /\(year: 2025\)/.test(document.getElementById('search-status')?.textContent ?? ''),
      );
      const links = await resultLinks(page);
      expect(links.every((link) => !link.includes('2024-'))).toBe(true);
      const item = page.locator(`#search-results a[href="${prefix}cyp/2025-09-08/#item-16"]`);
      expect(await item.textContent()).toBe('16 Children and Young People (CYP) Q1 2025-26 Monitoring Report');
      expect(new URL(page.url()).search).toBe('?q=exclusions&year=2025');
      await item.click();
      await page.waitForURL(`**${prefix}cyp/2025-09-08/#item-16`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('item-16');
    });

    it('finds for "the exclusions and" what it finds for "exclusions", and still shows what the reader typed', async () => {
      await openPage('search/');
      await page.locator('#search-q').fill('exclusions');
      await waitForResults(page);
      const plain = await resultLinks(page);
      expect(plain.length).toBeGreaterThan(0);
      await openPage('search/');
      await page.locator('#search-q').fill('the exclusions and');
      const status = await waitForResults(page);
      expect(status).toContain('“the exclusions and”');
      expect(await resultLinks(page)).toEqual(plain);
    });

    it('shows the same results when the search address is opened directly, and restores the form', async () => {
      await openPage('search/');
      await page.locator('#search-q').fill('exclusions');
      await page.locator('#filter-year').selectOption('2025');
      await page.waitForFunction(() =>
        /\(year: 2025\)/.test(document.getElementById('search-status')?.textContent ?? ''),
      );
      const typed = await resultLinks(page);

      await openPage('search/?q=exclusions&year=2025');
      await waitForResults(page);
      expect(await resultLinks(page)).toEqual(typed);
      expect(await page.locator('#search-q').inputValue()).toBe('exclusions');
      expect(await page.locator('#filter-year').inputValue()).toBe('2025');
    });

    it('orders results by date, newest or oldest first, and narrows them by municipal year, document and status', async () => {
      const pagesFor = async (address: string) => {
        await openPage(address);
        await waitForResults(page);
        return page
          .locator('#search-results h2 a')
          .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      };
      const meetings = [
        `${prefix}cyp/2024-07-15/`,
        `${prefix}cyp/2025-01-20/`,
        `${prefix}cyp/2025-09-08/`,
        `${prefix}cyp/2025-11-10/`,
      ];
      expect(await pagesFor('search/?q=board&type=minutes&sort=oldest')).toEqual(meetings);
      expect(await pagesFor('search/?q=board&type=minutes&sort=newest')).toEqual([...meetings].reverse());
      expect(await page.locator('#filter-sort').inputValue()).toBe('newest');
      expect((await pagesFor('search/?q=board&municipal-year=2025%2F26')).sort()).toEqual(
        [
          `${prefix}cyp/2025-09-08/`,
          `${prefix}cyp/2025-09-08/papers/agenda-and-minutes-pdf/`,
          `${prefix}cyp/2025-11-10/`,
        ].sort(),
      );
      expect(await pagesFor('search/?q=Mockingbird&type=report')).toEqual([
        `${prefix}cyp/reports/annual-report-2024-25/`,
      ]);
      // The approved minutes of 15 July 2024 and their paper, then those of 20 January 2025.
      const approved = await pagesFor('search/?q=board&status=approved&sort=oldest');
      expect(approved.slice(0, 2).sort()).toEqual(
        [meetings[0], `${prefix}cyp/2024-07-15/papers/signed-minutes-pdf/`].sort(),
      );
      expect(approved.slice(2)).toEqual([meetings[1]]);
      expect(await pagesFor('search/?q=board&type=paper')).toEqual(
        expect.arrayContaining([
          `${prefix}cyp/2024-07-15/papers/signed-minutes-pdf/`,
          `${prefix}cyp/2025-09-08/papers/agenda-and-minutes-pdf/`,
        ]),
      );
    });

    it('comes back to the search and its results with the back button', async () => {
      await openPage('search/?q=Mockingbird');
      await waitForResults(page);
      await page.locator(`#search-results a[href="${prefix}cyp/2024-07-15/#item-cyp8"]`).click();
      await page.waitForURL(`**/cyp/2024-07-15/#item-cyp8`);
      await page.goBack();
      await waitForResults(page);
      expect(await page.locator('#search-q').inputValue()).toBe('Mockingbird');
      expect(await resultLinks(page)).toContain(`${prefix}cyp/2024-07-15/#item-cyp8`);
    });

    it('can be done with the keyboard alone, and announces the results without moving focus', async () => {
      await openPage('search/');
      const focused = () =>
        page.evaluate(
          () =>
            document.activeElement?.id ||
            document.activeElement?.getAttribute('href') ||
            document.activeElement?.tagName,
        );
      for (let i = 0; i < 20 && (await focused()) !== 'search-q'; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('search-q');
      await page.keyboard.type('exclusions');
      await page.keyboard.press('Enter');
      await waitForResults(page);
      expect(await focused()).toBe('search-q');
      expect(await page.locator('#search-status').getAttribute('role')).toBe('status');

      for (let i = 0; i < 10 && (await focused()) !== 'filter-year'; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('filter-year');
      await page.keyboard.press('ArrowDown'); // the first year after "All years": the newest, 2025
      await page.waitForFunction(() =>
        /\(year: 2025\)/.test(document.getElementById('search-status')?.textContent ?? ''),
      );

      const target = `${prefix}cyp/2025-09-08/#item-16`;
      for (let i = 0; i < 40 && (await focused()) !== target; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(target);
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${target}`);
    });

    it('loads no search code until the reader searches, and nothing from elsewhere', async () => {
      const requests: string[] = [];
      const context = await browser.newContext();
      page = await context.newPage();
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`${server.url}search/`);
      await page.waitForLoadState('networkidle');
      expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
      await page.locator('#search-q').fill('Mockingbird');
      await waitForResults(page);
      expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
      expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
      // The entry file is asked for with the build's tag, not the time, so the same address every time.
      expect(requests.find((url) => url.includes('pagefind-entry.json'))).toMatch(
        /pagefind-entry\.json\?ts=[0-9a-f]{12}$/,
      );
    });

    it("leads from the search box in every page's header to the results", async () => {
      await openPage('cyp/');
      await page.getByLabel('Search the minutes').fill('Mockingbird');
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${prefix}search/?q=Mockingbird`);
      expect(await waitForResults(page)).toMatch(/^3 results/);
    });

    it('says that search needs JavaScript, and where else to look, when it is off', async () => {
      await openPage('search/?q=Mockingbird', { javaScriptEnabled: false });
      expect(await page.locator('#search-unavailable').isVisible()).toBe(true);
      expect(await page.locator('#search-form').isVisible()).toBe(false);
      expect(
        await page.locator('#search-unavailable a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      ).toContain(`${prefix}cyp/`);
    });

    it('passes axe (WCAG 2.2 AA) with results shown', async () => {
      await openPage('search/?q=exclusions');
      await waitForResults(page);
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
