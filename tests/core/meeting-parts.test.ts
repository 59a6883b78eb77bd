import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../src/model/types.ts';
import { loadArchive } from '../../src/load/archive.ts';
import { OutputContext } from '../../src/outputs/output-context.ts';
import { openDataPages } from '../../src/outputs/open-data.ts';
import { meetingsCalendar } from '../../src/outputs/icalendar.ts';
import { MeetingPartsCache } from '../../src/incremental/meeting-parts.ts';
import { ViewContext } from '../../src/pages/page.ts';
import type { FileView } from '../../src/pages/file-page.ts';
import { Urls } from '../../src/pages/urls.ts';
import { seal, unseal } from '../../src/text/sealed.ts';
import { hostileArchive } from '../outputs/hostile-archive.ts';

/** The lists of every meeting that are made from kept parts, and a board's calendar, which reads them. */
const LISTS = ['data/meetings.json', 'data/decisions.csv', 'data/attendance.csv', 'data/papers.csv'];

/** The meeting of the hostile archive, whose every field holds characters to escape. */
const HOSTILE_MEETING = 'cyp/2026-01-12';

function partsFolder(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-parts-')), 'parsed-parts');
}

/** The lists' files and the calendars as one build makes them, with the parts kept in `folder`, or none. */
function lists(archive: Archive, folder?: string): Record<string, string> {
  const output = new OutputContext(
    new ViewContext(archive, new Urls('/')),
    folder === undefined ? {} : { meetingParts: folder },
  );
  const files: Record<string, string> = {};
  for (const page of openDataPages(output, []))
    if (LISTS.includes(page.outputPath)) files[page.outputPath] = (page.view as FileView).content();
  files['meetings.ics'] = meetingsCalendar(output);
  const board = archive.boards.find((b) => archive.meetings.some((m) => m.boardId === b.id))!;
  files[`${board.id}/meetings.ics`] = meetingsCalendar(output, board);
  return files;
}

const keyOf = (archive: Archive, meetingKey: string) =>
  new OutputContext(new ViewContext(archive, new Urls('/'))).inputKeys.meeting(
    archive.meetings.find((m) => m.key === meetingKey)!,
  );

describe("the lists of every meeting, made from each meeting's kept part", () => {
  // Cells with commas, quotes and line breaks, names beyond ASCII: parts must keep their bytes exactly.
  const archive = loadArchive(hostileArchive());
  const whole = lists(archive);

  it('are the files made whole, from an empty and from a full folder of parts', () => {
    expect(archive.meetings.length).toBeGreaterThan(1);
    expect(whole['data/decisions.csv']).toContain('"');
    const folder = partsFolder();
    expect(lists(archive, folder)).toEqual(whole);
    expect(readdirSync(folder).sort()).toEqual(
      ['attendance.csv', 'decisions.csv', 'meetings.ics', 'meetings.json', 'papers.csv'].map((list) => `${list}.parts`),
    );
    expect(lists(archive, folder)).toEqual(whole);
  });

  it('take a part by its key, make it afresh when the key changed, and keep only the parts of the meetings there are', () => {
    const root = hostileArchive();
    const loaded = loadArchive(root);
    const folder = partsFolder();
    lists(loaded, folder);
    const hostile = loaded.meetings.find((m) => m.key === HOSTILE_MEETING)!;
    // A part kept under the hostile meeting's key, saying what its minutes do not: the key is what tells a part is current.
    const cache = new MeetingPartsCache(folder, 'decisions.csv');
    for (const meeting of loaded.meetings) cache.lookup(keyOf(loaded, meeting.key));
    cache.store(keyOf(loaded, hostile.key), Buffer.from('zebra,zebra\r\n'));
    cache.save();
    expect(lists(loaded, folder)['data/decisions.csv']).toContain('zebra,zebra\r\n');
    // The meeting's venue changed, and its key with it: its part is made again.
    const file = path.join(root, 'content/cyp/2026-01-12.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^venue: .*$/m, 'venue: The Zebra Room'));
    const changed = loadArchive(root);
    expect(keyOf(changed, hostile.key)).not.toBe(keyOf(loaded, hostile.key));
    expect(lists(changed, folder)).toEqual(lists(changed));
    expect(lists(changed, folder)['data/meetings.json']).toContain('The Zebra Room');
    expect(lists(changed, folder)['data/decisions.csv']).not.toContain('zebra,zebra');
    // The meeting gone: the lists are the others', and its parts are no longer kept.
    rmSync(file);
    const without = loadArchive(root);
    expect(without.meetings.length).toBe(loaded.meetings.length - 1);
    expect(lists(without, folder)).toEqual(lists(without));
    const kept = unseal(readFileSync(path.join(folder, 'meetings.json.parts')))!.toString('utf8');
    expect(kept).not.toContain('The Zebra Room');
    expect(JSON.parse(kept.slice(0, kept.indexOf('\n'))).keys).toHaveLength(without.meetings.length);
  });

  it('are made whole from damaged or edited parts', () => {
    const folder = partsFolder();
    lists(archive, folder);
    const file = path.join(folder, 'decisions.csv.parts');
    const bytes = readFileSync(file);
    const body = unseal(bytes)!.toString('utf8');
    const damages = [
      // Edited by hand: its seal no longer matches.
      Buffer.from(bytes.toString('utf8').replace('Halton', 'Zebra')),
      // Cut short.
      bytes.subarray(0, bytes.length - 10),
      // Sealed, but a part's length does not match what follows.
      seal(body.replace(/"bytes":\[(\d+)/, (_, n: string) => `"bytes":[${Number(n) + 1}`)),
      // Sealed, but a part cut off: the lengths add up to more than there is.
      seal(body.slice(0, -10)),
      // Sealed, but not of this form.
      seal(body.replace('"keys":', '"kays":')),
    ];
    for (const damaged of damages) {
      writeFileSync(file, damaged);
      expect(lists(archive, folder)['data/decisions.csv']).toBe(whole['data/decisions.csv']);
    }
  });
});
