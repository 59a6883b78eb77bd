import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed as readWithFeedReader } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { FEED_LIMIT, atomFeed } from '../../src/outputs/atom-feed.ts';
import { OutputContext } from '../../src/outputs/output-context.ts';
import { projectRoot } from '../../src/paths.ts';
import { ViewContext } from '../../src/pages/page.ts';
import { Urls } from '../../src/pages/urls.ts';
import { buildSite } from '../support/build-site.ts';
import { atomProblems, parseFeed } from './atom-rules.ts';
import { archiveCopy, hostileArchive } from './hostile-archive.ts';

let site: string;
let prefixed: string;
let hostile: string;
const read = (folder: string, file: string) => readFileSync(path.join(folder, file), 'utf8');

beforeAll(async () => {
  const [plain, underPrefix, withHostile] = await Promise.all([
    buildSite({ root: archiveCopy() }),
    buildSite({ root: archiveCopy(), pathPrefix: '/minutes/' }),
    buildSite({ root: hostileArchive() }),
  ]);
  for (const build of [plain, underPrefix, withHostile]) expect(build.exitCode, build.stderr).toBe(0);
  site = plain.out;
  prefixed = underPrefix.out;
  hostile = withHostile.out;
});

describe('Atom feeds', () => {
  it('the archive feed and the board feed are valid Atom 1.0', () => {
    for (const file of ['feed.xml', 'cyp/feed.xml']) expect(atomProblems(read(site, file)), file).toEqual([]);
  });

  it('a feed reader library reads them as Atom 1.0, with each meeting as an item', () => {
    const feed = readWithFeedReader(read(site, 'cyp/feed.xml'));
    expect(feed.meta).toEqual({ type: 'atom', version: '1.0' });
    expect(feed.title).toBe('Minutes of the Children, Young People and Families Policy and Performance Board');
    expect(feed.self).toBe('https://minutes.example.org/cyp/feed.xml');
    expect(feed.url).toBe('https://minutes.example.org/cyp/');
    expect(feed.language).toBe('en-GB');
    const september = feed.items.find((item) => item.id === 'https://minutes.example.org/cyp/2025-09-08/')!;
    expect(september.url).toBe('https://minutes.example.org/cyp/2025-09-08/');
    expect(september.published?.toISOString()).toBe('2025-09-07T23:00:00.000Z');
    expect(september.categories.map((c) => c.term)).toContain('draft');
    expect(september.content).toContain('Annual Report of the Local Authority Designated Officer (LADO)');
  });

  it('the rules catch a broken feed, so a passing check means something', () => {
    const feed = read(site, 'feed.xml');
    expect(atomProblems(feed.replace(/<updated>[^<]*<\/updated>/, ''))).toContain(
      'the feed must have exactly one <updated> (has 0)',
    );
    expect(
      atomProblems(feed.replace('<id>https://minutes.example.org/cyp/2025-09-08/</id>', '<id>cyp</id>'))[0],
    ).toMatch(/not an absolute IRI/);
    expect(atomProblems(feed.replace('</feed>', '<entry>')).length).toBeGreaterThan(0);
  });

  it('lists every meeting newest first, each with its absolute address as a stable id', () => {
    const entries = parseFeed(read(site, 'cyp/feed.xml')).feed as {
      entry: Array<{ id: string; title: string; updated: string }>;
    };
    expect(entries.entry.map((e) => e.id)).toEqual([
      'https://minutes.example.org/cyp/2025-11-10/',
      'https://minutes.example.org/cyp/2025-09-08/',
      'https://minutes.example.org/cyp/2025-01-20/',
      'https://minutes.example.org/cyp/2024-07-15/',
    ]);
    expect(entries.entry[1]!.title).toBe(
      'Children, Young People and Families PPB, Monday 8 September 2025 (draft minutes)',
    );
  });

  it('dates entries from the content: the meeting, or the meeting that approved the minutes', () => {
    const feed = read(site, 'feed.xml');
    expect(feed).toContain('<updated>2025-09-08T00:00:00+01:00</updated>');
    // 20 January 2025 was approved on 9 June 2025 (BST).
    const january = feed.slice(feed.indexOf('<id>https://minutes.example.org/cyp/2025-01-20/</id>'));
    expect(january).toMatch(
      /^[\s\S]*?<published>2025-01-20T00:00:00\+00:00<\/published>\s*<updated>2025-06-09T00:00:00\+01:00<\/updated>/,
    );
    expect(feed).toMatch(
      /<feed[^>]*>\s*<id>https:\/\/minutes\.example\.org\/feed\.xml<\/id>[\s\S]*?<updated>2025-11-10T00:00:00\+00:00<\/updated>/,
    );
  });

  it("shows each meeting's items and decisions, linked to their anchors", () => {
    const entry = (parseFeed(read(site, 'feed.xml')).feed as { entry: Array<{ content: { '#text': string } }> })
      .entry[1]!;
    expect(entry.content['#text']).toContain(
      '<a href="https://minutes.example.org/cyp/2025-09-08/#item-17">17 Annual Report of the Local Authority Designated Officer (LADO)</a>',
    );
  });

  it('links absolutely, with the path prefix, and pages announce the feeds with prefixed links', () => {
    const feed = read(prefixed, 'cyp/feed.xml');
    expect(feed).toContain(
      '<link rel="self" type="application/atom+xml" href="https://minutes.example.org/minutes/cyp/feed.xml"/>',
    );
    expect(feed).toContain('<id>https://minutes.example.org/minutes/cyp/2025-09-08/</id>');
    const meetingPage = read(prefixed, 'cyp/2025-09-08/index.html');
    expect(meetingPage).toContain(
      '<link rel="alternate" type="application/atom+xml" title="New minutes of Halton Borough Council" href="/minutes/feed.xml">',
    );
    expect(meetingPage).toContain('href="/minutes/cyp/feed.xml"');
    expect(meetingPage).toContain('href="/minutes/cyp/meetings.ics"');
  });

  it("announces the archive feed on every page and a board's feed only inside that board", () => {
    const home = read(site, 'index.html');
    expect(home).toContain(
      'type="application/atom+xml" title="New minutes of Halton Borough Council" href="/feed.xml"',
    );
    expect(home).toContain(
      'type="text/calendar" title="Meetings of Halton Borough Council (calendar)" href="/meetings.ics"',
    );
    expect(home).not.toContain('href="/cyp/feed.xml"');
    expect(read(site, 'cyp/index.html')).toContain('href="/cyp/feed.xml"');
  });

  it('escapes what comes from the content, so hostile text stays text', () => {
    const feed = read(hostile, 'feed.xml');
    expect(atomProblems(feed)).toEqual([]);
    const entry = (parseFeed(feed).feed as { entry: Array<{ content: { '#text': string }; summary: string }> })
      .entry[0]!;
    // The HTML inside <content> is itself escaped: the script is text in it.
    expect(entry.content['#text']).toContain(
      'Budget &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;cuts&quot;, 2026',
    );
    expect(entry.content['#text']).not.toContain('<script>');
  });
});

