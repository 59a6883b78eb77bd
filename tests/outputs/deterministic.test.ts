import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';

function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

it("two builds of the same archive are identical byte for byte, whatever the machine's time zone and however many runs of Eleventy write the pages", async () => {
  const [first, second] = await Promise.all([
    buildSite({ env: { TZ: 'Europe/London', MINUTE_BOOK_PROGRESS: '1' } }),
    buildSite({ env: { TZ: 'Pacific/Auckland', MINUTE_BOOK_PROGRESS: '1' }, hooks: { pagesPerRun: 2 } }),
  ]);
  expect(first.exitCode, first.stderr).toBe(0);
  expect(second.exitCode, second.stderr).toBe(0);
  // The build's progress tells of each run of Eleventy after the first.
  expect(first.stderr.match(/Wrote \d+ of \d+ pages/g)).toBeNull();
  expect(second.stderr.match(/Wrote \d+ of \d+ pages/g)!.length).toBeGreaterThan(10);
  const names = files(first.out);
  expect(files(second.out)).toEqual(names);
  for (const name of ['feed.xml', 'cyp/feed.xml', 'meetings.ics', 'cyp/meetings.ics', 'sitemap.xml', 'robots.txt'])
    expect(names).toContain(name);
  for (const name of names) {
    expect(readFileSync(path.join(second.out, name)).equals(readFileSync(path.join(first.out, name))), name).toBe(true);
  }
});
