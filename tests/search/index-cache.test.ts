import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSite, runScript } from '../support/build-site.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

const emptyCache = () => mkdtempSync(path.join(tmpdir(), 'minute-book-search-cache-'));

/** The words Pagefind indexed for one part, from its fragments. */
function indexedText(site: string, part: string): string {
  const folder = path.join(site, 'pagefind', part, 'fragment');
  return readdirSync(folder)
    .map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(path.join(folder, name)))
            .subarray(12)
            .toString(),
        ).content,
    )
    .join('\n');
}

describe("the cache of closed years' search indexes", () => {
  it('gives the same site, byte for byte, whether it was empty or full, and the current year is indexed every time', async () => {
    const cache = emptyCache();
    const cold = await buildSite({ env: { MINUTE_BOOK_SEARCH_CACHE: cache } });
    expect(cold.exitCode, cold.stderr).toBe(0);
    // The sample's meetings, report, people and its two papers' text pages.
    expect(cold.stdout).toContain('Indexed 24 pages for search in 2 parts (');
    // The closed municipal year 2024/25 is kept; the current one never is.
    expect(readdirSync(cache)).toHaveLength(1);

    const warm = await buildSite({ env: { MINUTE_BOOK_SEARCH_CACHE: cache } });
    expect(warm.exitCode, warm.stderr).toBe(0);
    expect(warm.stdout).toContain(
      'Indexed 24 pages for search in 2 parts, 1 of them unchanged and taken from the cache (',
    );
    const names = files(cold.out);
    expect(files(warm.out)).toEqual(names);
    for (const name of names)
      expect(readFileSync(path.join(warm.out, name)).equals(readFileSync(path.join(cold.out, name))), name).toBe(true);
  });

  it('indexes a closed year again when one of its meetings changed, and finds the new words', async () => {
    const cache = emptyCache();
    const root = copyOfSampleArchive();
    expect((await buildSite({ root, env: { MINUTE_BOOK_SEARCH_CACHE: cache } })).exitCode).toBe(0);
    const meeting = path.join(root, 'content/cyp/2024-07-15.md');
    writeFileSync(
      meeting,
      readFileSync(meeting, 'utf8').replace('The Mockingbird Programme', 'The Nightingale Programme'),
    );

    const changed = await buildSite({ root, env: { MINUTE_BOOK_SEARCH_CACHE: cache } });
    expect(changed.exitCode, changed.stderr).toBe(0);
    expect(changed.stdout).toContain('Indexed 24 pages for search in 2 parts (');
    expect(indexedText(changed.out, '2024-25')).toContain('Nightingale Programme');
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('is taken from --search-cache before the environment', async () => {
    const flagged = emptyCache();
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-site-')), '_site');
    const built = await runScript('build', ['--out', out, '--search-cache', flagged], {
      env: { MINUTE_BOOK_SEARCH_CACHE: emptyCache() },
    });
    expect(built.exitCode, built.stderr).toBe(0);
    expect(readdirSync(flagged)).toHaveLength(1);
  });
});
