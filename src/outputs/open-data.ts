import type { Page } from '../pages/page.ts';
import { csvTable } from './csv.ts';
import {
  ATTENDANCE_COLUMNS,
  DECISION_COLUMNS,
  PAPER_COLUMNS,
  attendanceRows,
  boardsRecord,
  decisionRows,
  meetingRecord,
  meetingsRecord,
  paperRows,
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
import { filePage } from '../pages/file-page.ts';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The open data files: each meeting as JSON, the indexes, the CSV files and their schemas. */
export function openDataPages(output: OutputContext, htmlPages: Page[]): Page[] {
  const pagePaths = new Set(htmlPages.map((p) => p.frame.path));
  return [
    ...output.archive.meetings.map((m) =>
      filePage(OutputPaths.meetingJson(m.key), () => json(meetingRecord(output, m)), output.inputKeys.meeting(m)),
    ),
    filePage(OutputPaths.data('boards.json'), () => json(boardsRecord(output))),
    filePage(OutputPaths.data('people.json'), () => json(peopleRecord(output, pagePaths))),
    filePage(OutputPaths.data('meetings.json'), () => json(meetingsRecord(output))),
    filePage(OutputPaths.data('decisions.csv'), () => csvTable(DECISION_COLUMNS, decisionRows(output))),
    filePage(OutputPaths.data('attendance.csv'), () => csvTable(ATTENDANCE_COLUMNS, attendanceRows(output))),
    filePage(OutputPaths.data('papers.csv'), () => csvTable(PAPER_COLUMNS, paperRows(output))),
    filePage(OutputPaths.schema('meeting.json'), () => json(meetingSchema(output))),
    filePage(OutputPaths.schema('boards.json'), () => json(boardsSchema(output))),
    filePage(OutputPaths.schema('people.json'), () => json(peopleSchema(output))),
    filePage(OutputPaths.schema('meetings.json'), () => json(meetingsSchema(output))),
    filePage(OutputPaths.schema('decisions-row.json'), () => json(decisionRowSchema(output))),
    filePage(OutputPaths.schema('attendance-row.json'), () => json(attendanceRowSchema(output))),
    filePage(OutputPaths.schema('papers-row.json'), () => json(paperRowSchema(output))),
  ];
}
