import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { buildSite } from '../support/build-site.ts';
import { GitRepo } from '../support/git-repo.ts';
import { readPage, textOf } from '../support/html.ts';
import { loadArchive } from '../../src/load/archive.ts';

const JULY = 'content/cyp/2024-07-15.md';

/** The sample archive committed on 10 September 2025, with the minutes of 15 July 2024 saying they were first published on 22 July 2024. */
function importedArchive(published: string): string {
  const root = copyOfSampleArchive();
  const file = path.join(root, JULY);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('status: approved\n', `status: approved\npublished: ${published}\n`),
  );
  GitRepo.init(root).commitAll("Import the minutes from the council's website", '2025-09-10');
  return root;
}

describe("published: in a meeting's front matter", () => {
  let site: string;
  beforeAll(async () => {
    const result = await buildSite({ root: importedArchive('2024-07-22') });
    expect(result.exitCode, result.stderr).toBe(0);
    site = result.out;
  });

  it('wins over git\'s first commit for "First published"', () => {
    const page = readPage(site, '/cyp/2024-07-15/');
    const facts = Object.fromEntries(
      [...page.querySelectorAll('.history dt')].map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]),
    );
    expect(facts['First published']).toBe('22 July 2024');
    expect(page.querySelector('.history time')?.getAttribute('datetime')).toBe('2024-07-22');
    // A meeting without it keeps git's date.
    const september = readPage(site, '/cyp/2025-09-08/');
    expect(textOf(september.querySelector('.history dd'))).toBe('10 September 2025');
  });

  it('is the date the feed and the open data give', () => {
    const feed = readFileSync(path.join(site, 'cyp/feed.xml'), 'utf8');
    const entry = feed.split('<entry>').find((e) => e.includes('2024-07-15'))!;
    expect(entry).toMatch(/<published>2024-07-22T00:00:00\+01:00<\/published>/);
    const record = JSON.parse(readFileSync(path.join(site, 'cyp/2024-07-15/index.json'), 'utf8')) as {
      published?: string;
    };
    expect(record.published).toBe('2024-07-22');
  });

  it('is refused before the meeting itself, at its line', () => {
    const root = importedArchive('2024-07-01');
    const problem = loadArchive(root).diagnostics.find((d) => d.code === 'published-before-meeting');
    expect(problem).toMatchObject({ file: JULY, line: 6, column: 12, severity: 'error' });
  });
});
