import { ATTENDANCE_COLUMNS, ATTENDANCE_KINDS, DECISION_COLUMNS, PAPER_COLUMNS, jsonName } from './data-records.ts';
import type { OutputContext } from './output-context.ts';
import { OutputPaths } from '../pages/output-paths.ts';

/**
 * JSON Schemas (draft 2020-12) of the open data, published under
 * `/data/schema/`. They are strict (no undocumented fields), so a change to
 * the records that is not made here too fails the tests.
 */

type Schema = Record<string, unknown>;

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
const text = (description: string): Schema => ({ type: 'string', description });
const maybe = (description: string): Schema => ({ type: ['string', 'null'], description });
const date = (description: string): Schema => ({
  type: 'string',
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description,
});
const maybeDate = (description: string): Schema => ({ type: ['string', 'null'], format: 'date', description });
const time = (description: string): Schema => ({
  type: ['string', 'null'],
  pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
  description,
});
const url = (description: string): Schema => ({ type: 'string', format: 'uri', description });
const maybeUrl = (description: string): Schema => ({ type: ['string', 'null'], format: 'uri', description });
const count = (description: string): Schema => ({ type: 'integer', minimum: 0, description });
const strings = (description: string): Schema => ({ type: 'array', items: { type: 'string' }, description });
const list = (items: Schema, description: string): Schema => ({ type: 'array', items, description });

function object(properties: Record<string, Schema>, description?: string): Schema {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

const personRef = object(
  {
    name: text(
      "The name as the site shows it: the person's name when the minutes' name was recognised, else the name as written.",
    ),
    written: text('The name exactly as the minutes wrote it.'),
    person: maybe("The person's id in people.json, or null when the name matched nobody."),
  },
  'A name in the minutes and the person it refers to.',
);

const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });

function envelope(
  output: OutputContext,
  name: string,
  title: string,
  description: string,
  properties: Record<string, Schema>,
): Schema {
  return {
    $schema: DIALECT,
    $id: output.url(OutputPaths.schema(name)),
    title,
    description,
    ...object({
      $schema: url('The address of this schema.'),
      publisher: text('The authority that publishes the minutes.'),
      licence: object(
        { name: text("The licence's name."), url: maybeUrl('Where the licence is published.') },
        'The licence the data is published under.',
      ),
      ...properties,
    }),
  };
}

const meetingRef = object({
  date: date("The other meeting's date."),
  meeting: maybe("The other meeting's id (`<board-id>/<YYYY-MM-DD>`) when it is in the archive, else null."),
  url: maybeUrl("The other meeting's page (at the approving item when known), or null when it is not in the archive."),
});

const paperFile = object(
  {
    name: text("The file's name in the meeting's folder of the archive (`content/<board-id>/<meeting>/<name>`)."),
    url: url('Where the site publishes the file, as the archive keeps it.'),
    textUrl: maybeUrl('The page of its text, or null when its text is not extracted (spreadsheets, images, ODT).'),
    mediaType: text('Its media type, such as "application/pdf".'),
    bytes: count('Its size in bytes.'),
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'The SHA-256 of its bytes, in hex.' },
    pages: { type: ['integer', 'null'], minimum: 0, description: "A PDF's number of pages, else null." },
  },
  'The file the archive keeps.',
);

const documentRecord = object({
  title: text("The document's title."),
  item: maybe('The number of the item it belongs to, or null for the meeting as a whole.'),
  kind: {
    enum: ['agenda', 'report', 'appendix', 'presentation', 'minutes', null],
    description: 'What the paper is to the meeting.',
  },
  size: maybe('Its size as the council gave it, such as "173 KB".'),
  link: maybeUrl('Where the council publishes it, if known.'),
  file: {
    ...nullable(paperFile),
    description: 'The file the archive keeps, or null for a paper known only by its address (not kept).',
  },
});

const attendee = object({
  ...(personRef.properties as Record<string, Schema>),
  role: maybe('The role recorded for them at this meeting, such as "Chair".'),
  note: maybe('A note the minutes give, such as "in accordance with Standing Order number 33".'),
  substituteFor: { ...nullable(personRef), description: 'For a substitute, the member they stood in for.' },
});

