import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { readPackedEntries } from '../../src/incremental/packed-entries.ts';
import { copyOfSampleArchive, meetingFile } from '../support/archive-copy.ts';

const TODAY = '2026-11-22';

function cacheFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'minute-book-cache-'));
}

/** The files the cache packs its entries into. */
function packs(cache: string): string[] {
  return readdirSync(cache)
    .filter((name) => name.endsWith('.pack'))
    .map((name) => path.join(cache, name));
}

/** Every entry the cache holds, by address. */
function entries(cache: string): string[] {
  return packs(cache).flatMap((file) => [...readPackedEntries(file).entries.keys()]);
}

// A meeting that names someone nobody knows, and one too broken to read: both must keep their diagnostics.
const unusual = {
  'content/cyp/2025-12-08.md': meetingFile(
    'date: 2025-12-08\nstatus: draft\nvenu: Civic Suite\nattendance:\n  present: [Councillor Ann Nobody]',
  ),
  'content/cyp/2025-12-09.md': '---\ndate: [2025-12-09\nstatus: draft\n---\n\n## 1. Minutes\n',
};

describe('the cache of parsed meetings', () => {
  it('gives the same archive, diagnostics and all, from a cold and a warm cache as without one', () => {
    const root = copyOfSampleArchive(unusual);
    const cache = cacheFolder();
    const uncached = loadArchive(root, { today: TODAY });
    const cold = loadArchive(root, { today: TODAY, cache });
    expect(entries(cache)).toHaveLength(uncached.meetings.length);
    const warm = loadArchive(root, { today: TODAY, cache });
    expect(cold).toEqual(uncached);
    expect(warm).toEqual(uncached);
    expect(warm.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual(
      expect.arrayContaining([
        'content/cyp/2025-12-08.md:4 field-unknown',
        'content/cyp/2025-12-08.md:6 person-unknown',
        expect.stringMatching(/^content\/cyp\/2025-12-09\.md:\d+ /),
      ]),
    );
  });

  it('keeps where a meeting says it was approved, so minutes approved years late are refused from a warm cache too', () => {
    const root = copyOfSampleArchive({
      'content/cyp/2023-01-09.md': meetingFile('date: 2023-01-09\nstatus: approved\napproved_at: 2099-01-01'),
    });
    const cache = cacheFolder();
    const late = (archive: ReturnType<typeof loadArchive>) =>
      archive.diagnostics.filter((d) => d.code === 'approval-too-late').map((d) => `${d.file}:${d.line}`);
    expect(late(loadArchive(root, { today: TODAY, cache }))).toEqual(['content/cyp/2023-01-09.md:4']);
    expect(late(loadArchive(root, { today: TODAY, cache }))).toEqual(['content/cyp/2023-01-09.md:4']);
  });

  it('parses a changed file again, and only that one', () => {
    const root = copyOfSampleArchive();
    const cache = cacheFolder();
    loadArchive(root, { today: TODAY, cache });
    const before = entries(cache);
    const file = path.join(root, 'content/cyp/2025-09-08.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'RESOLVED: That the report be noted.',
        'RESOLVED: That the report be noted with thanks.',
      ),
    );
    const archive = loadArchive(root, { today: TODAY, cache });
    // One entry made for the changed file, and the one it had before let go of: no other was parsed again.
    const after = entries(cache);
    expect(after.filter((address) => !before.includes(address))).toHaveLength(1);
    expect(before.filter((address) => !after.includes(address))).toHaveLength(1);
    const decisions = archive.meetings
      .find((m) => m.key === 'cyp/2025-09-08')!
      .items.flatMap((i) => i.decisions.map((d) => d.text));
    expect(decisions).toContain('That the report be noted with thanks.');
  });

  it('matches names again when the people data changes, so no meeting keeps a stale person', () => {
    const root = copyOfSampleArchive(unusual);
    const cache = cacheFolder();
    const first = loadArchive(root, { today: TODAY, cache });
    expect(first.meetings.find((m) => m.key === 'cyp/2025-12-08')!.attendance.present[0]!.personId).toBeUndefined();
    const people = path.join(root, '_data/people.yaml');
    writeFileSync(people, `${readFileSync(people, 'utf8')}\n- id: ann-nobody\n  name: Councillor Ann Nobody\n`);
    const second = loadArchive(root, { today: TODAY, cache });
    expect(second.meetings.find((m) => m.key === 'cyp/2025-12-08')!.attendance.present[0]!.personId).toBe('ann-nobody');
    expect(
      second.diagnostics.filter((d) => d.code === 'person-unknown' && d.file === 'content/cyp/2025-12-08.md'),
    ).toEqual([]);
  });

  it('reads a damaged entry as missing and parses the file again', () => {
    const root = copyOfSampleArchive();
    const cache = cacheFolder();
    const uncached = loadArchive(root, { today: TODAY });
    loadArchive(root, { today: TODAY, cache });
    for (const file of packs(cache)) {
      const bytes = readFileSync(file);
      const at = Math.floor(bytes.length / 3);
      bytes[at] = bytes[at]! ^ 1;
      writeFileSync(file, bytes);
    }
    expect(loadArchive(root, { today: TODAY, cache })).toEqual(uncached);
    // And made again whole.
    expect(entries(cache)).toHaveLength(uncached.meetings.length);
  });
});
