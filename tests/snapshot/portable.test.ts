// An unpacked snapshot works wherever it is put: served from a folder that is
// not the site root, and opened from the files alone.
import { mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/snapshot/files.ts';
import { relativeLink, relativeLinksInHtml } from '../../src/snapshot/links.ts';
import { makeSnapshot, type Snapshot } from '../../src/snapshot/snapshot.ts';
import { removeAll, sampleArchive, standInSiteBuild, temporaryFolder } from './fixture.ts';
import { crawl, serveFolder, untar } from './helpers.ts';

let archive: { root: string };
let out: string;
let www: string;
let snapshot: Snapshot;

beforeAll(async () => {
  archive = await sampleArchive();
  out = await temporaryFolder('portable');
  www = await temporaryFolder('www');
  snapshot = await makeSnapshot({
    archiveRoot: archive.root,
    out,
    buildSite: standInSiteBuild,
    software: 'Minute Book 0.1.0',
    env: {},
  });
});

afterAll(async () => removeAll(archive.root, out, www));

describe('relative links', () => {
  it('lead from a page to any other page, naming index.html', () => {
    expect(relativeLink('index.html', '/')).toBe('index.html');
    expect(relativeLink('index.html', '/cyp/')).toBe('cyp/index.html');
    expect(relativeLink('cyp/2025-09-08/index.html', '/')).toBe('../../index.html');
    expect(relativeLink('cyp/2025-09-08/index.html', '/cyp/2025-11-10/#item-13')).toBe(
      '../2025-11-10/index.html#item-13',
    );
    expect(relativeLink('cyp/index.html', '/search/?q=exclusions')).toBe('../search/index.html?q=exclusions');
    expect(relativeLink('cyp/index.html', '/assets/minute-book.css')).toBe('../assets/minute-book.css');
  });

  it('leave external, protocol-relative and fragment links alone', () => {
    const html =
      '<a href="https://example.org/">x</a><a href="//cdn.example.org/x.js">y</a><a href="#item-3">z</a><a href="mailto:a@b">m</a>';
    expect(relativeLinksInHtml(html, 'cyp/index.html')).toBe(html);
  });
});

describe('an unpacked snapshot served from a sub-folder of a web server', () => {
  it('has every link and resource resolve inside the snapshot, and loads nothing from elsewhere', async () => {
    const folder = path.join(www, 'records', 'minutes archive');
    await mkdir(folder, { recursive: true });
    untar(snapshot.tarFile, folder);
    const server = await serveFolder(www);
    try {
      const scope = `${server.origin}/records/minutes%20archive/${snapshot.name}/data/site/`;
      const result = await crawl(scope, scope);
      expect(result.broken).toEqual([]);
      expect(result.outside).toEqual([]);
      expect(result.externalRequests).toEqual([]);
      const pages = (await listFiles(path.join(folder, snapshot.name, 'data/site'))).filter(
        (file) => file.endsWith('.html') && file !== '404.html',
      );
      const crawled = result.pages.map((page) =>
        decodeURIComponent(page.slice(scope.length)).replace(/(^|\/)$/, '$1index.html'),
      );
      expect([...new Set(crawled)].sort()).toEqual(pages.sort());
    } finally {
      await server.close();
    }
  });

  it('has every link of every page point at a file that exists, so it also opens from file://', async () => {
    const site = path.join(snapshot.bagFolder, 'data/site');
    const missing: string[] = [];
    for (const page of (await listFiles(site)).filter((file) => file.endsWith('.html'))) {
      const html = await readFile(path.join(site, page), 'utf8');
      for (const [, link] of html.matchAll(/\s(?:href|src)="([^"#?]+)[^"]*"/g)) {
        if (/^[a-z]+:/i.test(link!) || link!.startsWith('//')) continue;
        const target = path.join(site, path.dirname(page), link!);
        if (!existsSync(target) || !target.startsWith(site)) missing.push(`${page} -> ${link}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('tells a reader who opened the search page from a file that search needs a web server', async () => {
    const html = await readFile(path.join(snapshot.bagFolder, 'data/site/search/index.html'), 'utf8');
    expect(html).toMatch(
      /<div id="snapshot-file-notice"[^>]*>\n<p>Search works only when the snapshot is opened through a web server/,
    );
    expect(html).toContain('<script src="../assets/snapshot-file-notice.js"></script>');
    const script = await readFile(path.join(snapshot.bagFolder, 'data/site/assets/snapshot-file-notice.js'), 'utf8');
    expect(script).toContain(`location.protocol !== 'file:'`);
    expect(html).toContain('<a href="../index.html">browse the minutes by board and date</a>');
  });
});
