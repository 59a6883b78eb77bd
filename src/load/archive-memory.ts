import { lstatSync, type Stats } from 'node:fs';
import type { MeetingSource, ParsedMeeting } from './parsed-meeting.ts';
import { ownApprovalFields, restoreApprovalFields, type OwnApprovalFields } from './approvals.ts';

/** A file unchanged since it was last read, and what reading it gave. */
export interface Recalled {
  known: { input: MeetingSource; parsed: ParsedMeeting };
}

/** A file new or changed since it was last read: remember what reading it gives, before its approvals are linked. */
export interface Unknown {
  remember(input: MeetingSource, parsed: ParsedMeeting): void;
}

interface RememberedFile {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  input: MeetingSource;
  parsed: ParsedMeeting;
  /** The meeting's approval fields as parsed: loading links them to other meetings, which may since have changed. */
  own?: OwnApprovalFields;
}

/**
 * What a process that keeps running (`npm start`) remembers of each meeting
 * file between loads of the archive: its text, hash and parse, with the
 * file's size and times when it was read. Loading again with the same memory
 * reads and parses only the files that changed, so that a clerk's save is
 * shown in well under a second at 10,000 meetings (reading them all again
 * from the parse cache took 4 s there, docs/performance.md).
 *
 * The meetings of one load are reused by the next, which links their
 * approvals afresh: an archive loaded with a memory is valid only until the
 * next load with it.
 */
export class ArchiveMemory {
  private readonly files = new Map<string, RememberedFile>();
  private people: string | undefined;

  /** Forgets a file a watcher saw change, whatever its times say: two saves within one tick of the clock look the same. */
  forget(absolutePath: string): void {
    this.files.delete(absolutePath);
  }

  /** Names in meetings are matched against the people: when those changed, every file is parsed again. */
  usePeople(peopleData: string): void {
    if (this.people !== peopleData) this.files.clear();
    this.people = peopleData;
  }

  /**
   * Looks up a file before it is read: what it gave when read before, if it
   * has not changed since, with its meeting's approval fields as parsed;
   * otherwise a way to remember this read of it. The file's size and times
   * are taken now, before the read, so a save during the read is seen next time.
   */
  look(absolutePath: string): Recalled | Unknown {
    const stat = statOf(absolutePath);
    const remembered = this.files.get(absolutePath);
    const same =
      stat &&
      remembered &&
      stat.size === remembered.size &&
      stat.mtimeMs === remembered.mtimeMs &&
      stat.ctimeMs === remembered.ctimeMs;
    if (same) {
      const meeting = remembered.parsed.read?.meeting;
      if (meeting && remembered.own) restoreApprovalFields(meeting, remembered.own);
      return { known: { input: remembered.input, parsed: remembered.parsed } };
    }
    this.files.delete(absolutePath);
    return {
      // Only files read whole: one that could not be read is read again next time, with its diagnostics.
      remember: (input, parsed) => {
        if (!stat || stat.isSymbolicLink()) return;
        const meeting = parsed.read?.meeting;
        this.files.set(absolutePath, {
          size: stat.size,
          mtimeMs: stat.mtimeMs,
          ctimeMs: stat.ctimeMs,
          input,
          parsed,
          ...(meeting ? { own: ownApprovalFields(meeting) } : {}),
        });
      },
    };
  }

  /** Forgets files no longer in the archive. */
  keepOnly(absolutePaths: Set<string>): void {
    for (const file of this.files.keys()) if (!absolutePaths.has(file)) this.files.delete(file);
  }
}

function statOf(absolutePath: string): Stats | undefined {
  try {
    return lstatSync(absolutePath);
  } catch {
    return undefined;
  }
}
