import { describe, expect, it } from 'vitest';
import { changedPages } from '../../src/build/changed-pages.ts';
import type { Page } from '../../src/pages/page.ts';

const page = (outputPath: string, inputKey?: string): Page => ({
  kind: 'meeting',
  outputPath,
  frame: { title: outputPath, path: `/${outputPath}`, breadcrumbs: [], alternates: [] },
  view: {},
  ...(inputKey ? { inputKey } : {}),
});
describe('pages over a previous site', () => {
  it('renders no page made from the same inputs, and offers it to the search index by its key alone', () => {
    const pages = [
      page('current/index.html', 'k-current'),
      page('changed/index.html', 'k-changed-now'),
      page('report/index.html'),
      page('board/index.html'),
    ];
    const rendered: string[] = [];
    const offered: Array<[string, boolean]> = [];
    const changed = changedPages(pages, {
      // The previous site made the keyed pages from the same inputs, but for the changed one, and holds every page's bytes as they are now.
      site: { sameInputs: (sitePath) => sitePath !== 'changed/index.html', unchanged: () => true },
      // The index reads a page offered by its key alone back from the previous site when its part is indexed (search-index.ts).
      index: { offer: (p, h) => void offered.push([p.outputPath, h !== undefined]) },
      render: (p) => {
        rendered.push(p.outputPath);
        return `<p>${p.outputPath}</p>`;
      },
    });
    expect(changed).toEqual([]);
    // Rendered: the page whose inputs changed, and those without keys (a report, a board's list), to compare their bytes.
    expect(rendered.sort()).toEqual(['board/index.html', 'changed/index.html', 'report/index.html']);
    expect(offered.sort()).toEqual([
      ['board/index.html', true],
      ['changed/index.html', true],
      ['current/index.html', false],
      ['report/index.html', true],
    ]);
  });

  it('hands Eleventy the pages whose HTML changed, rendering every page when nothing is kept by its key', () => {
    const pages = [page('a/index.html', 'k-a'), page('b/index.html')];
    const rendered: string[] = [];
    const told: Array<[string, string]> = [];
    const changed = changedPages(pages, {
      site: { sameInputs: () => false, unchanged: (sitePath) => sitePath === 'b/index.html' },
      index: { offer: () => {} },
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
