import type { Archive, Attendance, Board, Meeting } from '../model/types.ts';

/** How a person appears in one meeting's attendance. */
export type AttendanceKind =
  'present' | 'apologies' | 'absent' | 'councilBusiness' | 'substitute' | 'officer' | 'other';

const LISTS: Array<[keyof Attendance, AttendanceKind]> = [
  ['present', 'present'],
  ['apologies', 'apologies'],
  ['absent', 'absent'],
  ['councilBusiness', 'councilBusiness'],
  ['substitutes', 'substitute'],
  ['officers', 'officer'],
  ['others', 'other'],
];

export interface AttendanceRecord {
  meeting: Meeting;
  kind: AttendanceKind;
  role?: string;
}

/** Every meeting in which the person is named in the attendance, oldest first: kept for the archive, so never to be changed (reversed) in place. */
export function attendanceRecords(archive: Archive, personId: string): readonly AttendanceRecord[] {
  return recordsByPerson(archive).get(personId) ?? [];
}

// Each person's records, found in one pass over the archive and kept for it:
// a pass per person made the people pages quadratic (9 s at 10,000 meetings).
const recordsOfArchive = new WeakMap<Archive, Map<string, AttendanceRecord[]>>();

function recordsByPerson(archive: Archive): Map<string, AttendanceRecord[]> {
  let byPerson = recordsOfArchive.get(archive);
  if (byPerson) return byPerson;
  byPerson = new Map();
  for (const meeting of archive.meetings) {
    const seen = new Set<string>();
    // The first list that names a person says how they attended.
    for (const [list, kind] of LISTS) {
      for (const entry of meeting.attendance[list]) {
        if (!entry.personId || seen.has(entry.personId)) continue;
        seen.add(entry.personId);
        let records = byPerson.get(entry.personId);
        if (!records) byPerson.set(entry.personId, (records = []));
        records.push({ meeting, kind, ...(entry.role ? { role: entry.role } : {}) });
      }
    }
  }
  recordsOfArchive.set(archive, byPerson);
  return byPerson;
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
  const whileMember = (meeting: Meeting) =>
    meeting.boardId === board.id &&
    memberships.some((ms) => (!ms.from || meeting.date >= ms.from) && (!ms.until || meeting.date <= ms.until));
  const expected = meetingsOf(archive, board.id).filter(whileMember).length;
  const counts = { present: 0, apologies: 0, absent: 0, councilBusiness: 0, substitute: 0 };
  for (const record of attendanceRecords(archive, personId)) {
    const kind = record.kind;
    if (whileMember(record.meeting) && kind !== 'officer' && kind !== 'other') counts[kind]++;
  }
  const recorded = counts.present + counts.apologies + counts.absent + counts.councilBusiness + counts.substitute;
  return { board, expected, ...counts, notRecorded: expected - recorded };
}

const meetingsOfArchive = new WeakMap<Archive, Map<string, Meeting[]>>();

/** A board's meetings, in the archive's order, grouped once per archive. */
export function meetingsOf(archive: Archive, boardId: string): Meeting[] {
  let byBoard = meetingsOfArchive.get(archive);
  if (!byBoard) {
    byBoard = new Map();
    for (const meeting of archive.meetings) {
      if (!byBoard.has(meeting.boardId)) byBoard.set(meeting.boardId, []);
      byBoard.get(meeting.boardId)!.push(meeting);
    }
    meetingsOfArchive.set(archive, byBoard);
  }
  return byBoard.get(boardId) ?? [];
}
