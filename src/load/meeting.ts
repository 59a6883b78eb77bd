import {
  PAPER_KINDS,
  type Attendance,
  type Attendee,
  type Declaration,
  type Meeting,
  type MeetingDocument,
  type Source,
  type SourceShape,
} from '../model/types.ts';
import type { Diagnostics, Place } from '../model/diagnostics.ts';
import type { MeetingBody } from './meeting-body.ts';
import { isIsoDate } from '../text/dates.ts';
import { EARLIEST_YEAR, Fields } from './fields.ts';
import { splitFrontMatter } from './front-matter.ts';
import { readMeetingBody } from './meeting-body.ts';
import { mainNumber, sameItemNumber } from './item-heading.ts';
import { isMap, isScalar, type Node } from './yaml-source.ts';
import type { PeopleDirectory } from './people-directory.ts';
import { optional } from './site-data.ts';
import { textOfHtml } from '../text/html-text.ts';

const MEETING_FIELDS = [
  'date',
  'start',
  'end',
  'venue',
  'status',
  'approved_at',
  'approves',
  'contact',
  'partial',
  'topics',
  'attendance',
  'declarations',
  'documents',
  'source',
  'board',
  'title',
  'published',
  'import_doubts',
] as const;
const ATTENDANCE_LISTS = {
  present: 'present',
  apologies: 'apologies',
  absent: 'absent',
  council_business: 'councilBusiness',
  substitutes: 'substitutes',
  officers: 'officers',
  others: 'others',
} as const;
const ATTENDEE_FIELDS = ['name', 'role', 'note', 'for'] as const;
const DECLARATION_FIELDS = ['who', 'item', 'kind', 'reason'] as const;
const DOCUMENT_FIELDS = ['title', 'item', 'kind', 'size', 'link', 'file'] as const;
const SOURCE_FIELDS = ['shape', 'link', 'taken', 'file'] as const;
export const SOURCE_SHAPES: readonly SourceShape[] = [
  'moderngov-page',
  'moderngov-table',
  'moderngov-item',
  'pdf-text',
  'html-page',
  'markdown',
];

export interface MeetingFile {
  file: string;
  boardId: string;
  /** The file name without `.md`. */
  slug: string;
  text: string;
}

/** Where a name was written, for diagnostics about people nobody knows. */
export interface NamePlace {
  written: string;
  line: number;
  column: number;
}

export interface ReadMeeting {
  meeting: Meeting;
  /** Each name written in the front matter, with its place. */
  names: NamePlace[];
  /** Where the file's own `approved_at` is written, for checks across meetings (approvals.ts). */
  approvedAtPlace?: Place;
}

