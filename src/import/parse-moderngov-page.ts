import { readItemHeading } from '../load/item-heading.ts';
import { BlockBuilder } from './blocks.ts';
import { Ledger } from './ledger.ts';
import { emptyMinutes, type ImportedDocument, type ImportedItem, type ImportedMinutes } from './minutes.ts';
import { readTitleLine, readMeetingLine } from './meeting-facts.ts';
import {
  ITEM_LABEL,
  ITEM_LINK,
  MINUTES_LABEL,
  PAGE_FURNITURE,
  readCutShort,
  readDocumentLink,
} from './moderngov-text.ts';
import type { SourceLine } from './source-file.ts';

/** A line that is only an item number: "13.", "CYP5", "7(a)", "EXB 45". */
export function bareItemNumber(text: string): string | undefined {
  const heading = readItemHeading(text);
  return heading.number !== undefined && heading.title === undefined ? heading.number : undefined;
}

/**
 * Reads a ModernGov "Agenda and minutes" page (and its single "Agenda item"
 * page, which is the same without the list of items): a title line with the
 * board, date and time; Venue and Contact; then each item as its number, its
 * title with the links to its documents, the labels "Additional documents:"
 * and "Minutes:", and the minutes' paragraphs.
 */
export function parseModernGovPage(
  lines: SourceLine[],
  shape: 'moderngov-page' | 'moderngov-item' = 'moderngov-page',
): ImportedMinutes {
  const ledger = new Ledger();
  const minutes = emptyMinutes(shape, ledger);
  const content = lines.filter((l) => l.text.trim() !== '');
  const preamble = new BlockBuilder();
  let body: BlockBuilder | undefined;
  let item: ImportedItem | undefined;
  let pendingBullet = false;
  // After "Additional documents:" or "Supporting documents:", lines with a document link are documents, not titles.
  let inDocuments = false;

  const startItem = (number: string | undefined, titleLine: SourceLine | undefined) => {
    finishItem();
    item = { blocks: [], cutShort: false, actions: [], ...(titleLine ? { line: titleLine.number } : {}) };
    inDocuments = false;
    if (number) item.number = number;
    body = new BlockBuilder();
    if (titleLine) readTitle(titleLine);
    minutes.items.push(item);
  };
  const finishItem = () => {
    if (item && body) item.blocks = body.blocks;
  };
  const addDocument = (line: SourceLine, link: NonNullable<ReturnType<typeof readDocumentLink>>, isTitle: boolean) => {
    const document: ImportedDocument = { title: link.title || item?.title || 'Document', size: link.size };
    if (item?.number) document.item = item.number;
    minutes.documents.push(document);
    ledger.field(
      line.number,
      isTitle ? link.link : line.text,
      isTitle ? "the link to the item's document" : 'a document of the item',
    );
  };
  const readTitle = (line: SourceLine) => {
    const text = line.text.trim();
    const link = readDocumentLink(text);
    const heading = readItemHeading(link ? link.title : text);
    if (heading.number && !item!.number && !bareItemNumber(text)) {
      item!.number = heading.number;
      if (heading.title) item!.title = heading.title;
    } else if (link) item!.title = link.title;
    else item!.title = text;
    if (link) addDocument(line, { ...link, title: item!.title ?? link.title }, true);
  };
  /** True when the lines after `index` are labels, documents and the page's links, ending in "Minutes:". */
  const titleFollows = (index: number): boolean => {
    // Documents follow a title only under their label ("Additional documents:"); a line with its own link is the next title.
    let underLabel = false;
    for (let k = index + 1; k < content.length; k++) {
      const next = content[k]!.text.trim();
      if (MINUTES_LABEL.test(next)) return true;
      if (ITEM_LABEL.test(next)) underLabel = true;
      else if (!ITEM_LINK.test(next) && !(underLabel && readDocumentLink(next))) return false;
    }
    return false;
  };
  /**
   * True when a number alone on line `index` heads an item: its title (which
   * has letters) is followed by the item's labels and links, then its
   * minutes, the next item's number or the end of the page. A number alone
   * inside the minutes ("2026" above "£120,000") is text, not an item.
   */
  const headsItem = (index: number): boolean => {
    const title = content[index + 1]?.text.trim();
    if (title === undefined || ITEM_LABEL.test(title) || !/\p{L}/u.test(title)) return false;
    for (let k = index + 2; k < content.length; k++) {
      const next = content[k]!.text.trim();
      if (MINUTES_LABEL.test(next) || bareItemNumber(next) !== undefined) return true;
      if (ITEM_LABEL.test(next) || ITEM_LINK.test(next) || readDocumentLink(next)) continue;
      return false;
    }
    return true;
  };

  let i = 0;
  for (; i < content.length; i++) {
    const line = content[i]!;
    const text = line.text.trim();
    const number = bareItemNumber(text);
    const next = content[i + 1];
    if (number !== undefined && next && headsItem(i)) {
      startItem(number, next);
      i++;
      pendingBullet = false;
      continue;
    }
    if (ITEM_LINK.test(text)) {
      ledger.furniture(line.number, text, 'a link of the web page');
      continue;
    }
    if (item && inDocuments && readDocumentLink(text)) {
      addDocument(line, readDocumentLink(text)!, false);
      continue;
    }
    if (
      !ITEM_LABEL.test(text) &&
      titleFollows(i) &&
      (item === undefined || body!.blocks.length > 0 || item.title !== undefined)
    ) {
      startItem(undefined, line);
      pendingBullet = false;
      continue;
    }
    if (!item) {
      readHeaderLine(line, minutes, preamble);
      continue;
    }
    if (!minutes.date && readMeetingLine(text)) {
      readHeaderLine(line, minutes, preamble);
      continue;
    }
    if (ITEM_LABEL.test(text)) {
      inDocuments = !MINUTES_LABEL.test(text);
      ledger.furniture(line.number, text, 'a label of the web page');
      continue;
    }
    const link = readDocumentLink(text);
    if (link) {
      addDocument(line, link, false);
      continue;
    }
    let rest = text;
    const cut = readCutShort(rest);
    if (cut) {
      item.cutShort = true;
      ledger.furniture(line.number, cut.marker.replace(/^(?:\.\.\.|…)\s*/, ''), "the web page's link to the full text");
      rest = `${cut.text} …`;
    }
    if (/^[·•\uf0b7▪●]$/.test(rest)) {
      pendingBullet = true;
      continue;
    }
    if (pendingBullet) body!.bullet(rest);
    else body!.line(rest);
    pendingBullet = false;
  }
  finishItem();
  minutes.preamble = preamble.blocks;
  return minutes;
}

