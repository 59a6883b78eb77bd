import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { GitRepo } from '../support/git-repo.ts';
import { atomProblems } from './atom-rules.ts';
import { archiveCopy } from './hostile-archive.ts';

let site: string;
const read = (file: string) => readFileSync(path.join(site, file), 'utf8');

beforeAll(async () => {
  // The archive is published on 10 September 2025; the 8 September minutes are approved on 12 November.
  const root = archiveCopy();
  const repo = GitRepo.init(root);
  repo.commitAll('Publish the archive', '2025-09-10');
  const file = path.join(root, 'content/cyp/2025-09-08.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('status: draft', 'status: approved\napproved_at: 2025-11-10'));
  repo.commitAll('Minutes of 8 September 2025 approved', '2025-11-12');
  const build = await buildSite({ root });
  expect(build.exitCode, build.stderr).toBe(0);
  site = build.out;
});

function entry(feed: string, id: string): string {
  return feed.slice(feed.indexOf(`<id>${id}</id>`)).split('</entry>')[0]!;
}

it('with git history, feeds date minutes by when they were published and last changed', () => {
  const feed = read('feed.xml');
  expect(atomProblems(feed)).toEqual([]);
  const september = entry(feed, 'https://minutes.example.org/cyp/2025-09-08/');
  expect(september).toContain('<published>2025-09-10T00:00:00+01:00</published>');
  expect(september).toContain('<updated>2025-11-12T00:00:00+00:00</updated>');
  // The changed minutes come first; the others were published with the archive.
  expect(feed.indexOf('<id>https://minutes.example.org/cyp/2025-09-08/</id>')).toBeLessThan(
    feed.indexOf('<id>https://minutes.example.org/cyp/2025-11-10/</id>'),
  );
  expect(entry(feed, 'https://minutes.example.org/cyp/2024-07-15/')).toContain(
    '<published>2025-09-10T00:00:00+01:00</published>',
  );
});

it('with git history, calendars stamp each event with its last change', () => {
  expect(read('cyp/meetings.ics')).toMatch(/UID:cyp-2025-09-08@minutes\.example\.org\r\nDTSTAMP:20251112T000000Z\r\n/);
  expect(read('cyp/meetings.ics')).toMatch(/UID:cyp-2024-07-15@minutes\.example\.org\r\nDTSTAMP:20250910T000000Z\r\n/);
});

it('with git history, OParl objects are created and modified when their minutes were', () => {
  const meeting = JSON.parse(read('oparl/meeting/cyp/2025-09-08.json')) as { created: string; modified: string };
  expect(meeting.created).toBe('2025-09-10T00:00:00+01:00');
  expect(meeting.modified).toBe('2025-11-12T00:00:00+00:00');
});

it('with git history, the open data says when minutes were published and changed', () => {
  const meetings = JSON.parse(read('data/meetings.json')) as {
    meetings: Array<{ id: string; published: string; updated: string }>;
  };
  expect(meetings.meetings.find((m) => m.id === 'cyp/2025-09-08')).toMatchObject({
    published: '2025-09-10',
    updated: '2025-11-12',
  });
  expect(JSON.parse(read('cyp/2025-09-08/index.json'))).toMatchObject({
    published: '2025-09-10',
    updated: '2025-11-12',
  });
});