export function meetingSchema(output: OutputContext): Schema {
  return envelope(
    output,
    'meeting.json',
    'A meeting',
    'The minutes of one meeting, as published at /<board-id>/<YYYY-MM-DD>/index.json.',
    {
      id: text("The meeting's id: `<board-id>/<file name>`, such as `cyp/2025-09-08`."),
      url: url("The meeting's page."),
      board: object({ id: text("The board's id."), name: text("The board's name."), url: url("The board's page.") }),
      date: date("The meeting's date."),
      published: date(
        "When the minutes were published: the first commit of their file, or the meeting's date when the build has no git history.",
      ),
      updated: date(
        'When the minutes last changed: the latest commit of their file, or (without git history) the date of the meeting that approved them.',
      ),
      start: time('When the meeting started, local time (HH:MM), or null.'),
      end: time('When the meeting ended, local time (HH:MM), or null.'),
      startsAt: {
        type: ['string', 'null'],
        format: 'date-time',
        description: 'The start as an RFC 3339 date-time with the UK offset, or null.',
      },
      endsAt: {
        type: ['string', 'null'],
        format: 'date-time',
        description: 'The end as an RFC 3339 date-time with the UK offset, or null.',
      },
      venue: maybe('Where the meeting was held.'),
      status: {
        enum: ['draft', 'approved'],
        description: 'Whether the minutes have been approved as a correct record.',
      },
      approvedAt: { ...nullable(meetingRef), description: 'The meeting that approved these minutes, when known.' },
      approves: list(meetingRef, 'Earlier meetings whose minutes this meeting approved.'),
      contact: maybe('Whom to contact about the meeting.'),
      partial: maybe('Set when only part of the meeting is in the archive: what is missing.'),
      topics: strings('Topics the meeting is tagged with.'),
      attendance: object(
        Object.fromEntries(
          ATTENDANCE_KINDS.map(([key, kind]) => [key, list(attendee, `People recorded as ${kind.replace('_', ' ')}.`)]),
        ),
        'Attendance as the minutes record it.',
      ),
      declarations: list(
        object({
          person: personRef,
          item: maybe('The number of the item the interest was declared in.'),
          itemUrl: maybeUrl('That item on the meeting page.'),
          kind: maybe('The kind of interest, such as "Other Disclosable Interest".'),
          reason: maybe('The reason given.'),
        }),
        'Declarations of interest.',
      ),
      documents: list(documentRecord, 'Documents of the meeting.'),
      items: list(
        object({
          number: maybe('The item\'s number as the council writes it ("13", "CYP5", "7(a)").'),
          title: maybe("The item's title."),
          anchor: text("The item's anchor on the meeting page, such as `item-13`."),
          position: { type: 'integer', minimum: 1, description: "The item's position in the meeting, from 1." },
          url: url('The item on the meeting page.'),
          text: text("The item's text, as plain text."),
          topics: strings('Topics the item is tagged with.'),
          cutShort: { type: 'boolean', description: 'True when the source gave only the start of the item.' },
          fullText: maybeUrl('Where the full text of an item cut short can be read.'),
          decisions: list(
            object({
              id: text("The decision's anchor on the meeting page, such as `decision-17-1`."),
              url: url('The decision on the meeting page.'),
              text: text('The decision (RESOLVED) and its parts, as plain text.'),
              parts: strings('Each numbered part of the decision, as plain text.'),
            }),
            'The decisions (RESOLVED) of the item.',
          ),
          actions: list(
            object({ owner: personRef, decisions: strings('The ids of the decisions the action follows.') }),
            "Who acts on the item's decisions.",
          ),
          approves: list(date('A date.'), 'Dates of earlier meetings whose minutes this item approved.'),
          documents: list(documentRecord, 'Documents of the item.'),
        }),
        'The items of the meeting, in order.',
      ),
      source: object(
        {
          shape: {
            enum: ['moderngov-page', 'moderngov-table', 'moderngov-item', 'pdf-text', 'html-page', 'markdown', null],
            description: 'What the text was copied from.',
          },
          link: maybeUrl('Where the text was copied from.'),
          taken: maybeDate('When the text was copied.'),
        },
        'Where the text of the minutes came from.',
      ),
    },
  );
}

