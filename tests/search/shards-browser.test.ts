import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../support/build-site.ts';
import { loadArchive } from '../../src/load/archive.ts';
import { copyOfSampleArchive, meetingFile } from '../support/archive-copy.ts';
import { announceBrowserTests, launchChromium } from '../support/browser.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';

const runBrowserTests = announceBrowserTests('search across independently built sites in Chromium');

/**
 * Two archives built separately, as two authorities (or boards) would on
 * their own machines, published on one host at /first/ and /second/. The
 * first site's search page names the second's bundle in `search_bundles`.
 */
describe.runIf(runBrowserTests)('one search page over two independently built indexes', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const host = mkdtempSync(path.join(tmpdir(), 'minute-book-host-'));
    const first = copyOfSampleArchive();
    const siteFile = path.join(first, '_data/site.yaml');
    writeFileSync(siteFile, `${readFileSync(siteFile, 'utf8')}search_bundles:\n  - /second/pagefind/\n`);
    // The second archive has a meeting of its own, in a year the first has no minutes of.
    const second = copyOfSampleArchive({
      'content/cyp/2023-06-12.md': meetingFile(
        'date: 2023-06-12\nstatus: approved',
        '## 1. Minutes\n\nThe Board discussed the Zanzibar partnership for school exchanges.\n',
      ),
    });
    const [a, b] = await Promise.all([
      buildSite({ root: first, pathPrefix: '/first/', out: path.join(host, 'first') }),
      buildSite({ root: second, pathPrefix: '/second/', out: path.join(host, 'second') }),
    ]);
    expect(a.exitCode, a.stderr).toBe(0);
    expect(b.exitCode, b.stderr).toBe(0);
    server = await serveFolder(host, '/');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function search(address: string): Promise<string[]> {
    page = await (await browser.newContext()).newPage();
    await page.goto(server.url + address);
    await page.waitForFunction(() => /result/i.test(document.getElementById('search-status')?.textContent ?? ''));
    return page
      .locator('#search-results h2 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  it('finds a page that only the other site has, linked to that site', async () => {
    expect(await search('first/search/?q=Zanzibar')).toEqual(['/second/cyp/2023-06-12/']);
    expect(await page.locator('#search-status').textContent()).toMatch(/^1 result for “Zanzibar”/);
  });

  it('finds the pages both sites have in each of them, with their items', async () => {
    const links = await search('first/search/?q=Mockingbird');
    // Each site's minutes of 15 July 2024, the paper made from them, and its annual report.
    expect(links.sort()).toEqual([
      '/first/cyp/2024-07-15/',
      '/first/cyp/2024-07-15/papers/signed-minutes-pdf/',
      '/first/cyp/reports/annual-report-2024-25/',
      '/second/cyp/2024-07-15/',
      '/second/cyp/2024-07-15/papers/signed-minutes-pdf/',
      '/second/cyp/reports/annual-report-2024-25/',
    ]);
    const items = await page
      .locator('#search-results .search-sub-results a')
      .evaluateAll((a) =>
        a.map(
          (link) => new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).hash,
        ),
      );
    expect(items).toEqual(
      expect.arrayContaining(['/first/cyp/2024-07-15/#item-cyp8', '/second/cyp/2024-07-15/#item-cyp8']),
    );
  });

  it("orders the two sites' minutes together by date, oldest or newest first", async () => {
    const dates = (links: string[]) => links.map((link) => /\d{4}-\d{2}-\d{2}/.exec(link)![0]);
    const oldest = await search('first/search/?q=board&type=minutes&sort=oldest');
    expect(oldest[0]).toBe('/second/cyp/2023-06-12/');
    expect(oldest).toHaveLength(9);
    expect(dates(oldest)).toEqual([...dates(oldest)].sort());
    // Each of the first site's meetings has its twin from the second site beside it.
    expect(dates(oldest).slice(1)).toEqual([
      '2024-07-15',
      '2024-07-15',
      '2025-01-20',
      '2025-01-20',
      '2025-09-08',
      '2025-09-08',
      '2025-11-10',
      '2025-11-10',
    ]);
    const newest = await search('first/search/?q=board&type=minutes&sort=newest');
    expect(dates(newest)).toEqual([...dates(oldest)].reverse());
  });

  it('narrows both sites by the same filters', async () => {
    const links = await search('first/search/?q=board&municipal-year=2025%2F26');
    // The year's two meetings on each site, and the paper of 8 September 2025.
    expect(links.sort()).toEqual([
      '/first/cyp/2025-09-08/',
      '/first/cyp/2025-09-08/papers/agenda-and-minutes-pdf/',
      '/first/cyp/2025-11-10/',
      '/second/cyp/2025-09-08/',
      '/second/cyp/2025-09-08/papers/agenda-and-minutes-pdf/',
      '/second/cyp/2025-11-10/',
    ]);
  });
});

describe('search_bundles in _data/site.yaml', () => {
  const withBundles = (lines: string) => {
    const root = copyOfSampleArchive();
    const siteFile = path.join(root, '_data/site.yaml');
    writeFileSync(siteFile, `${readFileSync(siteFile, 'utf8')}search_bundles:\n${lines}`);
    return loadArchive(root);
  };

  it('takes the addresses of other bundles on the same host', () => {
    const archive = withBundles('  - /second/pagefind/\n  - /county/minutes/pagefind/\n');
    expect(archive.site.searchBundles).toEqual(['/second/pagefind/', '/county/minutes/pagefind/']);
    expect(archive.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it("refuses another host's address, or one that is not a folder, saying what it should be", () => {
    const archive = withBundles('  - https://elsewhere.example/pagefind/\n  - /second/pagefind\n');
    expect(archive.site.searchBundles).toBeUndefined();
    const problems = archive.diagnostics.filter(
      (d) => d.file === '_data/site.yaml' && d.message.includes('search_bundles'),
    );
    expect(problems.map((d) => d.message)).toEqual([
      expect.stringContaining('not "https://elsewhere.example/pagefind/"'),
      expect.stringContaining('not "/second/pagefind"'),
    ]);
  });
});