/** Reads one meeting file. Returns undefined when it is too broken to publish at all. */
export function readMeeting(
  input: MeetingFile,
  people: PeopleDirectory,
  diagnostics: Diagnostics,
): ReadMeeting | undefined {
  const { file, boardId, slug, text } = input;
  const { yaml, body, bodyLine } = splitFrontMatter(text, file, diagnostics);
  if (!yaml || !Fields.isMapping(yaml.root)) {
    if (yaml)
      diagnostics.error(
        file,
        { line: 2, column: 1 },
        'wrong-type',
        'the front matter should be fields such as "date: 2025-09-08", one a line',
      );
    // The meeting cannot be published, but the problems of its body are still worth knowing now.
    readMeetingBody(body, bodyLine, file, diagnostics);
    return undefined;
  }
  const fields = new Fields(yaml, yaml.root, diagnostics, 'the meeting');
  fields.checkKnown(MEETING_FIELDS);
  const date = fields.date('date', { required: true });
  const status = fields.oneOf('status', ['draft', 'approved'] as const, { required: true });
  const names: NamePlace[] = [];
  const nameRef = (written: string, node: Node) => {
    const place = yaml.placeOf(node);
    names.push({ written, ...place });
    return people.resolve(written);
  };

  if (date && !(slug === date || slug.startsWith(`${date}-`))) {
    fields.problem(
      'date',
      'date-file-mismatch',
      `the meeting's date is ${date}, but the file is named ${slug}.md`,
      `Rename the file to ${date}.md, or correct the date.`,
    );
  }
  const boardField = fields.text('board');
  if (boardField !== undefined && boardField !== boardId) {
    fields.problem(
      'board',
      'board-mismatch',
      `the meeting says board "${boardField}", but it is in the folder of board "${boardId}"`,
      'Move the file to the right board folder, or remove the "board" line.',
    );
  }

  const attendance = readAttendance(fields.mapping('attendance', 'the attendance'), nameRef, diagnostics);
  const declarations = fields.list('declarations').flatMap((node) => {
    const d = new Fields(yaml, node, diagnostics, 'a declaration of interest');
    if (!isMap(node)) {
      diagnostics.error(
        file,
        yaml.placeOf(node),
        'wrong-type',
        'each declaration should have "who", "item", "kind" and "reason" fields',
      );
      return [];
    }
    d.checkKnown(DECLARATION_FIELDS);
    const who = d.text('who', { required: true });
    if (!who) return [];
    const declaration: Declaration = {
      who: nameRef(who, d.valueNode('who')!),
      ...optional('item', d.text('item')?.replace(/\.$/, '')),
      ...optional('kind', d.text('kind')),
      ...optional('reason', d.text('reason')),
    };
    return [{ declaration, place: d.placeOf('item') }];
  });
  const documents = fields.list('documents').flatMap((node): MeetingDocument[] => {
    const d = new Fields(yaml, node, diagnostics, 'a document');
    if (!isMap(node)) {
      diagnostics.error(
        file,
        yaml.placeOf(node),
        'wrong-type',
        'each document should have a "title", and may have "item", "kind", "file", "size" and "link"',
      );
      return [];
    }
    d.checkKnown(DOCUMENT_FIELDS);
    const title = d.text('title', { required: true });
    if (!title) return [];
    return [
      {
        title,
        ...optional('item', d.text('item')?.replace(/\.$/, '')),
        ...optional('kind', d.oneOf('kind', PAPER_KINDS)),
        ...optional('size', d.text('size')),
        ...optional('link', d.link('link')),
        ...optional('file', d.text('file')),
        line: yaml.placeOf(node).line,
      },
    ];
  });
  const sourceFields = fields.mapping('source', 'the source');
  sourceFields?.checkKnown(SOURCE_FIELDS);
  const source: Source = sourceFields
    ? {
        ...optional('shape', sourceFields.oneOf('shape', SOURCE_SHAPES)),
        ...optional('link', sourceFields.link('link')),
        ...optional('taken', sourceFields.date('taken')),
        ...optional('file', sourceFields.text('file')),
      }
    : {};
  const approvesDates = fields.list('approves').flatMap((node) => {
    const value = isScalar(node) ? String(node.value) : '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      diagnostics.error(
        file,
        yaml.placeOf(node),
        'date-format',
        `the meeting: each date in "approves" should be written YYYY-MM-DD, not "${value}"`,
      );
    } else if (!isIsoDate(value)) {
      diagnostics.error(
        file,
        yaml.placeOf(node),
        'date-impossible',
        `the meeting: "approves" holds ${value}, a date that does not exist`,
        'Check the day and the month.',
      );
    } else if (Number(value.slice(0, 4)) < EARLIEST_YEAR) {
      diagnostics.error(
        file,
        yaml.placeOf(node),
        'date-implausible',
        `the meeting: "approves" holds ${value}, before ${EARLIEST_YEAR}, the earliest year a record of the archive can have`,
        'Check the year.',
      );
    } else if (date && (value > date || (value === date && slug === date))) {
      diagnostics.error(
        file,
        yaml.placeOf(node),
        'approves-not-earlier',
        `the meeting: "approves" holds ${value}, which is ${value === date ? 'this meeting itself' : 'after this meeting'}; a meeting approves the minutes of earlier meetings`,
        'Write the date of the earlier meeting whose minutes were approved.',
      );
    } else return [value];
    return [];
  });

  const bodyItems = readMeetingBody(body, bodyLine, file, diagnostics);
  const seen = new Map<string, number>();
  for (const item of bodyItems.items) {
    if (item.number !== undefined) {
      const key = item.anchor;
      if (seen.has(key)) {
        diagnostics.error(
          file,
          { line: item.line, column: 1 },
          'item-duplicate',
          `two items are numbered ${item.number} (the other is on line ${seen.get(key)})`,
          'Each item of a meeting needs its own number.',
        );
      } else seen.set(key, item.line);
    }
    if (item.text === '' && !item.cutShort) {
      diagnostics.warning(
        file,
        { line: item.line, column: 1 },
        'item-empty',
        `item ${item.number ?? item.title ?? item.position} has no text`,
        'Add the minutes of the item, or remove its heading.',
      );
    }
  }
  const items = bodyItems.items.map(({ actionOwners, text, ...item }) => ({
    ...item,
    // Kept only where the HTML does not give it back (model/item-text.ts).
    ...(textOfHtml(item.html) !== text ? { text } : {}),
    actions: actionOwners.map((owner) => ({
      owner: people.resolve(owner),
      decisionIds: item.decisions.map((d) => d.id),
    })),
    documents: documents.filter(
      (doc) => doc.item !== undefined && item.number !== undefined && sameItemNumber(doc.item, item.number),
    ),
  }));
  // A paper on an item the minutes lack is shown with the meeting's own papers, never left out.
  for (const doc of documents) {
    if (doc.item === undefined || items.some((it) => it.number !== undefined && sameItemNumber(it.number, doc.item!)))
      continue;
    diagnostics.warning(
      file,
      { line: doc.line!, column: 1 },
      'item-unknown',
      `the document "${doc.title}" is on item ${doc.item}, which this meeting does not have, so it is shown with the papers of the meeting as a whole`,
      'Use the number as it appears in the item heading, or remove "item" for a paper of the whole meeting.',
    );
  }
  for (const { declaration, place } of declarations) {
    if (declaration.item === undefined) continue;
    const item = items.find((it) => it.number !== undefined && sameItemNumber(it.number, declaration.item!));
    if (item) declaration.itemAnchor = item.anchor;
    else
      diagnostics.warning(
        file,
        place,
        'item-unknown',
        `the declaration by ${declaration.who.written} is on item ${declaration.item}, which this meeting does not have`,
        'Use the number as it appears in the item heading.',
      );
  }

  const approvedAt = fields.date('approved_at');
  const approvedAtPlace = approvedAt ? fields.placeOf('approved_at') : undefined;
  if (status === 'draft' && approvedAt) {
    fields.problem(
      'approved_at',
      'status-conflict',
      'the meeting is a draft but says where it was approved',
      'Set "status: approved", or remove "approved_at".',
    );
  }
  if (approvedAt && date && approvedAt <= date) {
    fields.problem(
      'approved_at',
      'approval-not-later',
      approvedAt === date
        ? `"approved_at" is ${approvedAt}, the day of this meeting itself; minutes are approved at a later meeting`
        : `"approved_at" is ${approvedAt}, before this meeting of ${date} took place`,
      'Write the date of the later meeting that approved these minutes.',
    );
  }
  const partial = fields.text('partial');
  if (!partial) reportItemOrder(bodyItems, file, diagnostics);
  const unconfirmed = attendanceUnconfirmed(fields.mapping('attendance', 'the attendance'));
  if (unconfirmed && status) {
    const message =
      'the attendance is marked "confirmed: false": it is still the board\'s membership as npm run new wrote it, not who came';
    const hint =
      'Move anyone who did not come to apologies or absent, add substitutes and officers, then remove the line "confirmed: false".';
    if (status === 'approved')
      diagnostics.error(
        file,
        unconfirmed,
        'attendance-unconfirmed',
        `${message}, and these minutes are approved`,
        hint,
      );
    else diagnostics.warning(file, unconfirmed, 'attendance-unconfirmed', message, hint);
  }
  // Every field is read before giving up on a meeting, so that all its problems are reported at once.
  const start = fields.time('start');
  const end = fields.time('end');
  const venue = fields.text('venue');
  const contact = fields.text('contact');
  const topics = fields.texts('topics');
  const published = publishedDate(fields, date);
  // A draft the importer wrote with doubts the clerk accepted: each one is to be checked and removed.
  for (const doubt of fields.texts('import_doubts')) {
    const report = status === 'approved' ? fields.problem.bind(fields) : fields.caution.bind(fields);
    report(
      'import_doubts',
      'import-doubt',
      `the importer was not sure of this, and it has not been settled: ${doubt}`,
      status === 'approved'
        ? 'Minutes with doubts cannot be approved: check the text against the source, correct it, and remove the line from import_doubts.'
        : 'Check the text against the source, correct it, then remove the line from import_doubts.',
    );
  }
  if (!date || !status) return undefined;
  const meeting: Meeting = {
    key: `${boardId}/${slug}`,
    boardId,
    date,
    slug,
    ...optional('start', start),
    ...optional('end', end),
    ...optional('venue', venue),
    status,
    ...optional('contact', contact),
    ...optional('partial', partial),
    topics,
    attendance,
    declarations: declarations.map((d) => d.declaration),
    documents,
    source,
    preambleHtml: bodyItems.preambleHtml,
    items,
    ...optional('approvedAt', approvedAt ? { date: approvedAt } : undefined),
    approves: [...new Set([...approvesDates, ...items.flatMap((i) => i.approves)])].map((d) => {
      const item = items.find((i) => i.approves.includes(d));
      return { date: d, ...optional('itemAnchor', item?.anchor) };
    }),
    file,
    ...optional('published', published),
  };
  return { meeting, names, ...optional('approvedAtPlace', approvedAtPlace) };
}