describe('a long archive', () => {
  it('keeps the feed to the newest meetings', () => {
    const archive = loadArchive(projectRoot);
    const template = archive.meetings[0]!;
    archive.meetings = Array.from({ length: FEED_LIMIT + 10 }, (_, i) => {
      const date = new Date(Date.UTC(2020, 0, 6 + 7 * i)).toISOString().slice(0, 10);
      return { ...template, key: `cyp/${date}`, slug: date, date, status: 'draft' as const };
    });
    const feed = atomFeed(new OutputContext(new ViewContext(archive, new Urls('/'))));
    expect(atomProblems(feed)).toEqual([]);
    const ids = [...feed.matchAll(/<entry>\n<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(FEED_LIMIT);
    expect(ids[0]).toBe(`https://minutes.example.org/${archive.meetings.at(-1)!.key}/`);
    expect(ids).not.toContain(`https://minutes.example.org/${archive.meetings[0]!.key}/`);
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every HTML page by absolute address, and nothing else', () => {
    const sitemap = read(site, 'sitemap.xml');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls).toContain('https://minutes.example.org/');
    expect(urls).toContain('https://minutes.example.org/cyp/');
    expect(urls).toContain('https://minutes.example.org/cyp/2025-09-08/');
    expect(urls).toContain('https://minutes.example.org/cyp/reports/annual-report-2024-25/');
    expect(urls.filter((u) => !u!.endsWith('/'))).toEqual([]);
    expect(urls).not.toContain('https://minutes.example.org/404.html');
  });

  it('robots.txt points to the sitemap', () => {
    expect(read(site, 'robots.txt')).toContain('Sitemap: https://minutes.example.org/sitemap.xml\n');
    expect(read(prefixed, 'robots.txt')).toContain('Sitemap: https://minutes.example.org/minutes/sitemap.xml\n');
  });
});
