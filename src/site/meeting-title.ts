import { longDate } from '../text/dates.ts';

/** A meeting's title wherever it is named: "Children and Young People's Board, 8 September 2025". */
export function meetingTitle(boardName: string, date: string): string {
  return `${boardName}, ${longDate(date)}`;
}
