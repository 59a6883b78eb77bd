import YAML from 'yaml';
import type { Block, ImportedAttendance, ImportedMinutes, ImportedPerson } from './minutes.ts';
import { numberAsWritten } from './otherwise-printed-numbers.ts';

export interface MeetingFacts {
  date: string;
  status: 'draft' | 'approved';
  /** The source file's name, recorded in `source.file`. */
  sourceFile: string;
  partial?: string;
  /** Doubts the clerk accepted: kept in the front matter until each is settled. */
  doubts?: string[];
}

const ATTENDANCE_KEYS: Array<[keyof ImportedAttendance, string]> = [
  ['present', 'present'],
  ['apologies', 'apologies'],
  ['absent', 'absent'],
  ['councilBusiness', 'council_business'],
  ['substitutes', 'substitutes'],
  ['officers', 'officers'],
  ['others', 'others'],
];

/** The meeting file in the archive's format: YAML front matter, then one `##` heading per item. */
export function writeMeeting(minutes: ImportedMinutes, facts: MeetingFacts): string {
  return `---\n${frontMatter(minutes, facts)}---\n\n${body(minutes)}`;
}

function frontMatter(minutes: ImportedMinutes, facts: MeetingFacts): string {
  const fields: Record<string, unknown> = { date: facts.date };
  if (minutes.start) fields.start = minutes.start;
  if (minutes.end) fields.end = minutes.end;
  if (minutes.venue) fields.venue = minutes.venue;
  fields.status = facts.status;
  if (minutes.contact) fields.contact = minutes.contact;
  if (facts.partial) fields.partial = facts.partial;
  const attendance: Record<string, unknown> = {};
  for (const [from, to] of ATTENDANCE_KEYS) {
    const list = minutes.attendance[from];
    if (list) attendance[to] = list.map(personEntry);
  }
  if (Object.keys(attendance).length > 0) fields.attendance = attendance;
  if (minutes.declarations.length > 0) {
    fields.declarations = minutes.declarations.map((d) => ({
      who: d.who,
      ...(d.item ? { item: d.item } : {}),
      ...(d.kind ? { kind: d.kind } : {}),
      ...(d.reason ? { reason: d.reason } : {}),
    }));
  }
  if (minutes.documents.length > 0)
    fields.documents = minutes.documents.map((d) => ({
      title: d.title,
      ...(d.item ? { item: d.item } : {}),
      ...(d.size ? { size: d.size } : {}),
      ...(d.link ? { link: d.link } : {}),
    }));
  fields.source = {
    shape: minutes.shape,
    ...(minutes.sourceLink ? { link: minutes.sourceLink } : {}),
    file: facts.sourceFile,
  };
  if (facts.doubts && facts.doubts.length > 0) fields.import_doubts = facts.doubts;

  const document = new YAML.Document(fields);
  // Times and item numbers are text: quoted, so YAML never reads them as numbers.
  YAML.visit(document, {
    Pair(_, pair) {
      const key = YAML.isScalar(pair.key) ? pair.key.value : undefined;
      if ((key === 'start' || key === 'end' || key === 'item') && YAML.isScalar(pair.value))
        pair.value.type = 'QUOTE_DOUBLE';
    },
    Seq(_, seq) {
      if (seq.items.every((entry) => YAML.isScalar(entry))) seq.flow = seq.items.length === 0 || seq.items.length <= 8;
    },
  });
  // Doubts are long sentences, one a line.
  const doubts = document.get('import_doubts', true);
  if (YAML.isSeq(doubts)) doubts.flow = false;
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function personEntry(person: ImportedPerson): string | Record<string, string> {
  if (!person.role && !person.note) return person.name;
  return {
    name: person.name,
    ...(person.role ? { role: person.role } : {}),
    ...(person.note ? { note: person.note } : {}),
  };
}

function body(minutes: ImportedMinutes): string {
  // A paragraph before the first item numbered as an earlier item (the importer doubts it) would read as a
  // misplaced item heading, and the draft would not pass the check: kept a paragraph, as written.
  const first = Number(/^\d+/.exec(minutes.items[0]?.number ?? '')?.[0] ?? NaN);
  const parts: string[] = minutes.preamble.map((block) =>
    renderBlock(block.kind === 'paragraph' ? { ...block, keepNumber: inRange(block.text, 0, first) } : block),
  );
  minutes.items.forEach((item, index) => {
    const printed = item.number === undefined ? undefined : numberAsWritten(item.number);
    const number = printed ? (/^\d+$/.test(printed) ? `${printed}.` : printed) : '';
    parts.push(`## ${[number, item.title ?? ''].filter(Boolean).join(' ')}`.trimEnd());
    // A paragraph numbered from this item's number up to the next's would read as a misplaced item heading: kept a paragraph.
    const from = Number(/^\d+/.exec(item.number ?? '')?.[0] ?? NaN);
    const to = Number(/^\d+/.exec(minutes.items[index + 1]?.number ?? '')?.[0] ?? Infinity);
    for (const block of item.blocks)
      parts.push(
        renderBlock(block.kind === 'paragraph' ? { ...block, keepNumber: inRange(block.text, from, to) } : block),
      );
    for (const owner of item.actions) parts.push(`Action: ${owner}`);
    if (item.cutShort) parts.push('Cut short:');
  });
  return `${parts.join('\n\n')}\n`;
}

function inRange(text: string, from: number, to: number): boolean {
  const lead = /^(\d{1,3})[.)]\s/.exec(text);
  return lead !== null && Number.isFinite(from) && Number(lead[1]) >= from && Number(lead[1]) < to;
}

