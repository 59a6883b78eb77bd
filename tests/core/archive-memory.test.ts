import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { ArchiveMemory } from '../../src/load/archive-memory.ts';
import { copyOfSampleArchive, meetingFile } from '../support/archive-copy.ts';

const TODAY = '2026-11-22';

// npm start loads the archive again after every save, with a memory of the files it read before.
describe('loading again with a memory of the files', () => {
  it('gives the archive a fresh load gives, after meetings are added, edited and removed', () => {
    const root = copyOfSampleArchive();
    const memory = new ArchiveMemory();
    const again = () => loadArchive(root, { today: TODAY, memory });
    const fresh = () => loadArchive(root, { today: TODAY });
    expect(again()).toEqual(fresh());

    // The minutes of 20 January 2025 say they were approved on 9 June 2025: adding that meeting links them to it.
    const approving = path.join(root, 'content/cyp/2025-06-09.md');
    writeFileSync(
      approving,
      meetingFile('date: 2025-06-09\nstatus: draft', '## 1. Minutes\n\nThe minutes of the last meeting were agreed.\n'),
    );
    const linked = again();
    expect(linked).toEqual(fresh());
    expect(linked.meetings.find((m) => m.key === 'cyp/2025-01-20')?.approvedAt?.key).toBe('cyp/2025-06-09');

    // Removed again, the link must go too, though the earlier meeting's file never changed.
    rmSync(approving);
    const unlinked = again();
    expect(unlinked).toEqual(fresh());
    expect(unlinked.meetings.find((m) => m.key === 'cyp/2025-01-20')?.approvedAt?.key).toBeUndefined();

    const edited = path.join(root, 'content/cyp/2025-11-10.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('status: draft', 'status: drafty'));
    const broken = again();
    expect(broken).toEqual(fresh());
    expect(broken.diagnostics.some((d) => d.file === 'content/cyp/2025-11-10.md' && d.severity === 'error')).toBe(true);
  });

  it('reads a file again when it changed, even if its size and modification time were put back', () => {
    const root = copyOfSampleArchive();
    const file = path.join(root, 'content/cyp/2025-09-08.md');
    // A whole second, so that it can be put back exactly.
    const mtime = new Date('2026-11-01T12:00:00Z');
    utimesSync(file, mtime, mtime);
    const memory = new ArchiveMemory();
    loadArchive(root, { today: TODAY, memory });
    const text = readFileSync(file, 'utf8');
    // The same length, another word: the change time still moves.
    writeFileSync(file, text.replace('Minutes', 'Minutex'));
    utimesSync(file, mtime, mtime);
    expect(statSync(file).mtimeMs).toBe(mtime.getTime());
    expect(loadArchive(root, { today: TODAY, memory })).toEqual(loadArchive(root, { today: TODAY }));
  });

  it('parses every meeting again when the people change, as names are matched against them', () => {
    const root = copyOfSampleArchive();
    const memory = new ArchiveMemory();
    loadArchive(root, { today: TODAY, memory });
    const people = path.join(root, '_data/people.yaml');
    expect(loadArchive(root, { today: TODAY }).diagnostics.filter((d) => d.code === 'person-unknown')).toHaveLength(0);
    // Nobody is known any more: every name in the minutes is shown as written.
    writeFileSync(people, '[]\n');
    const emptied = loadArchive(root, { today: TODAY, memory });
    expect(emptied).toEqual(loadArchive(root, { today: TODAY }));
    expect(emptied.people).toHaveLength(0);
    expect(emptied.diagnostics.filter((d) => d.code === 'person-unknown').length).toBeGreaterThan(0);
  });
});
