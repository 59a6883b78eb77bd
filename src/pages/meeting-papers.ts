import type { Meeting, MeetingDocument } from '../model/types.ts';
import { sameItemNumber } from '../load/item-heading.ts';

/** The papers a meeting's page lists with the meeting as a whole: those of no item, and those of an item it lacks (the check warns of these). */
export function meetingPapers(meeting: Meeting): MeetingDocument[] {
  return meeting.documents.filter(
    (doc) =>
      doc.item === undefined ||
      !meeting.items.some((i) => i.number !== undefined && sameItemNumber(i.number, doc.item!)),
  );
}
