import type { Meeting } from '../model/types.ts';
import type { Diagnostics } from '../model/diagnostics.ts';
import { START_OF_FILE } from '../model/diagnostics.ts';

/** Suffixes that name a version of a file, not a second meeting: `2025-09-08-copy.md`, `2025-09-08-old.md`. */
const VERSION_SUFFIX =
  /^(?:copy|copy-?\d+|backup|bak|old|new|orig|original|tmp|temp|draft|final|v\d+|version-?\d+|duplicate|dup|edit|edited|revised|amended|corrected|fixed)$/;

/**
 * A board that met twice on one day has two files for the date, the second
 * with a suffix. Two files for one day are a copy of one meeting (which
 * would be published twice) when a suffix names a version rather than a
 * meeting, or when both hold the same items.
 */
export function reportCopies(meetings: readonly Meeting[], diagnostics: Diagnostics): void {
  const byDay = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    const key = `${meeting.boardId}/${meeting.date}`;
    const same = byDay.get(key);
    if (same) same.push(meeting);
    else byDay.set(key, [meeting]);
  }
  for (const same of byDay.values()) {
    if (same.length < 2) continue;
    // The file without a suffix is the meeting; the others are compared with it.
    same.sort((a, b) => Number(a.slug !== a.date) - Number(b.slug !== b.date) || (a.file < b.file ? -1 : 1));
    for (const [i, meeting] of same.entries()) {
      const suffix = meeting.slug.slice(meeting.date.length + 1);
      const twin = same.find(
        (other, j) => j !== i && (VERSION_SUFFIX.test(suffix) || (j < i && sameItems(other, meeting))),
      );
      if (!twin) continue;
      diagnostics.error(
        meeting.file,
        START_OF_FILE,
        'meeting-duplicate',
        `this looks like a copy of ${twin.file}: ${VERSION_SUFFIX.test(suffix) ? `its name ends "-${suffix}"` : 'it holds the same items'}, so the meeting of ${meeting.date} would be published twice`,
        `Delete the copy, keeping the right version as ${twin.file}; if the board really met twice that day, name the second meeting by what it was, such as ${meeting.date}-extraordinary.md.`,
      );
    }
  }
}

function sameItems(a: Meeting, b: Meeting): boolean {
  return (
    a.items.length > 0 &&
    a.items.length === b.items.length &&
    a.items.every((item, i) => item.title === b.items[i]!.title && item.html === b.items[i]!.html)
  );
}
