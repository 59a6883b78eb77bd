import type { Archive, Attendance, Board, Meeting } from '../model/types.ts';

/** How a person appears in one meeting's attendance. */
export type AttendanceKind = 'present' | 'apologies' | 'absent' | 'councilBusiness' | 'substitute' | 'officer' | 'other';

const LISTS: Array<[keyof Attendance, AttendanceKind]> = [
  ['present', 'present'], ['apologies', 'apologies'], ['absent', 'absent'], ['councilBusiness', 'councilBusiness'],
  ['substitutes', 'substitute'], ['officers', 'officer'], ['others', 'other'],
];

export interface AttendanceRecord {
  meeting: Meeting;
  kind: AttendanceKind;
  role?: string;
}

/** Every meeting in which the person is named in the attendance, oldest first. */
export function attendanceRecords(archive: Archive, personId: string): AttendanceRecord[] {
  const records: AttendanceRecord[] = [];
  for (const meeting of archive.meetings) {
    for (const [list, kind] of LISTS) {
      const entry = meeting.attendance[list].find((a) => a.personId === personId);
      if (entry) {
        records.push({ meeting, kind, ...(entry.role ? { role: entry.role } : {}) });
        break;
      }
    }
  }
  return records;
}

/**
 * A member's attendance at one board, in context: the meetings held while
 * they were a member, and how each is recorded. "Not recorded" counts
 * meetings whose minutes in the archive do not list them at all (such as a
 * meeting of which only one item was copied), so no figure is a guess.
 */
export interface BoardAttendance {
  board: Board;
  expected: number;
  present: number;
  apologies: number;
  absent: number;
  councilBusiness: number;
  substitute: number;
  notRecorded: number;
}

export function boardAttendance(archive: Archive, board: Board, personId: string): BoardAttendance | undefined {
  const memberships = board.members.filter((m) => m.personId === personId);
  if (memberships.length === 0) return undefined;
  const whileMember = archive.meetings.filter(
    (m) => m.boardId === board.id && memberships.some((ms) => (!ms.from || m.date >= ms.from) && (!ms.until || m.date <= ms.until)),
  );
  const counts = { present: 0, apologies: 0, absent: 0, councilBusiness: 0, substitute: 0, notRecorded: 0 };
  for (const meeting of whileMember) {
    const record = LISTS.find(([list]) => meeting.attendance[list].some((a) => a.personId === personId));
    const kind = record?.[1];
    if (kind === 'present' || kind === 'apologies' || kind === 'absent' || kind === 'councilBusiness' || kind === 'substitute') counts[kind]++;
    else counts.notRecorded++;
  }
  return { board, expected: whileMember.length, ...counts };
}