/** Lines before the first item: the page's title, the meeting's title line, venue, contact. */
export function readHeaderLine(line: SourceLine, minutes: ImportedMinutes, preamble: BlockBuilder): void {
  const text = line.text.trim().replace(/\s+/g, ' ');
  const { ledger } = minutes;
  const title = readTitleLine(text);
  if (title && !minutes.date) {
    minutes.boardName = title.boardName;
    minutes.date = title.date;
    if (title.start) minutes.start = title.start;
    ledger.field(line.number, text, 'the board, date and time of the meeting');
    return;
  }
  const meeting = readMeetingLine(text);
  if (meeting && !minutes.date) {
    minutes.date = meeting.date;
    if (meeting.boardName) minutes.boardName = meeting.boardName;
    if (meeting.item) minutes.itemNumber = meeting.item;
    ledger.field(line.number, text, 'the meeting the item belongs to');
    return;
  }
  const venue = /^Venue\s*:(.*\S.*)$/is.exec(text);
  if (venue) {
    minutes.venue = venue[1]!.trim();
    ledger.field(line.number, text, 'the venue');
    return;
  }
  const contact = /^Contact\s*:(.*\S.*)$/is.exec(text);
  if (contact) {
    minutes.contact = contact[1]!.trim();
    ledger.field(line.number, text, 'the contact');
    return;
  }
  if (PAGE_FURNITURE.test(text)) {
    ledger.furniture(line.number, text, 'a heading of the web page');
    return;
  }
  preamble.line(text);
}
