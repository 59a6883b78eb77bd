import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encode, decode } from 'cborg';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { readPage, textOf } from '../support/html.ts';
import { stableBundle, type BundleFile } from '../../src/search/stable-index.ts';

let site: string;
/** The people's pages of the sample archive, which the index holds so that a name finds its person. */
let PEOPLE: string[];

beforeAll(async () => {
  const built = await buildSite();
  expect(built.exitCode, built.stderr).toBe(0);
  site = built.out;
  PEOPLE = readdirSync(path.join(site, 'people'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `/people/${e.name}/`);
  expect(PEOPLE).toHaveLength(17);
});

function htmlPages(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => '/' + path.relative(folder, path.join(entry.parentPath, entry.name)).replace(/index\.html$/, ''));
}

/** The pages of one part of the index (a folder with its own entry file), as Pagefind's fragments describe them. */
function fragmentsOf(part: string): Array<Record<string, any>> {
  const folder = path.join(site, 'pagefind', part, 'fragment');
  return readdirSync(folder).map((name) =>
    JSON.parse(
      gunzipSync(readFileSync(path.join(folder, name)))
        .subarray(12)
        .toString(),
    ),
  );
}

const pageCount = (part: string) => {
  const entry = JSON.parse(readFileSync(path.join(site, 'pagefind', part, 'pagefind-entry.json'), 'utf8'));
  return Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
};

describe('the search index written by the build', () => {
  it("holds the four meetings, the two papers' texts, the report and the 17 people's pages, and none of the other pages", () => {
    expect(pageCount('') + pageCount('2024-25')).toBe(7 + PEOPLE.length);
    const urls = [...fragmentsOf(''), ...fragmentsOf('2024-25')].map((f) => f.url).sort();
    expect(urls).toEqual(
      [
        '/cyp/2024-07-15/',
        '/cyp/2024-07-15/papers/signed-minutes-pdf/',
        '/cyp/2025-01-20/',
        '/cyp/2025-09-08/',
        '/cyp/2025-09-08/papers/agenda-and-minutes-pdf/',
        '/cyp/2025-11-10/',
        '/cyp/reports/annual-report-2024-25/',
        ...PEOPLE,
      ].sort(),
    );
  });

  it("indexes a person's name, title and roles, not their attendance or declarations", () => {
    const logan = fragmentsOf('').find((f) => f.url === '/people/geoffrey-logan/')!;
    expect(logan.meta.title).toBe('Councillor Geoffrey Logan');
    expect(logan.content).toContain('Chair, Children, Young People and Families Policy and Performance Board');
    expect(logan.content).not.toContain('Meetings attended or recorded');
    expect(logan.filters).toEqual({ type: ['person'] });
  });

  it("is in two parts, the current year at the top with Pagefind's script and the closed year in its own folder, both listed in parts.json", () => {
    // People's pages have no municipal year, so they go with the current one.
    expect(
      fragmentsOf('')
        .map((f) => f.url)
        .sort(),
    ).toEqual(
      ['/cyp/2025-09-08/', '/cyp/2025-09-08/papers/agenda-and-minutes-pdf/', '/cyp/2025-11-10/', ...PEOPLE].sort(),
    );
    expect(
      fragmentsOf('2024-25')
        .map((f) => f.url)
        .sort(),
    ).toEqual([
      '/cyp/2024-07-15/',
      '/cyp/2024-07-15/papers/signed-minutes-pdf/',
      '/cyp/2025-01-20/',
      '/cyp/reports/annual-report-2024-25/',
    ]);
    expect(readdirSync(path.join(site, 'pagefind'))).toEqual(
      expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'wasm.en-gb.pagefind']),
    );
    // The browser loads the script and WebAssembly once, so the closed years do not carry them.
    expect(readdirSync(path.join(site, 'pagefind/2024-25')).filter((name) => /\.js$|^wasm/.test(name))).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(site, 'pagefind/parts.json'), 'utf8'))).toEqual({
      parts: [
        { path: '', municipalYears: ['2025/26'], from: '2025-09-08', to: '2025-11-10', pages: 3 + PEOPLE.length },
        { path: '2024-25/', municipalYears: ['2024/25'], from: '2024-07-15', to: '2025-01-20', pages: 4 },
      ],
    });
  });

  it('indexes the text of the minutes, not the attendance, contents, facts or navigation', () => {
    const fragments = [...fragmentsOf(''), ...fragmentsOf('2024-25')];
    const meeting = fragments.find((f) => f.url === '/cyp/2025-09-08/')!;
    expect(meeting.content).toContain('permanent exclusions');
    expect(meeting.content).toContain('declared an Other Disclosable Interest');
    for (const boilerplate of [
      'Attendance',
      'Skip to main content',
      'Boards and committees',
      'Civic Suite',
      'Draft minutes.',
      'Where this text came from',
      'Next meeting',
    ]) {
      expect(meeting.content, boilerplate).not.toContain(boilerplate);
    }
    expect(meeting.filters).toEqual({
      board: ['cyp'],
      year: ['2025'],
      'municipal-year': ['2025/26'],
      type: ['minutes'],
      status: ['draft'],
    });
    expect(meeting.meta).toMatchObject({
      board: 'Children, Young People and Families Policy and Performance Board',
      date: '8 September 2025',
      'iso-date': '2025-09-08',
      type: 'Minutes',
      status: 'Draft',
    });
    const report = fragments.find((f) => f.url === '/cyp/reports/annual-report-2024-25/')!;
    expect(report.filters).toEqual({ board: ['cyp'], 'municipal-year': ['2024/25'], type: ['report'] });
    expect(report.content).toContain('Mockingbird');
  });

  it("indexes a paper's text as a Paper of its meeting, without the facts about its file", () => {
    const fragments = fragmentsOf('2024-25');
    const paper = fragments.find((f) => f.url === '/cyp/2024-07-15/papers/signed-minutes-pdf/')!;
    expect(paper.content).toContain('Working well in partnership');
    for (const boilerplate of ['Download the PDF', 'Paper of', 'This is the text of the paper'])
      expect(paper.content, boilerplate).not.toContain(boilerplate);
    expect(paper.filters).toEqual({
      board: ['cyp'],
      year: ['2024'],
      'municipal-year': ['2024/25'],
      type: ['paper'],
      status: ['approved'],
    });
    expect(paper.meta).toMatchObject({ type: 'Paper', under: 'meeting of 15 July 2024', date: '15 July 2024' });
  });

  it("leaves out Pagefind's ready-made interfaces, which the site does not use", () => {
    const names = readdirSync(path.join(site, 'pagefind'));
    expect(names).toContain('pagefind.js');
    expect(names.filter((name) => /ui|highlight/.test(name))).toEqual([]);
  });
});

