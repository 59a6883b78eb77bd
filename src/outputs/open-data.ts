import type { Meeting } from '../model/types.ts';
import type { Page } from '../pages/page.ts';
import { csvRows } from './csv.ts';
import {
  ATTENDANCE_COLUMNS,
  DECISION_COLUMNS,
  PAPER_COLUMNS,
  boardsRecord,
  meetingAttendanceRows,
  meetingDecisionRows,
  meetingPaperRows,
  meetingRecord,
  meetingSummary,
  meetingsEnvelope,
  peopleRecord,
} from './data-records.ts';
import {
  attendanceRowSchema,
  boardsSchema,
  decisionRowSchema,
  meetingSchema,
  meetingsSchema,
  paperRowSchema,
  peopleSchema,
} from './open-data-schema.ts';
import type { OutputContext } from './output-context.ts';
import { OutputPaths } from '../pages/output-paths.ts';
import { filePage, filePageOfBytes } from '../pages/file-page.ts';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * `json({ ...head, [field]: items })` where each item is given already as
 * `jsonItem` writes it (a meeting's kept part): the same bytes.
 */
function jsonWithList(head: Record<string, unknown>, field: string, items: Buffer[]): Buffer {
  const empty = json({ ...head, [field]: [] });
  if (items.length === 0) return Buffer.from(empty, 'utf8');
  // The field is the object's last: its text ends `[]\n}\n`.
  const between = Buffer.from(',\n', 'utf8');
  const bytes: Buffer[] = [Buffer.from(`${empty.slice(0, -5)}[\n`, 'utf8')];
  for (const [i, item] of items.entries()) bytes.push(...(i === 0 ? [item] : [between, item]));
  bytes.push(Buffer.from('\n  ]\n}\n', 'utf8'));
  return Buffer.concat(bytes);
}

/** One item of a list that is the top object's field, as JSON.stringify(…, null, 2) writes it there: four spaces in. */
const jsonItem = (value: unknown) => `    ${JSON.stringify(value, null, 2).replace(/\n/g, '\n    ')}`;

/** A CSV file of one row per meeting's something: its header, then each meeting's rows, kept as parts (output-context.ts). */
function csvOfMeetings(
  output: OutputContext,
  list: string,
  header: string[],
  rows: (meeting: Meeting) => string[][],
): Buffer {
  const parts = output.meetingParts(list, (meeting) => csvRows(rows(meeting)));
  return Buffer.concat([Buffer.from(csvRows([header]), 'utf8'), ...parts]);
}

/** The open data files: each meeting as JSON, the indexes, the CSV files and their schemas. */
export function openDataPages(output: OutputContext, htmlPages: Page[]): Page[] {
  const pagePaths = new Set(htmlPages.map((p) => p.frame.path));
  return [
    ...output.archive.meetings.map((m) =>
      filePage(OutputPaths.meetingJson(m.key), () => json(meetingRecord(output, m)), output.inputKeys.meeting(m)),
    ),
    filePage(OutputPaths.data('boards.json'), () => json(boardsRecord(output))),
    filePage(OutputPaths.data('people.json'), () => json(peopleRecord(output, pagePaths))),
    filePageOfBytes(OutputPaths.data('meetings.json'), () =>
      jsonWithList(
        meetingsEnvelope(output),
        'meetings',
        output.meetingParts('meetings.json', (m) => jsonItem(meetingSummary(output, m))),
      ),
    ),
    filePageOfBytes(OutputPaths.data('decisions.csv'), () =>
      csvOfMeetings(output, 'decisions.csv', DECISION_COLUMNS, (m) => meetingDecisionRows(output, m)),
    ),
    filePageOfBytes(OutputPaths.data('attendance.csv'), () =>
      csvOfMeetings(output, 'attendance.csv', ATTENDANCE_COLUMNS, (m) => meetingAttendanceRows(output, m)),
    ),
    filePageOfBytes(OutputPaths.data('papers.csv'), () =>
      csvOfMeetings(output, 'papers.csv', PAPER_COLUMNS, (m) => meetingPaperRows(output, m)),
    ),
    filePage(OutputPaths.schema('meeting.json'), () => json(meetingSchema(output))),
    filePage(OutputPaths.schema('boards.json'), () => json(boardsSchema(output))),
    filePage(OutputPaths.schema('people.json'), () => json(peopleSchema(output))),
    filePage(OutputPaths.schema('meetings.json'), () => json(meetingsSchema(output))),
    filePage(OutputPaths.schema('decisions-row.json'), () => json(decisionRowSchema(output))),
    filePage(OutputPaths.schema('attendance-row.json'), () => json(attendanceRowSchema(output))),
    filePage(OutputPaths.schema('papers-row.json'), () => json(paperRowSchema(output))),
  ];
}