function renderBlock(block: Block & { keepNumber?: boolean }): string {
  if (block.kind === 'action') return `Action: ${escapeInline(block.owner)}`;
  if (block.kind === 'paragraph') return escapeStart(escapeInline(block.text), false, block.keepNumber === true);
  if (block.kind === 'table') return renderTable(block);
  return block.items.map((entry) => `- ${escapeStart(escapeInline(entry), true)}`).join('\n');
}

/**
 * A table with a header row as a Markdown table (the site shows it as a
 * table, its header cells heading the columns); one without as a list of its
 * rows, the cells in column order parted by dashes, for a table needs a header.
 */
function renderTable(block: Extract<Block, { kind: 'table' }>): string {
  if (!block.header)
    return block.rows.map((row) => `- ${escapeStart(escapeInline(joinCells(row.filter(Boolean))), true)}`).join('\n');
  const line = (cells: string[]) => `| ${cells.map((cell) => escapeInline(cell) || ' ').join(' | ')} |`;
  return [line(block.header), `|${block.header.map(() => ' --- |').join('')}`, ...block.rows.map(line)].join('\n');
}

/**
 * A row's cells parted by dashes, but by a semicolon where a dash would
 * stand between two figures or dates and read as a range ("8th January
 * 2019; 5th March 2019", not "8th January 2019 – 5th March 2019").
 */
function joinCells(cells: string[]): string {
  return cells.reduce(
    (text, cell) => (text === '' ? cell : `${text}${/\d$/.test(text) && /^\d/.test(cell) ? '; ' : ' – '}${cell}`),
    '',
  );
}

/**
 * Characters Markdown reads as markup anywhere in a line (emphasis, code,
 * links, autolinks, strikethrough, table cells, entities, escapes) are
 * escaped with a backslash, so the published text shows exactly what the
 * source said: "*affordable*" stays "*affordable*", not italics.
 */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<~|]|&(?=#?\w+;)/g, (mark) => `\\${mark}`);
}

/**
 * Text that Markdown would read as markup at the start of a paragraph (a
 * heading, a quote, a bullet, a rule, a long number read as a list) is
 * escaped; the reader sees the same characters. A short number ("1) the
 * report be noted") starts a real numbered list, as in the source, except
 * inside a bullet, where it would start a list within the list.
 */
function escapeStart(text: string, inBullet: boolean, keepNumber = false): string {
  if (/^(?:#{1,6}(?:\s|$)|>|[+-](?:\s|$)|(?:[-=]\s*){3,}$|`{3}|~{3})/.test(text)) return `\\${text}`;
  // A decision numbered as a paragraph ("3. RESOLVED: …") stays a paragraph, so the archive reads it as a decision.
  const decision = !inBullet && /^\d{1,3}[.)]\s+(?:It was\s[^.:]*?)?(?:RESOLVED|AGREED|DECIDED)\s*:/i.test(text);
  const number = (inBullet || decision || keepNumber ? /^(\d{1,9})([.)])(\s|$)/ : /^(\d{3,9})([.)])(\s|$)/).exec(text);
  if (number) return `${number[1]}\\${number[2]}${text.slice(number[1]!.length + 1)}`;
  return text;
}