/** Where `confirmed: false` stands in the attendance, if it does. */
function attendanceUnconfirmed(attendance: Fields | undefined): Place | undefined {
  return attendance?.flag('confirmed') === false ? attendance.placeOf('confirmed') : undefined;
}

/**
 * Warns about items out of order and gaps in their numbers: either may be
 * intended (an item taken early, an exempt item left out), but is often a
 * slip. Items are compared by their main number ("7" of "7(a)") among items
 * with the same letters before it.
 */
function reportItemOrder({ items, lostNumbers }: MeetingBody, file: string, diagnostics: Diagnostics): void {
  const explained = new Set(lostNumbers.map((n) => n.toUpperCase().replace(/[.\s]/g, '')));
  const last = new Map<string, { number: string; value: number }>();
  const seen = new Set<string>();
  for (const item of items) {
    const main = item.number === undefined ? undefined : mainNumber(item.number);
    // A number used twice is an error of its own (item-duplicate), not a question of order.
    if (!main || seen.has(item.anchor)) continue;
    seen.add(item.anchor);
    const before = last.get(main.prefix);
    last.set(main.prefix, { number: item.number!, value: main.value });
    if (!before || main.value === before.value || main.value === before.value + 1) continue;
    const place = { line: item.line, column: 1 };
    if (main.value < before.value) {
      diagnostics.warning(
        file,
        place,
        'item-order',
        `item ${item.number} comes after item ${before.number}`,
        'If the meeting took the items in this order, leave it; otherwise check the numbers.',
      );
    } else {
      const missing = main.value - before.value - 1;
      const numbers = Array.from({ length: missing }, (_, i) => `${main.prefix}${before.value + 1 + i}`);
      if (numbers.every((n) => explained.has(n))) continue;
      const which =
        missing === 1
          ? `${main.prefix}${before.value + 1} is`
          : `${main.prefix}${before.value + 1} to ${main.prefix}${main.value - 1} are`;
      diagnostics.warning(
        file,
        place,
        'item-number-gap',
        `item ${which} missing between item ${before.number} and item ${item.number}`,
        'If those items were not published (for example exempt items), leave it, or say so with "partial:"; otherwise check the headings.',
      );
    }
  }
}

