import type { Diagnostic } from '../model/types.ts';
import type { MeetingSource } from '../incremental/parse-cache.ts';
import type { MeetingFile, ReadMeeting } from './meeting.ts';

/** What reading one meeting file gave: the meeting and the names in it (unless it was too broken to read), and its diagnostics. */
export interface ParsedMeeting {
  read?: ReadMeeting;
  diagnostics: Diagnostic[];
}

/** A meeting file with the SHA-256 of its path and text, as the loader made it. */
export type HashedMeetingFile = MeetingFile & { textHash: string };

/** What the loader keeps of a meeting file once it is read: the file, and the hash of its path and text, not the text itself. */
export type { MeetingSource };
