import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite } from '../support/build-site.ts';
import { copyOfSampleArchive, meetingFile } from '../support/archive-copy.ts';
import { announceBrowserTests, launchChromium } from '../support/browser.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';
import { projectRoot } from '../../src/paths.ts';

const runBrowserTests = announceBrowserTests('search across grouped parts in Chromium');

/**
 * The sample archive with minutes in two more municipal years before it, so
 * that it has four: 2022/23 and 2023/24 (one meeting each), 2024/25 (two
 * meetings and the annual report) and the current 2025/26 (two meetings).
 */
const olderYears = {
  'content/cyp/2022-07-18.md': meetingFile(
    'date: 2022-07-18\nstatus: approved',
    '## 1. Minutes\n\nThe Board reviewed the Kestrel scheme for young carers.\n',
  ),
  'content/cyp/2023-07-17.md': meetingFile(
    'date: 2023-07-17\nstatus: approved',
    '## 1. Minutes\n\nThe Board heard how the Kestrel scheme did in its second year.\n',
  ),
};

/** Builds an archive and indexes it again with a part budget of two pages, so its closed years make several parts. */
async function builtWithSmallParts(root: string, cache: string) {
  const built = await buildSite({ root });
  expect(built.exitCode, built.stderr).toBe(0);
  const defaultParts = partsOf(built.out);
  const launcher = path.join(projectRoot, 'scripts/launch.js');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [launcher, path.join(projectRoot, 'tests/support/index-site.ts'), root, built.out, '2', cache],
    { cwd: projectRoot },
  );
  return {
    site: built.out,
    summary: JSON.parse(stdout) as { parts: number; reused: number },
    build: built,
    defaultParts,
  };
}

const partsOf = (site: string) =>
  JSON.parse(readFileSync(path.join(site, 'pagefind/parts.json'), 'utf8')).parts as Array<{
    path: string;
    municipalYears: string[];
    from?: string;
    to?: string;
    pages: number;
  }>;

/** Every file of one part's folder (not the parts inside the current year's), with its bytes. */
function partFiles(site: string, folder: string): Record<string, string> {
  const top = path.join(site, 'pagefind', folder);
  return Object.fromEntries(
    readdirSync(top, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(top, path.join(entry.parentPath, entry.name)))
      .sort()
      .map((file) => [file, readFileSync(path.join(top, file)).toString('base64')]),
  );
}

let root: string;
let cache: string;
let site: string;

beforeAll(async () => {
  root = copyOfSampleArchive(olderYears);
  cache = mkdtempSync(path.join(tmpdir(), 'minute-book-search-cache-'));
  const built = await builtWithSmallParts(root, cache);
  site = built.site;
  // With the default budget a council's closed years are one part.
  // The sample's pages, its people and its two papers' text pages.
  expect(built.build.stdout).toContain('Indexed 26 pages for search in 2 parts');
  expect(built.defaultParts.map((part) => part.path)).toEqual(['', '2022-23--2024-25/']);
});

describe('closed years grouped into parts', () => {
  it('fills each part oldest first up to the budget, names it by its years and lists its dates in parts.json', () => {
    expect(partsOf(site)).toEqual([
      // The current year's two meetings, the paper of 8 September 2025 and the 17 people's pages, which have no year.
      { path: '', municipalYears: ['2025/26'], from: '2025-09-08', to: '2025-11-10', pages: 20 },
      // Four pages (two meetings, the annual report, the paper of 15 July 2024), more than the budget, and one year: a part of its own.
      { path: '2024-25/', municipalYears: ['2024/25'], from: '2024-07-15', to: '2025-01-20', pages: 4 },
      {
        path: '2022-23--2023-24/',
        municipalYears: ['2022/23', '2023/24'],
        from: '2022-07-18',
        to: '2023-07-17',
        pages: 2,
      },
    ]);
    expect(
      readdirSync(path.join(site, 'pagefind/2022-23--2023-24')).filter((name) => /\.js$|^wasm/.test(name)),
    ).toEqual([]);
  });

  it('keeps the older parts, their folders and their cache entries when a year closes', async () => {
    const before = { group: partFiles(site, '2022-23--2023-24'), year: partFiles(site, '2024-25') };
    // A meeting in 2026/27 closes 2025/26, which is too big to join 2024/25 and starts a part of its own.
    const later = copyOfSampleArchive({
      ...olderYears,
      'content/cyp/2026-06-15.md': meetingFile(
        'date: 2026-06-15\nstatus: draft',
        '## 1. Minutes\n\nThe Board met in the new municipal year.\n',
      ),
    });
    const next = await builtWithSmallParts(later, cache);
    expect(partsOf(next.site).map((part) => part.path)).toEqual(['', '2025-26/', '2024-25/', '2022-23--2023-24/']);
    expect(next.summary).toMatchObject({ parts: 4, reused: 2 });
    expect(partFiles(next.site, '2022-23--2023-24')).toEqual(before.group);
    expect(partFiles(next.site, '2024-25')).toEqual(before.year);
  });
});

