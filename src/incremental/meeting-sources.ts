import type { Archive } from '../model/types.ts';

/**
 * For each meeting of an archive, by its key, a SHA-256 of what the meeting
 * is made from: its file's path and text, and its papers' files. The input
 * keys (input-keys.ts) start from it, so a later build can tell that the
 * files made from a meeting alone are unchanged without making them.
 */
export type MeetingSources = ReadonlyMap<string, string>;

/**
 * The side table of each loaded archive: kept beside the model, not in it,
 * as it is a fact about the build's inputs, not about the record. Keyed by
 * the archive object, so it goes wherever the archive goes (the build, the
 * dev server, the tests) without being handed through every view, and is let
 * go of with it.
 */
const tables = new WeakMap<Archive, MeetingSources>();

/** Records the sources of a loaded archive's meetings; the loader does this once, for the archive it returns. */
export function recordMeetingSources(archive: Archive, sources: MeetingSources): void {
  tables.set(archive, sources);
}

/** The sources of the meetings of an archive made by the loader (src/load/archive.ts). */
export function meetingSourcesOf(archive: Archive): MeetingSources {
  const sources = tables.get(archive);
  if (!sources) throw new Error('this archive was not made by loadArchive, so its meetings have no known sources');
  return sources;
}
