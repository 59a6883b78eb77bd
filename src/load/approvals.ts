import type { Meeting, MeetingRef, MeetingStatus } from '../model/types.ts';
import type { Diagnostics, Place } from '../model/diagnostics.ts';
import { DateTime } from 'luxon';

/**
 * Links the approval of minutes both ways: a meeting that approved earlier
 * minutes points to them, and they point back to it. Meetings not in the
 * archive stay as dates. `meetings` is sorted oldest first.
 */
export function linkApprovals(meetings: Meeting[], diagnostics: Diagnostics, today: string): void {
  const byBoardAndDate = new Map<string, Meeting>();
  for (const meeting of meetings) {
    const key = `${meeting.boardId}/${meeting.date}`;
    // A suffixed meeting ("2025-03-04-extraordinary") never shadows the plain one.
    if (!byBoardAndDate.has(key) || meeting.slug === meeting.date) byBoardAndDate.set(key, meeting);
  }
  const find = (boardId: string, date: string) => byBoardAndDate.get(`${boardId}/${date}`);

  for (const meeting of meetings) {
    for (const ref of meeting.approves) {
      const earlier = find(meeting.boardId, ref.date);
      if (!earlier) continue;
      ref.key = earlier.key;
      if (earlier.approvedAt && earlier.approvedAt.date !== meeting.date) {
        diagnostics.warning(
          earlier.file,
          { line: 1, column: 1 },
          'approval-conflict',
          `these minutes say they were approved on ${earlier.approvedAt.date}, but the meeting of ${meeting.date} also records approving them`,
        );
        continue;
      }
      earlier.approvedAt = {
        date: meeting.date,
        key: meeting.key,
        ...(ref.itemAnchor ? { itemAnchor: ref.itemAnchor } : {}),
      };
      if (earlier.status === 'draft') {
        diagnostics.warning(
          earlier.file,
          { line: 1, column: 1 },
          'status-stale',
          `these minutes are marked draft, but the meeting of ${meeting.date} approved them`,
          'Change "status: draft" to "status: approved".',
        );
        earlier.status = 'approved';
      }
    }
  }
  for (const meeting of meetings) {
    const at = meeting.approvedAt;
    if (at && !at.key) {
      const approving = find(meeting.boardId, at.date);
      if (approving) {
        at.key = approving.key;
        if (!approving.approves.some((r) => r.date === meeting.date))
          approving.approves.push({ date: meeting.date, key: meeting.key });
      }
    }
    if (meeting.status === 'approved' && meeting.date > today) {
      diagnostics.error(
        meeting.file,
        { line: 1, column: 1 },
        'approved-in-future',
        `the meeting of ${meeting.date} has not happened yet, so its minutes cannot be approved`,
        'Set "status: draft" until the minutes are approved.',
      );
    }
    if (meeting.status === 'draft') {
      const later = meetings.filter((m) => m.boardId === meeting.boardId && m.date > meeting.date);
      if (later.length >= 2) {
        diagnostics.warning(
          meeting.file,
          { line: 1, column: 1 },
          'approval-overdue',
          `these minutes are still a draft after ${later.length} later meetings of the board`,
          'Record their approval: set "status: approved" and "approved_at" to the meeting that approved them.',
        );
      }
    }
  }
}

/** A meeting's fields as its own file gave them, before `linkApprovals` filled them in from other meetings. */
export interface OwnApprovalFields {
  status: MeetingStatus;
  approvedAt?: MeetingRef;
  approves: MeetingRef[];
}

/** Copies the fields `linkApprovals` changes, so a meeting can be linked again after other files changed. */
export function ownApprovalFields(meeting: Meeting): OwnApprovalFields {
  return {
    status: meeting.status,
    ...(meeting.approvedAt ? { approvedAt: { ...meeting.approvedAt } } : {}),
    approves: meeting.approves.map((ref) => ({ ...ref })),
  };
}

/** Puts back what `ownApprovalFields` copied, undoing an earlier `linkApprovals`. */
export function restoreApprovalFields(meeting: Meeting, own: OwnApprovalFields): void {
  meeting.status = own.status;
  if (own.approvedAt) meeting.approvedAt = { ...own.approvedAt };
  else delete meeting.approvedAt;
  meeting.approves = own.approves.map((ref) => ({ ...ref }));
}

/**
 * A file's own `approved_at` far later than the board's next meeting is a
 * slip (2099 for 2025): minutes are approved at one of the next meetings.
 * The limit is a year after the board's next meeting in the archive, or
 * after the meeting itself when it is the board's latest; it depends only on
 * the archive, never on the day of the check. `meetings` is sorted oldest first.
 */
export function reportLateApprovals(
  owned: ReadonlyArray<{ meeting: Meeting; place: Place }>,
  meetings: readonly Meeting[],
  diagnostics: Diagnostics,
): void {
  if (owned.length === 0) return;
  const datesByBoard = new Map<string, string[]>();
  for (const meeting of meetings) {
    const dates = datesByBoard.get(meeting.boardId) ?? [];
    dates.push(meeting.date);
    datesByBoard.set(meeting.boardId, dates);
  }
  for (const { meeting, place } of owned) {
    const approved = meeting.approvedAt?.date;
    if (!approved) continue;
    const next = datesByBoard.get(meeting.boardId)?.find((date) => date > meeting.date) ?? meeting.date;
    const limit = DateTime.fromISO(next, { zone: 'utc' }).plus({ years: 1 }).toISODate()!;
    if (approved <= limit) continue;
    diagnostics.error(
      meeting.file,
      place,
      'approval-too-late',
      `"approved_at" is ${approved}, more than a year after ${next === meeting.date ? 'this meeting' : `the board's next meeting (${next})`}`,
      'Write the date of the meeting that approved these minutes; if it has not happened yet, set "status: draft" and remove "approved_at".',
    );
  }
}