describe('pages and scripts', () => {
  it('loads JavaScript on the search page only, from a file', () => {
    const withScripts = htmlPages(site).filter((page) => readPage(site, page).querySelector('script'));
    expect(withScripts).toEqual(['/search/']);
    const script = readPage(site, '/search/').querySelector('script');
    expect(script?.getAttribute('src')).toBe('/assets/search.js');
    expect(textOf(script)).toBe('');
  });

  it("puts a labelled search box leading to /search/ in every page's header", () => {
    for (const page of htmlPages(site)) {
      const form = readPage(site, page).querySelector('header form[role="search"]');
      expect(form?.getAttribute('action'), page).toBe('/search/');
      expect(form?.getAttribute('method'), page).toBe('get');
      const input = form?.querySelector('input[name="q"]');
      expect(textOf(form?.querySelector(`label[for="${input?.id}"]`)), page).toBe('Search the minutes');
    }
  });

  it('offers every filter value the archive has, and the orders', () => {
    const page = readPage(site, '/search/');
    const options = (name: string) => [...page.querySelectorAll(`select[name="${name}"] option`)].map(textOf);
    expect(options('board')).toEqual([
      'All boards',
      'Children, Young People and Families Policy and Performance Board',
    ]);
    expect(options('year')).toEqual(['All years', '2025', '2024']);
    expect(options('municipal-year')).toEqual(['All', '2025/26', '2024/25']);
    expect(options('type')).toEqual(['All', 'Minutes', 'Reports', 'Papers', 'People']);
    expect(options('status')).toEqual(['All', 'Approved', 'Draft']);
    expect(options('sort')).toEqual(['Best match', 'Newest first', 'Oldest first']);
  });
});

describe('a stable bundle', () => {
  const signature = Buffer.from('pagefind_dcd');
  const pack = (value: unknown) => gzipSync(Buffer.concat([signature, encode(value)]));
  const unpack = (content: Uint8Array) => decode(gunzipSync(content).subarray(12));
  function bundle(yearValues: Array<[string, number[]]>, filterOrder: Array<[string, string]>): BundleFile[] {
    return [
      { path: 'filter/en_aaaaaaa.pf_filter', content: pack(['year', yearValues]) },
      { path: 'filter/en_bbbbbbb.pf_filter', content: pack(['type', [['minutes', [0, 1]]]]) },
      { path: 'pagefind.en_ccccccccccccc.pf_meta', content: pack(['1.5.2', [], [], filterOrder, [], []]) },
      {
        path: 'pagefind-entry.json',
        content: Buffer.from(
          JSON.stringify({
            version: '1.5.2',
            languages: { en: { hash: 'en_ccccccccccccc', wasm: 'en', page_count: 2 } },
          }),
        ),
      },
    ];
  }

  it('is the same whatever order Pagefind wrote the filter values and filters in, and its names still match', () => {
    const first = stableBundle(
      bundle(
        [
          ['2024', [0]],
          ['2025', [1]],
        ],
        [
          ['year', 'en_aaaaaaa'],
          ['type', 'en_bbbbbbb'],
        ],
      ),
    );
    const second = stableBundle(
      bundle(
        [
          ['2025', [1]],
          ['2024', [0]],
        ],
        [
          ['type', 'en_bbbbbbb'],
          ['year', 'en_aaaaaaa'],
        ],
      ),
    );
    expect(second).toEqual(first);
    const meta = first.find((f) => f.path.endsWith('.pf_meta'))!;
    const entry = JSON.parse(Buffer.from(first.find((f) => f.path === 'pagefind-entry.json')!.content).toString());
    expect(meta.path).toBe(`pagefind.${entry.languages.en.hash}.pf_meta`);
    const filters = (unpack(meta.content) as unknown[])[3] as Array<[string, string]>;
    expect(filters.map(([name]) => name)).toEqual(['type', 'year']);
    for (const [name, hash] of filters)
      expect((unpack(first.find((f) => f.path === `filter/${hash}.pf_filter`)!.content) as unknown[])[0]).toBe(name);
    expect(unpack(first.find((f) => f.path === `filter/${filters[1]![1]}.pf_filter`)!.content)).toEqual([
      'year',
      [
        ['2024', [0]],
        ['2025', [1]],
      ],
    ]);
  });
});
