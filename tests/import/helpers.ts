import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Meeting } from '../../src/model/types.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

export const fixtures = path.join(projectRoot, 'tests/import/fixtures');
export const seed = (name: string) => path.join(fixtures, 'seeds', name);

/** A copy of the sample archive without some of its meetings, to import them again. */
export function archiveWithout(...meetings: string[]): string {
  const root = copyOfSampleArchive();
  for (const meeting of meetings) rmSync(path.join(root, 'content', meeting));
  return root;
}

/** The facts of a meeting that an import must reproduce, in a form tests can compare. */
export function factsOf(meeting: Meeting) {
  const people = (list: Meeting['attendance']['present']) =>
    list.map((a) => ({ name: a.written, role: a.role, note: a.note }));
  return {
    start: meeting.start,
    end: meeting.end,
    venue: meeting.venue,
    partial: meeting.partial !== undefined,
    items: meeting.items.map((item) => ({
      number: item.number,
      title: item.title,
      anchor: item.anchor,
      decisions: item.decisions.map((d) => d.text),
      actions: item.actions.map((a) => a.owner.written),
      cutShort: item.cutShort !== undefined,
    })),
    attendance: Object.fromEntries(
      Object.entries(meeting.attendance).map(([list, entries]) => [list, people(entries)]),
    ),
    declarations: meeting.declarations.map((d) => ({
      who: d.who.written,
      item: d.item,
      kind: d.kind,
      reason: d.reason,
    })),
    // The documents the source names; papers kept in the archive (`file:`) are the clerk's addition, which no source gives.
    documents: meeting.documents
      .filter((d) => d.file === undefined)
      .map((d) => ({ title: d.title, item: d.item, size: d.size })),
  };
}
