import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

const TODAY = '2026-11-22';
const MEETING = 'content/cyp/2025-09-08.md';

describe("the archive's content hash", () => {
  it('is the same for the same content, from the cache of parsed meetings too', () => {
    const root = copyOfSampleArchive();
    const cache = mkdtempSync(path.join(tmpdir(), 'minute-book-cache-'));
    const uncached = loadArchive(root, { today: TODAY }).contentHash;
    expect(uncached).toMatch(/^[0-9a-f]{64}$/);
    expect(loadArchive(root, { today: TODAY, cache }).contentHash).toBe(uncached);
    expect(loadArchive(root, { today: TODAY, cache }).contentHash).toBe(uncached);
  });

  it("changes when a meeting's text changes, even where the parsed meeting does not", () => {
    const root = copyOfSampleArchive();
    const before = loadArchive(root, { today: TODAY });
    const file = path.join(root, MEETING);
    // A trailing blank line changes the text as committed, not what the page shows.
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    const after = loadArchive(root, { today: TODAY });
    expect(after.meetings).toEqual(before.meetings);
    expect(after.contentHash).not.toBe(before.contentHash);
  });
});