describe('pages handed to the index before they are written', () => {
  it('gives the same bundle as indexing the written site, the parts down the queue reading their pages back once they are written', async () => {
    // A budget of one page: four parts, so that three of them (2024/25, 2023/24 and 2022/23) must read their pages back.
    const launcher = path.join(projectRoot, 'scripts/launch.js');
    const fromSite = path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-indexed-')), '_site');
    // The site is a link to its folder (docs/security.md): the copy is of the folder's files.
    cpSync(site, fromSite, { recursive: true, dereference: true });
    await promisify(execFile)(
      process.execPath,
      [launcher, path.join(projectRoot, 'tests/support/index-site.ts'), root, fromSite, '1', ''],
      { cwd: projectRoot },
    );
    const offered = mkdtempSync(path.join(tmpdir(), 'minute-book-offered-'));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [launcher, path.join(projectRoot, 'tests/support/index-offered.ts'), root, site, '1', offered],
      { cwd: projectRoot },
    );
    expect(JSON.parse(stdout)).toMatchObject({ parts: 4, pages: 26 });
    expect(partsOf(offered).map((part) => part.path)).toEqual(['', '2024-25/', '2023-24/', '2022-23/']);
    expect(partFiles(offered, '')).toEqual(partFiles(fromSite, ''));
  });
});

describe.runIf(runBrowserTests)('search across grouped parts in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveFolder(site, '/');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function search(address: string) {
    const page = await (await browser.newContext()).newPage();
    const entries: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('pagefind-entry.json')) entries.push(new URL(request.url()).pathname);
    });
    await page.goto(server.url + address);
    await page.waitForFunction(() => /result/i.test(document.getElementById('search-status')?.textContent ?? ''));
    const links = await page
      .locator('#search-results h2 a')
      .evaluateAll((found) => found.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.context().close();
    return { links, entries };
  }

  it('merges every part, and orders minutes by date across them, oldest or newest first', async () => {
    const meetings = [
      '/cyp/2022-07-18/',
      '/cyp/2023-07-17/',
      '/cyp/2024-07-15/',
      '/cyp/2025-01-20/',
      '/cyp/2025-09-08/',
      '/cyp/2025-11-10/',
    ];
    const oldest = await search('search/?q=board&type=minutes&sort=oldest');
    expect(oldest.links).toEqual(meetings);
    expect(oldest.entries.sort()).toEqual([
      '/pagefind/2022-23--2023-24/pagefind-entry.json',
      '/pagefind/2024-25/pagefind-entry.json',
      '/pagefind/pagefind-entry.json',
    ]);
    expect((await search('search/?q=board&type=minutes&sort=newest')).links).toEqual([...meetings].reverse());
  });

  it('narrows by one municipal year of a part that holds two', async () => {
    // Minutes only: a part without "Kestrel" matches the longest word it has that begins it, by Pagefind's design
    // (1.5.2 and 1.6.0): the one-letter initial "K." in the paper of 15 July 2024.
    expect((await search('search/?q=Kestrel&type=minutes')).links.sort()).toEqual([
      '/cyp/2022-07-18/',
      '/cyp/2023-07-17/',
    ]);
    expect((await search('search/?q=Kestrel&municipal-year=2023%2F24')).links).toEqual(['/cyp/2023-07-17/']);
  });
});
