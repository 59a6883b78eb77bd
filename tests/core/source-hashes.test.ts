import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { SourceHashes } from '../../src/incremental/source-hashes.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

const TODAY = '2026-11-22';
const HOUR_MS = 60 * 60 * 1000;

/** Loads as a build would an hour from now, when every file written so far has settled. */
function loadLater(root: string, cache: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + HOUR_MS);
  try {
    return loadArchive(root, { today: TODAY, cache });
  } finally {
    vi.useRealTimers();
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the record of meeting files' hashes by their times", () => {
  it('remembers a file that has settled, and forgets it once anything writes it', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'minute-book-hashes-'));
    const file = path.join(folder, '2025-09-08.md');
    writeFileSync(file, 'the minutes');
    const hashes = new SourceHashes(folder);
    const stat = hashes.stat(file)!;

    // Written just now: a second write in the same tick of the clock would leave its times as they are.
    hashes.keep(file, stat, 'a'.repeat(64));
    hashes.save();
    expect(new SourceHashes(folder).lookup(file, stat)).toBeUndefined();

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + HOUR_MS);
    const later = new SourceHashes(folder);
    later.keep(file, stat, 'a'.repeat(64));
    later.save();
    vi.useRealTimers();
    const next = new SourceHashes(folder);
    expect(next.lookup(file, next.stat(file)!)).toBe('a'.repeat(64));

    // Other text of the same size, its modification time put back: its change time still moves.
    const { atime, mtime } = statSync(file);
    writeFileSync(file, 'THE MINUTES');
    utimesSync(file, atime, mtime);
    expect(next.lookup(file, next.stat(file)!)).toBeUndefined();
  });

  it('sets aside a record edited by hand, whole', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'minute-book-hashes-'));
    const file = path.join(folder, '2025-09-08.md');
    writeFileSync(file, 'the minutes');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + HOUR_MS);
    const hashes = new SourceHashes(folder);
    hashes.keep(file, hashes.stat(file)!, 'a'.repeat(64));
    hashes.save();
    vi.useRealTimers();
    const record = path.join(folder, 'source-hashes.json');
    writeFileSync(record, readFileSync(record, 'utf8').replace('a'.repeat(64), 'b'.repeat(64)));
    const next = new SourceHashes(folder);
    expect(next.lookup(file, next.stat(file)!)).toBeUndefined();
  });

  it('loads a meeting edited since the last build as edited, even with its size and time put back', () => {
    const root = copyOfSampleArchive();
    const cache = mkdtempSync(path.join(tmpdir(), 'minute-book-cache-'));
    const uncached = loadArchive(root, { today: TODAY });
    expect(loadLater(root, cache)).toEqual(uncached);
    // Every file settled and remembered: the next load takes them by their times.
    expect(loadLater(root, cache)).toEqual(uncached);

    const file = path.join(root, 'content/cyp/2025-09-08.md');
    const before = readFileSync(file, 'utf8');
    const { atime, mtime } = statSync(file);
    writeFileSync(file, before.replace('RESOLVED: That the report be noted.', 'RESOLVED: That the report be NOTED.'));
    utimesSync(file, atime, mtime);
    const decisions = (archive: ReturnType<typeof loadArchive>) =>
      archive.meetings.find((m) => m.key === 'cyp/2025-09-08')!.items.flatMap((i) => i.decisions.map((d) => d.text));
    expect(decisions(loadLater(root, cache))).toContain('That the report be NOTED.');
    expect(loadLater(root, cache)).toEqual(loadArchive(root, { today: TODAY }));
  });
});