export function boardsSchema(output: OutputContext): Schema {
  const person = object({ person: text("The person's id in people.json."), name: text("The person's name.") });
  return envelope(output, 'boards.json', 'Boards', 'Every board and committee, as published at /data/boards.json.', {
    boards: list(
      object({
        id: text("The board's id, used in every address of the board."),
        name: text("The board's full name."),
        shortName: text('A shorter name.'),
        purpose: maybe('What the board is for.'),
        venue: maybe('Where it usually meets.'),
        url: url("The board's page."),
        feed: url("The board's Atom feed."),
        calendar: url("The board's iCalendar file."),
        standingItems: strings('Items that open every meeting.'),
        members: list(
          object({
            ...(person.properties as Record<string, Schema>),
            role: text('Chair, Vice-Chair, Member or Co-opted Member.'),
            from: maybeDate('When the membership began, if known.'),
            until: maybeDate('When it ended, if it has.'),
          }),
          "The board's members.",
        ),
        leadOfficer: { ...nullable(person), description: 'The lead officer.' },
        portfolioHolder: { ...nullable(person), description: 'The executive portfolio holder.' },
        meetings: count('How many meetings of the board the archive holds.'),
        firstMeeting: maybeDate('The date of the first of them.'),
        lastMeeting: maybeDate('The date of the last of them.'),
      }),
      'The boards, in the order of _data/boards.yaml.',
    ),
  });
}

export function peopleSchema(output: OutputContext): Schema {
  const attendanceCounts = Object.fromEntries(
    ATTENDANCE_KINDS.map(([, kind]) => [
      jsonName(kind),
      count(`Meetings of the board whose minutes record the person as ${kind.replace('_', ' ')}.`),
    ]),
  );
  return envelope(
    output,
    'people.json',
    'People',
    'Every person named in _data/people.yaml, as published at /data/people.json.',
    {
      people: list(
        object({
          id: text("The person's id."),
          name: text("The person's name as the site shows it."),
          role: maybe('Councillor, Officer, ...'),
          title: maybe("An officer's job title or a councillor's office."),
          aliases: strings('Other ways the minutes write the name.'),
          url: maybeUrl("The person's page, when the site has one."),
          memberships: list(
            object({
              board: text("The board's id."),
              role: text('Their role on the board.'),
              from: maybeDate('When the membership began, if known.'),
              until: maybeDate('When it ended, if it has.'),
            }),
            'Memberships of boards.',
          ),
          attendance: list(
            object({ board: text("The board's id."), ...attendanceCounts }),
            'For each board whose minutes name the person, how they are recorded. Counts, not percentages: a meeting the person was not expected at is not counted against them.',
          ),
          declarations: count('Declarations of interest the person made.'),
        }),
        'The people, in the order of _data/people.yaml.',
      ),
    },
  );
}

export function meetingsSchema(output: OutputContext): Schema {
  return envelope(
    output,
    'meetings.json',
    'Meetings',
    'A summary of every meeting, oldest first, as published at /data/meetings.json.',
    {
      meetings: list(
        object({
          id: text("The meeting's id, `<board-id>/<file name>`."),
          board: text("The board's id."),
          date: date("The meeting's date."),
          published: date('When the minutes were published.'),
          updated: date('When they last changed.'),
          start: time('Start time (HH:MM), or null.'),
          end: time('End time (HH:MM), or null.'),
          venue: maybe('Where it was held.'),
          status: { enum: ['draft', 'approved'], description: 'Whether the minutes are approved.' },
          partial: { type: 'boolean', description: 'True when only part of the meeting is in the archive.' },
          items: count('Number of items.'),
          decisions: count('Number of decisions.'),
          topics: strings("The meeting's topics."),
          url: url("The meeting's page."),
          data: url("The meeting's full record (JSON)."),
        }),
        'The meetings.',
      ),
    },
  );
}

