import { BlockBuilder } from './blocks.ts';
import { Ledger } from './ledger.ts';
import { emptyMinutes, type ImportedItem, type ImportedMinutes } from './minutes.ts';
import { readItemHeading } from '../load/item-heading.ts';
import { readHeaderLine } from './parse-moderngov-page.ts';
import { readCutShort, readDocumentLink } from './moderngov-text.ts';
import type { SourceLine } from './source-file.ts';
import { joinWrappedLines, splitAround, withoutClosingBar } from '../text/linear-text.ts';

const TABLE_HEADER = /^\|?\s*No\.?\s*\|\s*Item\s*(?:\|\s*)?$/i;
const TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$/;
const MINUTES_LABEL = /\b(?:Minutes|Decision)\s*:\s*/;
const OTHER_LABEL = /\b(?:Additional|Supporting) documents\s*:\s*/gi;
const INLINE_BULLET = /[·•\uf0b7▪●]/;

/**
 * Reads a ModernGov page copied with its table layout: a "No. | Item |"
 * header, then one row per item ending in "|", whose cell holds the title,
 * the labels "Additional documents:" and "Minutes:", and the minutes, often
 * with the number lost and lines wrapped anywhere.
 */
export function parseModernGovTable(lines: SourceLine[]): ImportedMinutes {
  const ledger = new Ledger();
  const minutes = emptyMinutes('moderngov-table', ledger);
  const preamble = new BlockBuilder();
  let inTable = false;
  let row: SourceLine[] = [];

  for (const line of lines) {
    const text = line.text.trim();
    if (!inTable) {
      if (TABLE_HEADER.test(text)) {
        inTable = true;
        ledger.furniture(line.number, text, 'the header of the table');
      } else if (text !== '') readHeaderLine(line, minutes, preamble);
      continue;
    }
    if (TABLE_RULE.test(text)) {
      if (text.replace(/\|/g, '').trim() !== '') ledger.furniture(line.number, text, 'a rule of the table');
      continue;
    }
    if (text === '' || text === '|') continue;
    row.push(line);
    if (text.endsWith('|')) {
      minutes.items.push(readRow(row, minutes));
      row = [];
    }
  }
  if (row.length > 0) minutes.items.push(readRow(row, minutes));
  minutes.preamble = preamble.blocks;
  return minutes;
}

function readRow(row: SourceLine[], minutes: ImportedMinutes): ImportedItem {
  const { ledger } = minutes;
  const item: ImportedItem = { blocks: [], cutShort: false, actions: [], line: row[0]!.number };
  // The row's cells: a number cell, when the page kept it, then the item.
  let text = withoutClosingBar(row.map((l) => l.text.trim()).join('\n'));
  const first = row[0]!.number;
  const cells = splitAround(text, /\|/g, true);
  if (cells.length > 1 && readItemHeading(cells[0]!).number && !readItemHeading(cells[0]!).title) {
    item.number = readItemHeading(cells[0]!).number;
    text = cells.slice(1).join(' | ');
  }
  // The title is what comes before the labels; the minutes follow "Minutes:".
  const minutesLabel = MINUTES_LABEL.exec(text);
  let head = minutesLabel ? text.slice(0, minutesLabel.index) : text;
  let rest = minutesLabel ? text.slice(minutesLabel.index + minutesLabel[0].length) : '';
  if (minutesLabel) ledger.furniture(first, minutesLabel[0].trim(), 'a label of the web page');
  head = head.replace(OTHER_LABEL, (label) => {
    ledger.furniture(first, label.trim(), 'a label of the web page');
    return ' ';
  });
  let title = head.replace(/\s+/g, ' ').trim();
  const link = readDocumentLink(title);
  if (link) {
    title = link.title;
    ledger.field(first, link.link, "the link to the item's document");
  }
  if (title) {
    const heading = readItemHeading(title);
    if (!item.number && heading.number && heading.title) {
      item.number = heading.number;
      item.title = heading.title;
    } else item.title = title;
  }
  if (link)
    minutes.documents.push({
      title: item.title ?? title,
      ...(item.number ? { item: item.number } : {}),
      size: link.size,
    });
  const cut = readCutShort(rest.trimEnd());
  if (cut) {
    item.cutShort = true;
    item.number ??= cut.item;
    ledger.furniture(
      row.at(-1)!.number,
      cut.marker.replace(/^(?:\.\.\.|…)\s*/, ''),
      "the web page's link to the full text",
    );
    rest = `${cut.text} …`;
  }
  const body = new BlockBuilder();
  for (const chunk of rest.split(/\n\s*\n/)) {
    // Lines of a cell wrap anywhere: join them, then split at bullets and at decisions.
    const joined = joinWrappedLines(chunk).trim();
    if (joined === '') continue;
    // The text is trimmed, so trimming each part drops just the spaces around the bullets.
    const [lead, ...bullets] = joined.split(INLINE_BULLET).map((part) => part.trim());
    addWithDecisions(body, lead!, false);
    for (const bullet of bullets) addWithDecisions(body, bullet, true);
  }
  item.blocks = body.blocks;
  return item;
}

/** "… was noted. RESOLVED: That …" — a decision starts a paragraph of its own. */
function addWithDecisions(body: BlockBuilder, text: string, asBullet: boolean): void {
  const parts = splitAround(text, /RESOLVED\s*:/g, false);
  parts.forEach((part, index) => {
    if (index === 0 && asBullet) body.bullet(part);
    else body.paragraph(part);
  });
}