/**
 * `published:`: when the minutes were first published, where the source says
 * (the importer sets it). It wins over git's first commit for "First
 * published", as minutes imported from an old PDF were published long before
 * they were committed. Minutes cannot be published before their meeting.
 */
function publishedDate(fields: Fields, meetingDate: string | undefined): string | undefined {
  const published = fields.date('published');
  if (published === undefined || meetingDate === undefined || published >= meetingDate) return published;
  fields.problem(
    'published',
    'published-before-meeting',
    `the meeting: "published" is ${published}, before the meeting itself on ${meetingDate}`,
    'Give the date the minutes were first published, on or after the meeting.',
  );
  return undefined;
}

function readAttendance(
  fields: Fields | undefined,
  nameRef: (written: string, node: Node) => ReturnType<PeopleDirectory['resolve']>,
  diagnostics: Diagnostics,
): Attendance {
  const attendance: Attendance = {
    present: [],
    apologies: [],
    absent: [],
    councilBusiness: [],
    substitutes: [],
    officers: [],
    others: [],
  };
  if (!fields) return attendance;
  fields.checkKnown([...Object.keys(ATTENDANCE_LISTS), 'confirmed']);
  for (const [key, list] of Object.entries(ATTENDANCE_LISTS) as Array<
    [keyof typeof ATTENDANCE_LISTS, keyof Attendance]
  >) {
    for (const node of fields.list(key)) {
      if (isScalar(node)) {
        const written = String(node.value ?? '').trim();
        if (written && written.toLowerCase() !== 'none') attendance[list].push(nameRef(written, node));
        continue;
      }
      const entry = new Fields(fields.source, node, diagnostics, `an entry of "${key}"`);
      if (!isMap(node)) {
        diagnostics.error(
          fields.source.file,
          fields.source.placeOf(node),
          'wrong-type',
          `each entry of "${key}" should be a name, or "name:" with "role" or "note"`,
        );
        continue;
      }
      entry.checkKnown(ATTENDEE_FIELDS);
      const written = entry.text('name', { required: true });
      if (!written) continue;
      const substituteFor = entry.text('for');
      const attendee: Attendee = {
        ...nameRef(written, entry.valueNode('name')!),
        ...optional('role', entry.text('role')),
        ...optional('note', entry.text('note')),
        ...optional('substituteFor', substituteFor ? nameRef(substituteFor, entry.valueNode('for')!) : undefined),
      };
      attendance[list].push(attendee);
    }
  }
  return attendance;
}
