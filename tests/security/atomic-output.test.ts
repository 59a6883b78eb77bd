import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { fingerprint } from '../support/fingerprint.ts';

describe('atomic output', () => {
  it('a build that fails halfway leaves the previous site exactly as it was', async () => {
    const first = await buildSite();
    expect(first.exitCode, first.stderr).toBe(0);
    const before = fingerprint(first.out);

    // Change the content, then make the build fail after Eleventy has written the new pages.
    const root = copyOfSampleArchive({
      'content/cyp/2025-12-01.md': '---\ndate: 2025-12-01\nstatus: draft\n---\n\n## 1. Minutes\n\nAgreed.\n',
    });
    const failed = await buildSite({ root, out: first.out, hooks: { failAfterWriting: true } });
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toContain('the previous site was left as it was');
    expect(fingerprint(first.out)).toEqual(before);
    expect(existsSync(path.join(first.out, 'cyp/2025-12-01'))).toBe(false);
    // No half-written folder is left beside it either.
    expect(readdirSync(path.dirname(first.out)).filter((n) => n.includes('building'))).toEqual([]);

    // Without the fault, the same build replaces the site.
    const retried = await buildSite({ root, out: first.out });
    expect(retried.exitCode, retried.stderr).toBe(0);
    expect(existsSync(path.join(first.out, 'cyp/2025-12-01/index.html'))).toBe(true);
  });
});

describe('determinism', () => {
  it('two builds of the same content are identical, byte for byte', async () => {
    const a = await buildSite();
    const b = await buildSite();
    expect(a.exitCode + b.exitCode).toBe(0);
    const fa = fingerprint(a.out);
    expect(Object.keys(fa).length).toBeGreaterThan(5);
    expect(fingerprint(b.out)).toEqual(fa);
  });
});

describe('a build over the previous site', () => {
  it('writes only what changed, and leaves the site as a build into an empty folder would', async () => {
    const root = copyOfSampleArchive();
    const first = await buildSite({ root });
    expect(first.exitCode, first.stderr).toBe(0);
    const original = fingerprint(first.out);

    // A clerk adds a meeting: the build over the previous site writes its pages and what lists it, not the whole site.
    const added = 'content/cyp/2026-01-12.md';
    writeFileSync(
      path.join(root, added),
      '---\ndate: 2026-01-12\nstatus: draft\n---\n\n## 1. Apologies\n\nThere were no apologies.\n',
    );
    const over = await buildSite({ root, out: first.out });
    expect(over.exitCode, over.stderr).toBe(0);
    const counts = /; (\d+) written, (\d+) unchanged, (\d+) removed\./.exec(over.stdout);
    expect(counts, over.stdout).not.toBeNull();
    const [written, unchanged] = counts!.slice(1).map(Number) as [number, number, number];
    expect(written).toBeGreaterThan(0);
    expect(unchanged).toBeGreaterThan(written);
    expect(existsSync(path.join(first.out, 'cyp/2026-01-12/index.html'))).toBe(true);
    const fresh = await buildSite({ root });
    expect(fresh.exitCode, fresh.stderr).toBe(0);
    expect(fingerprint(first.out)).toEqual(fingerprint(fresh.out));

    // The meeting is taken out again: the site is again exactly the first one, with nothing of the meeting left.
    rmSync(path.join(root, added));
    const back = await buildSite({ root, out: first.out });
    expect(back.exitCode, back.stderr).toBe(0);
    expect(fingerprint(first.out)).toEqual(original);
    expect(existsSync(path.join(first.out, 'cyp/2026-01-12'))).toBe(false);

    // A meeting early in the current municipal year becomes the next meeting of the last one of the closed year before:
    // that page is in a closed part of the search index, whose other pages are kept unrendered by their input keys.
    writeFileSync(
      path.join(root, 'content/cyp/2025-06-02.md'),
      '---\ndate: 2025-06-02\nstatus: draft\n---\n\n## 1. Apologies\n\nThere were no apologies.\n',
    );
    const later = await buildSite({ root, out: first.out });
    expect(later.exitCode, later.stderr).toBe(0);
    const freshLater = await buildSite({ root });
    expect(freshLater.exitCode, freshLater.stderr).toBe(0);
    expect(fingerprint(first.out)).toEqual(fingerprint(freshLater.out));
    expect(readFileSync(path.join(first.out, 'cyp/2025-01-20/index.html'), 'utf8')).toContain('2025-06-02/');
  });
  it("makes again every file whose people or approvals changed, though it keeps unchanged meetings' files unmade", async () => {
    const root = copyOfSampleArchive();
    const first = await buildSite({ root });
    expect(first.exitCode, first.stderr).toBe(0);
    const sameAsFresh = async (what: string) => {
      const over = await buildSite({ root, out: first.out });
      expect(over.exitCode, over.stderr).toBe(0);
      const fresh = await buildSite({ root });
      expect(fresh.exitCode, fresh.stderr).toBe(0);
      expect(fingerprint(first.out), what).toEqual(fingerprint(fresh.out));
    };

    // A person's name: every meeting they attended shows it, in its JSON and its OParl files, though no meeting file changed.
    const people = path.join(root, '_data/people.yaml');
    writeFileSync(
      people,
      readFileSync(people, 'utf8').replace('name: Councillor Geoffrey Logan', 'name: Councillor Geoffrey Logan MBE'),
    );
    await sameAsFresh('after a person was renamed');
    expect(readFileSync(path.join(first.out, 'cyp/2024-07-15/index.json'), 'utf8')).toContain(
      'Councillor Geoffrey Logan MBE',
    );

    // The minutes of 20 January 2025 say they were approved on 9 June 2025, a meeting not yet in the archive. Once it
    // is added, they link to it: their files change, though neither their file nor their dates did.
    writeFileSync(
      path.join(root, 'content/cyp/2025-06-09.md'),
      '---\ndate: 2025-06-09\nstatus: draft\n---\n\n## 1. Minutes\n\nThe minutes of the last meeting were agreed.\n',
    );
    await sameAsFresh('after the meeting that approved earlier minutes was added');
    expect(JSON.parse(readFileSync(path.join(first.out, 'cyp/2025-01-20/index.json'), 'utf8')).approvedAt.meeting).toBe(
      'cyp/2025-06-09',
    );
  });
});
