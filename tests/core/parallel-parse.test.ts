import { mkdtempSync } from 'node:fs';
import v8 from 'node:v8';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive, writeArchive } from '../../scripts/bench/generate.ts';
import { loadArchive, parseMeeting } from '../../src/load/archive.ts';
import { parseInParallel } from '../../src/load/parallel-parse.ts';
import { PeopleDirectory } from '../../src/load/people-directory.ts';
import type { MeetingFile } from '../../src/load/meeting.ts';
import { collectGarbage } from '../../src/threads/collect-garbage.ts';

/** The meeting files of a generated archive, as the loader reads them, with one too broken to read among them. */
function meetingFiles(meetings: number): { files: MeetingFile[]; directory: PeopleDirectory; root: string } {
  const generated = generateArchive({ meetings, seed: 7 });
  const files: MeetingFile[] = [];
  for (const [file, text] of generated) {
    const match = /^content\/([^/]+)\/(\d{4}-\d{2}-\d{2}[^/]*)\.md$/.exec(file);
    if (match) files.push({ file, boardId: match[1]!, slug: match[2]!, text });
  }
  files.splice(100, 0, {
    file: 'content/board-001/2001-01-01.md',
    boardId: 'board-001',
    slug: '2001-01-01',
    text: '---\ndate: [2001-01-01\n---\n',
  });
  const root = mkdtempSync(path.join(tmpdir(), 'minute-book-parallel-'));
  writeArchive(root, generated);
  return { files, directory: new PeopleDirectory(loadArchive(root).people), root };
}

/** The heap's live data, after a full collection. */
function liveHeap(): number {
  collectGarbage();
  return v8.getHeapStatistics().used_heap_size;
}

/** Parses `count` meeting files of about 250 kB each (nearly all of it a YAML comment, so the parses are small) on two threads, and keeps nothing of them. */
function parseLargeFiles(count: number, directory: PeopleDirectory): number {
  const files: MeetingFile[] = Array.from({ length: count }, (_, i) => {
    const date = `2001-01-${String((i % 28) + 1).padStart(2, '0')}`;
    // Each file's own text, as read from disk: repeating one string would share it between files.
    const comment = Buffer.alloc(250_000, `minutes of meeting ${i} `).toString();
    return {
      file: `content/board-${i}/${date}.md`,
      boardId: `board-${i}`,
      slug: date,
      text: `---\ndate: ${date}\nstatus: draft\n# ${comment}\n---\n\n## 1. Apologies\n\nNone.\n`,
    };
  });
  return parseInParallel(files, [], (file) => parseMeeting(file, directory)).filter((parsed) => parsed.read).length;
}

describe('parsing meetings on two threads', () => {
  it('keeps nothing of the files once it returns, not even until the worker has gone', () => {
    const directory = new PeopleDirectory([]);
    const before = liveHeap();
    // 240 files of 250 kB: 60 MB of text, enough to take a worker.
    expect(parseLargeFiles(240, directory)).toBe(240);
    // Measured before this thread's next turn of the event loop, when the worker's exit is handled.
    expect(liveHeap() - before).toBeLessThan(15 * 1024 * 1024);
  }, 60_000);

  it('gives every file the same parse, diagnostics and text, in the same order, as one thread does', () => {
    const { files, directory, root } = meetingFiles(400);
    const people = loadArchive(root).people;
    const one = files.map((file) => parseMeeting(file, directory));
    const two = parseInParallel(files, people, (file) => parseMeeting(file, directory));
    expect(two).toHaveLength(files.length);
    expect(two).toEqual(one);
    // The broken file keeps its error.
    expect(two[100]!.read).toBeUndefined();
    expect(two[100]!.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  }, 60_000);

  it('hands each parse to the caller once, as it arrives, and keeps what the caller makes of it', () => {
    const { files, directory, root } = meetingFiles(300);
    const people = loadArchive(root).people;
    const settled: number[] = [];
    const two = parseInParallel(
      files,
      people,
      (file) => parseMeeting(file, directory),
      (parsed, index) => {
        settled.push(index);
        return {
          ...parsed,
          diagnostics: [
            ...parsed.diagnostics,
            { file: files[index]!.file, line: 1, column: 1, severity: 'warning', code: 'settled', message: 'settled' },
          ],
        };
      },
    );
    expect([...settled].sort((a, b) => a - b)).toEqual(files.map((_, i) => i));
    expect(
      two.every(
        (parsed, i) =>
          parsed.diagnostics.at(-1)?.file === files[i]!.file && parsed.diagnostics.at(-1)?.code === 'settled',
      ),
    ).toBe(true);
  }, 60_000);

  it('loads the same archive, diagnostics and all, with a parse cache, cold and warm, as one thread does without', () => {
    const { root } = meetingFiles(300);
    const cache = mkdtempSync(path.join(tmpdir(), 'minute-book-parallel-cache-'));
    const alone = loadArchive(root, { today: '2026-12-02', parseThreads: 1 });
    expect(loadArchive(root, { today: '2026-12-02', cache })).toEqual(alone);
    expect(loadArchive(root, { today: '2026-12-02', cache })).toEqual(alone);
  }, 60_000);

  it('loads the same archive, diagnostics and all, as one thread does', () => {
    const { root } = meetingFiles(300);
    const two = loadArchive(root, { today: '2026-12-02' });
    expect(two.meetings).toHaveLength(300);
    expect(two).toEqual(loadArchive(root, { today: '2026-12-02', parseThreads: 1 }));
  }, 60_000);
});