/** A row of a CSV file, read as an object keyed by the header: every cell is text. */
function csvRowSchema(output: OutputContext, name: string, title: string, columns: Record<string, string>): Schema {
  return {
    $schema: DIALECT,
    $id: output.url(OutputPaths.schema(name)),
    title,
    description:
      'One row of the CSV file, read as an object keyed by the header row. Every cell is text; an empty cell means "not known". A cell whose text starts with = + - @ or an apostrophe is written with one more apostrophe in front, so that spreadsheets do not run it as a formula; remove one leading apostrophe from every cell that has one to get the text back exactly.',
    ...object(Object.fromEntries(Object.entries(columns).map(([column, description]) => [column, text(description)]))),
  };
}

const DECISION_COLUMN_DESCRIPTIONS: Record<string, string> = {
  board_id: "The board's id.",
  board_name: "The board's name.",
  meeting_date: "The meeting's date, YYYY-MM-DD.",
  minutes_status: '"draft" or "approved".',
  item_number: "The item's number as the council writes it.",
  item_title: "The item's title.",
  decision_id: "The decision's anchor on the meeting page.",
  decision_text: 'The decision, as plain text.',
  decision_url: 'The decision on the meeting page.',
  meeting_data: "The meeting's full record (JSON).",
};

const ATTENDANCE_COLUMN_DESCRIPTIONS: Record<string, string> = {
  board_id: "The board's id.",
  meeting_date: "The meeting's date, YYYY-MM-DD.",
  attendance: `How the minutes record the person: ${ATTENDANCE_KINDS.map(([, k]) => k).join(', ')}.`,
  person_id: "The person's id in people.json, empty when the name matched nobody.",
  name: 'The name as the site shows it.',
  name_as_written: 'The name exactly as the minutes wrote it.',
  role: 'Their role at the meeting, such as Chair.',
  substitute_for: 'For a substitute, whom they stood in for.',
  note: 'A note the minutes give.',
  meeting_url: "The meeting's page.",
};

export function decisionRowSchema(output: OutputContext): Schema {
  return csvRowSchema(
    output,
    'decisions-row.json',
    'A row of decisions.csv',
    Object.fromEntries(DECISION_COLUMNS.map((c) => [c, DECISION_COLUMN_DESCRIPTIONS[c]!])),
  );
}

export function attendanceRowSchema(output: OutputContext): Schema {
  return csvRowSchema(
    output,
    'attendance-row.json',
    'A row of attendance.csv',
    Object.fromEntries(ATTENDANCE_COLUMNS.map((c) => [c, ATTENDANCE_COLUMN_DESCRIPTIONS[c]!])),
  );
}

const PAPER_COLUMN_DESCRIPTIONS: Record<string, string> = {
  board_id: "The board's id.",
  meeting_date: "The meeting's date (YYYY-MM-DD).",
  item_number: 'The number of the item the paper belongs to; empty for the meeting as a whole.',
  title: "The paper's title.",
  kind: 'agenda, report, appendix, presentation or minutes; empty when not given.',
  file_url: 'Where the site publishes the file; empty for a paper the archive does not keep.',
  text_url: 'The page of its text; empty when there is none.',
  media_type: "The file's media type, such as application/pdf.",
  bytes: "The file's size in bytes.",
  sha256: "The SHA-256 of the file's bytes, in hex.",
  pages: "A PDF's number of pages.",
  link: 'Where the council publishes it, if known.',
  meeting_url: "The meeting's page.",
};

export function paperRowSchema(output: OutputContext): Schema {
  return csvRowSchema(
    output,
    'papers-row.json',
    'A row of papers.csv',
    Object.fromEntries(PAPER_COLUMNS.map((c) => [c, PAPER_COLUMN_DESCRIPTIONS[c]!])),
  );
}
