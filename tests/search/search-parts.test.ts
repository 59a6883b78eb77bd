import { describe, expect, it } from 'vitest';
import { partsFile, searchParts, PART_PAGE_BUDGET, type SearchPart } from '../../src/search/search-parts.ts';
import { partKey } from '../../src/incremental/index-cache.ts';
import type { Page } from '../../src/pages/page.ts';

/** A meeting page of board `b` on a date, with the search fields the views give it (the municipal year starting in May). */
function meeting(date: string, board = 'b'): Page {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const first = month >= 5 ? year : year - 1;
  const municipalYear = `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
  return {
    kind: 'meeting',
    outputPath: `${board}/${date}/index.html`,
    frame: {
      title: date,
      path: `/${board}/${date}/`,
      breadcrumbs: [],
      alternates: [],
      search: {
        filters: [{ name: 'municipal-year', value: municipalYear }],
        meta: [],
        sort: [{ name: 'date', value: date }],
      },
    },
    view: {},
  };
}

/** `count` meetings in the municipal year that starts in May of `first`, five days apart from 1 June. */
function year(first: number, count: number, board = 'b'): Page[] {
  return Array.from({ length: count }, (_, i) =>
    meeting(new Date(Date.UTC(first, 5, 1 + 5 * i)).toISOString().slice(0, 10), board),
  );
}

const undatedReport: Page = {
  kind: 'report',
  outputPath: 'b/reports/undated/index.html',
  frame: {
    title: 'Undated',
    path: '/b/reports/undated/',
    breadcrumbs: [],
    alternates: [],
    search: { filters: [], meta: [], sort: [] },
  },
  view: {},
};
const notIndexed: Page = {
  kind: 'home',
  outputPath: 'index.html',
  frame: { title: 'Home', path: '/', breadcrumbs: [], alternates: [] },
  view: {},
};

const summary = (parts: SearchPart[]) =>
  parts.map((part) => ({ folder: part.folder, years: part.municipalYears, pages: part.files.length }));

describe('the parts of the search index', () => {
  it('puts the current year on its own and fills parts of closed years, oldest first, up to the budget', () => {
    const pages = [
      ...year(2018, 2),
      ...year(2019, 2),
      ...year(2020, 1),
      ...year(2021, 4),
      ...year(2022, 7),
      ...year(2023, 3),
      ...year(2024, 2),
      undatedReport,
      notIndexed,
    ];
    expect(summary(searchParts(pages, 5))).toEqual([
      { folder: '', years: ['2024/25'], pages: 3 },
      { folder: '2023-24/', years: ['2023/24'], pages: 3 },
      // Bigger than the budget, and still one part: a year is never split.
      { folder: '2022-23/', years: ['2022/23'], pages: 7 },
      // 2021/22 and 2022/23 together would be 11 pages.
      { folder: '2021-22/', years: ['2021/22'], pages: 4 },
      { folder: '2018-19--2020-21/', years: ['2018/19', '2019/20', '2020/21'], pages: 5 },
    ]);
  });

  it('gives each part its pages in code point order and the first and last date, with undated pages in the current year', () => {
    const [current, closed] = searchParts(
      [...year(2024, 2, 'x'), ...year(2023, 1, 'y'), ...year(2022, 2, 'a'), undatedReport],
      10,
    );
    expect(current).toEqual({
      folder: '',
      municipalYears: ['2024/25'],
      current: true,
      from: '2024-06-01',
      to: '2024-06-06',
      files: ['b/reports/undated/index.html', 'x/2024-06-01/index.html', 'x/2024-06-06/index.html'],
    });
    expect(closed).toEqual({
      folder: '2022-23--2023-24/',
      municipalYears: ['2022/23', '2023/24'],
      current: false,
      from: '2022-06-01',
      to: '2023-06-01',
      files: ['a/2022-06-01/index.html', 'a/2022-06-06/index.html', 'y/2023-06-01/index.html'],
    });
  });

  it('names a part by its first and last year when the archive has no minutes for a year between them', () => {
    expect(summary(searchParts([...year(2015, 1), ...year(2017, 1), ...year(2020, 1)], 10))).toEqual([
      { folder: '', years: ['2020/21'], pages: 1 },
      { folder: '2015-16--2017-18/', years: ['2015/16', '2017/18'], pages: 2 },
    ]);
  });

  it("keeps a council's archive in two parts with the default budget", () => {
    const council = Array.from({ length: 18 }, (_, i) => year(2008 + i, 60)).flat();
    expect(summary(searchParts(council))).toEqual([
      { folder: '', years: ['2025/26'], pages: 60 },
      {
        folder: '2008-09--2024-25/',
        years: Array.from({ length: 17 }, (_, i) => `${2008 + i}/${String((i + 9) % 100).padStart(2, '0')}`),
        pages: 1020,
      },
    ]);
    // Pagefind 1.5.2 took 0.68 MB a page for the largest part of 10,000 meetings (docs/performance.md); a part must stay under 1.5 GB.
    expect(PART_PAGE_BUDGET * 0.68).toBeLessThanOrEqual(1500);
  });

  it('gives the same parts whatever order the pages come in', () => {
    const pages = [...year(2019, 3), ...year(2020, 4), ...year(2021, 2), ...year(2022, 5)];
    expect(searchParts([...pages].reverse(), 6)).toEqual(searchParts(pages, 6));
  });

  it('changes at most the newest closed part when a year closes, so older parts keep their folders, pages and cache keys', () => {
    // Years of uneven sizes, some bigger than the budget, closed one after another.
    const sizes = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4];
    const budget = 8;
    const keyOf = (part: SearchPart) =>
      partKey(
        'code',
        part.folder,
        part.files.map((file) => ({ file, content: Buffer.from(file) })),
      );
    let before: SearchPart[] | undefined;
    for (let n = 2; n <= sizes.length; n++) {
      const closed = searchParts(
        sizes.slice(0, n).flatMap((size, i) => year(2000 + i, size)),
        budget,
      ).slice(1);
      for (const part of closed)
        if (part.municipalYears.length > 1) expect(part.files.length, part.folder).toBeLessThanOrEqual(budget);
      if (before) {
        // Every part but the newest is in the new list as it was, newest first.
        const kept = before.slice(1);
        const older = closed.slice(closed.length - kept.length);
        expect(older.map((part) => part.folder)).toEqual(kept.map((part) => part.folder));
        expect(older.map(keyOf)).toEqual(kept.map(keyOf));
        expect(closed.length - kept.length).toBeLessThanOrEqual(2);
      }
      before = closed;
    }
    expect(before!.length).toBeGreaterThan(5);
  });

  it('lists the parts for the browser with their years, dates and pages', () => {
    const parts = searchParts([...year(2021, 2), ...year(2022, 1), undatedReport], 10);
    expect(partsFile(parts)).toEqual({
      parts: [
        { path: '', municipalYears: ['2022/23'], from: '2022-06-01', to: '2022-06-01', pages: 2 },
        { path: '2021-22/', municipalYears: ['2021/22'], from: '2021-06-01', to: '2021-06-06', pages: 2 },
      ],
    });
    expect(partsFile(searchParts([undatedReport]))).toEqual({ parts: [{ path: '', municipalYears: [], pages: 1 }] });
  });
});
