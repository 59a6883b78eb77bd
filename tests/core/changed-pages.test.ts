import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedPages } from '../../src/build/changed-pages.ts';
import { IndexCache, partKey } from '../../src/incremental/index-cache.ts';
import { codeVersion } from '../../src/incremental/code-version.ts';
import type { SearchPart } from '../../src/search/search-parts.ts';
import type { Page } from '../../src/pages/page.ts';

const page = (outputPath: string, inputKey?: string): Page => ({
  kind: 'meeting',
  outputPath,
  frame: { title: outputPath, path: `/${outputPath}`, breadcrumbs: [], alternates: [] },
  view: {},
  ...(inputKey ? { inputKey } : {}),
});
const part = (folder: string, current: boolean, files: string[]): SearchPart => ({
  folder,
  current,
  municipalYears: [],
  files,
});

describe('pages over a previous site', () => {
  it('renders a page made from the same inputs only when the search index needs its HTML', () => {
    const pages = [
      page('current/index.html', 'k-current'),
      page('cached/index.html', 'k-cached'),
      page('cached-report/index.html'),
      page('uncached/index.html', 'k-uncached'),
      page('board/index.html'),
      page('elsewhere/index.html', 'k-elsewhere'),
    ];
    const parts = [
      part('', true, ['current/index.html']),
      part('2010-11/', false, ['cached-report/index.html', 'cached/index.html']),
      part('2011-12/', false, ['uncached/index.html']),
    ];
    const html = (p: Page) => `<p>${p.outputPath}</p>`;
    // The cache holds the closed part of 2010-11 as its pages make it now: one by its input key, one (a report, keyless) by its bytes.
    const cache = mkdtempSync(path.join(tmpdir(), 'minute-book-changed-'));
    new IndexCache(cache).store(
      partKey(codeVersion(), '2010-11/', [
        { file: 'cached-report/index.html', content: Buffer.from(html(pages[2]!)) },
        { file: 'cached/index.html', inputKey: 'k-cached' },
      ]),
      [{ path: 'pagefind-entry.json', content: Buffer.from('{}') }],
    );

    const rendered: string[] = [];
    const offered: Array<[string, boolean]> = [];
    const changed = changedPages(pages, {
      // The previous site made every keyed page from the same inputs, and holds every page as it is now.
      site: { sameInputs: () => true, unchanged: () => true },
      index: { parts, offer: (p, h) => void offered.push([p.outputPath, h !== undefined]) },
      render: (p) => {
        rendered.push(p.outputPath);
        return html(p);
      },
      searchCache: cache,
    });
    expect(changed).toEqual([]);
    // Not rendered: the cached part's meeting, and a keyed page no part holds. The report is rendered once, to find its part cached.
    expect(rendered.sort()).toEqual([
      'board/index.html',
      'cached-report/index.html',
      'current/index.html',
      'uncached/index.html',
    ]);
    // The cached part's meeting is offered by its key alone; every rendered page is offered with its HTML (the index ignores those no part holds).
    expect(offered.sort()).toEqual([
      ['board/index.html', true],
      ['cached-report/index.html', true],
      ['cached/index.html', false],
      ['current/index.html', true],
      ['uncached/index.html', true],
    ]);
  });

  it('hands Eleventy the pages whose HTML changed, rendering every page when nothing is kept by its key', () => {
    const pages = [page('a/index.html', 'k-a'), page('b/index.html')];
    const rendered: string[] = [];
    const told: Array<[string, string]> = [];
    const changed = changedPages(pages, {
      site: { sameInputs: () => false, unchanged: (sitePath) => sitePath === 'b/index.html' },
      index: { parts: [], offer: () => {} },
      render: (p) => {
        rendered.push(p.outputPath);
        return `<p>${p.outputPath}</p>`;
      },
      onChanged: (p, html) => void told.push([p.outputPath, html]),
    });
    expect(changed.map((p) => p.outputPath)).toEqual(['a/index.html']);
    expect(rendered).toEqual(['a/index.html', 'b/index.html']);
    // The changed page's HTML goes with it, so that Eleventy writes it without rendering it again.
    expect(told).toEqual([['a/index.html', '<p>a/index.html</p>']]);
  });
});
