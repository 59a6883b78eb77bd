import { parseHTML } from 'linkedom';
import { isMeetingNote } from './action-notes.ts';
import { addToAttendance, attendanceLabel, readNames } from './attendance.ts';
import { BlockBuilder } from './blocks.ts';
import { Ledger } from './ledger.ts';
import { readOpeningSentence, readTitleLine } from './meeting-facts.ts';
import type { ImportedAttendance, ImportedItem, ImportedMinutes } from './minutes.ts';
import { MINUTES_LABEL, ITEM_LABEL, ITEM_LINK, PAGE_FURNITURE } from './moderngov-text.ts';
import { readItemNumber } from './item-number.ts';
import type { SourceLine } from './source-file.ts';

/** One block of the page as a reader sees it: a heading, a paragraph, a list entry, a table cell's text. */
interface PageBlock {
  kind: 'heading' | 'text' | 'bullet';
  text: string;
  /** The block is a cell of a table row whose first cell holds only an item number. */
  rowNumber?: string;
  /** The owner printed at the end of a paragraph after a wide gap, in emphasis (a parish council's action column). */
  owner?: string;
  links: Array<{ text: string; href: string; size?: string }>;
  line: number;
}

export type HtmlRead =
  { ok: true; minutes: ImportedMinutes; lines: SourceLine[]; text: string } | { ok: false; problem: string };

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'SELECT',
  'FORM',
  'IFRAME',
  'HEAD',
]);
const BLOCKS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'TD',
  'TH',
  'DT',
  'DD',
  'TR',
  'TABLE',
  'UL',
  'OL',
  'DL',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'NAV',
  'MAIN',
  'ASIDE',
  'BLOCKQUOTE',
  'HR',
  'BR',
  'TBODY',
  'THEAD',
  'CAPTION',
  'FIGURE',
  'ADDRESS',
  'TIME',
]);
const FRAME = new Set(['NAV', 'FOOTER', 'ASIDE']);
const SIZE = /\b(?:PDF|DOC|DOCX|XLS|XLSX|RTF|ODT|HTML?)\s*(\d+(?:\.\d+)?\s*[KMG]B)\b/i;
const DOCUMENT_HREF = /\.(?:pdf|docx?|xlsx?|rtf|odt|pptx?)(?:$|[?#])|ieListDocuments|mgConvert2PDF|documents\/s\d+/i;
/** An owner at a paragraph's end, after a run of spaces or tabs: "… sent to the local MP.      Clerk". */
const TRAILING_OWNER_GAP = /[\t ]{3,}|\t/;

/**
 * Reads a meeting page saved from the browser through its HTML structure:
 * the page's headings and table rows are its items (a heading or a row whose
 * first cell is an item number), "Minutes:" and "Decision:" start an item's
 * minutes (the agenda's text before them is listed, not kept), links to
 * documents give their titles, addresses and sizes, and the site's
 * navigation and footer are its frame. The text's words are read from the
 * DOM, so a paragraph is a paragraph, however the page wrapped its lines.
 */
export function readHtmlPage(html: string): HtmlRead {
  const { document } = parseHTML(html.includes('<html') ? html : `<!DOCTYPE html><html><body>${html}</body></html>`);
  const root =
    document.querySelector('#mgContent, .mgContent, main, [role="main"], #content, .content') ??
    document.body ??
    document.documentElement;
  if (!root) return { ok: false, problem: 'the page has no body to read' };
  const lines: SourceLine[] = [];
  const ledger = new Ledger();
  const blocks: PageBlock[] = [];
  const addLine = (text: string) => {
    lines.push({ number: lines.length + 1, text });
    return lines.length;
  };
  // The page's frame outside the minutes (site navigation, the footer) is listed as furniture.
  const frameText = (element: Element) => {
    const text = clean(element.textContent ?? '');
    if (text) ledger.furniture(addLine(text), text, "the website's navigation or footer");
  };
  collectBlocks(root, blocks, addLine, frameText);
  const timeElement = root.querySelector('time[datetime]');
  const minutes = interpret(blocks, ledger, timeElement?.getAttribute('datetime') ?? undefined);
  return { ok: true, minutes, lines, text: lines.map((l) => l.text).join('\n') };
}

const clean = (text: string) =>
  text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function collectBlocks(
  root: Element,
  blocks: PageBlock[],
  addLine: (text: string) => number,
  frame: (element: Element) => void,
): void {
  let inline: Node[] = [];
  const flushInline = (kind: PageBlock['kind'], rowNumber?: string) => {
    const raw = inline.map((n) => n.textContent ?? '').join('');
    const nodes = inline;
    inline = [];
    const text = clean(raw);
    if (text === '') return;
    const block: PageBlock = { kind, text, links: [], line: 0, ...(rowNumber ? { rowNumber } : {}) };
    // An owner in emphasis at the paragraph's end, set apart by a run of spaces or tabs.
    const last = [...nodes].reverse().find((n) => clean(n.textContent ?? '') !== '');
    if (last && last.nodeType === 1 && /^(?:EM|I|STRONG|B)$/.test((last as Element).tagName)) {
      const ownerText = clean(last.textContent ?? '');
      const before = nodes
        .slice(0, nodes.indexOf(last))
        .map((n) => n.textContent ?? '')
        .join('');
      const gap = /([\t ]+)$/.exec(before.replace(/\u00a0/g, ' '))?.[1] ?? '';
      if (
        TRAILING_OWNER_GAP.test(gap) &&
        ownerText.split(' ').length <= 6 &&
        clean(before) !== '' &&
        !isMeetingNote(ownerText)
      ) {
        block.owner = ownerText;
        block.text = clean(before);
      }
    }
    for (const node of nodes) {
      const anchors =
        node.nodeType === 1
          ? [
              ...((node as Element).tagName === 'A' ? [node as Element] : []),
              ...(node as Element).querySelectorAll('a[href]'),
            ]
          : [];
      for (const a of anchors) {
        const href = a.getAttribute('href') ?? '';
        if (!DOCUMENT_HREF.test(href)) continue;
        const linkText = clean(a.textContent ?? '');
        const size = SIZE.exec(linkText)?.[1] ?? SIZE.exec(clean(a.parentElement?.textContent ?? ''))?.[1];
        block.links.push({
          text: linkText,
          href,
          ...(size ? { size: size.replace(/(\d)\s*([KMG]B)/i, '$1 $2') } : {}),
        });
      }
    }
    block.line = addLine(block.owner ? `${block.text} ${block.owner}` : block.text);
    blocks.push(block);
  };
  const walk = (element: Element, kind: PageBlock['kind'], rowNumber?: string) => {
    for (const node of [...element.childNodes]) {
      if (node.nodeType === 3) {
        inline.push(node);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const tag = child.tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (FRAME.has(tag) || child.getAttribute('role') === 'navigation') {
        flushInline(kind, rowNumber);
        frame(child);
        continue;
      }
      if (!BLOCKS.has(tag)) {
        inline.push(child);
        continue;
      }
      flushInline(kind, rowNumber);
      if (tag === 'BR' || tag === 'HR') continue;
      if (tag === 'TR') {
        const cells = [...child.children].filter((c) => /^(?:TD|TH)$/i.test(c.tagName));
        const number = cells.length >= 2 ? readItemNumber(clean(cells[0]!.textContent ?? '')) : undefined;
        if (number && number.title === undefined) {
          for (const cell of cells.slice(1)) walk(cell, 'text', number.number);
          continue;
        }
      }
      const childKind: PageBlock['kind'] = /^H[1-6]$/.test(tag) ? 'heading' : tag === 'LI' ? 'bullet' : kind;
      walk(child, childKind, rowNumber);
      flushInline(childKind, rowNumber);
    }
  };
  walk(root, 'text');
  flushInline('text');
}

/** Reads the blocks as minutes: the header before the first item, then items with their minutes. */
function interpret(blocks: PageBlock[], ledger: Ledger, datetime: string | undefined): ImportedMinutes {
  const minutes: ImportedMinutes = {
    shape: 'html-page',
    attendance: {},
    declarations: [],
    documents: [],
    preamble: [],
    items: [],
    ledger,
  };
  if (datetime && /^\d{4}-\d{2}-\d{2}/.test(datetime)) minutes.date = datetime.slice(0, 10);
  const preamble = new BlockBuilder();
  let item: ImportedItem | undefined;
  let body = new BlockBuilder();
  let inAgendaText = false;
  let pendingList: keyof ImportedAttendance | undefined;
  let lastRow: string | undefined;
  // Rows with a "Minutes:" label: their text before it is the agenda's.
  const rowsWithLabel = new Set(blocks.filter((b) => MINUTES_LABEL.test(b.text)).map((b) => b.rowNumber));
  const finish = () => {
    if (item) item.blocks = body.blocks;
  };
  const start = (number: string | undefined, title: string | undefined, block: PageBlock) => {
    finish();
    item = {
      blocks: [],
      cutShort: false,
      actions: [],
      line: block.line,
      ...(number ? { number } : {}),
      ...(title ? { title } : {}),
    };
    minutes.items.push(item);
    body = new BlockBuilder();
    inAgendaText = false;
    for (const link of block.links) addDocument(link, block);
  };
  const addDocument = (link: PageBlock['links'][number], block: PageBlock) => {
    const title =
      clean(link.text.replace(SIZE, '').replace(/\b(?:pdf|doc|docx)\s+icon\b/i, '')) || item?.title || 'Document';
    minutes.documents.push({
      title,
      ...(item?.number ? { item: item.number } : {}),
      ...(link.size ? { size: link.size } : {}),
    });
    ledger.field(block.line, link.text, `a document of the item (${link.href})`);
  };

  for (const block of blocks) {
    const text = block.text;
    // A new table row with an item number: its first block is the title.
    if (block.rowNumber !== undefined && block.rowNumber !== lastRow) {
      lastRow = block.rowNumber;
      const title = block.links.length > 0 && block.links[0]!.text === text ? text : text.replace(SIZE, '').trim();
      start(block.rowNumber, title, block);
      if (rowsWithLabel.has(block.rowNumber)) inAgendaText = true;
      continue;
    }
    if (block.kind === 'heading' || (block.rowNumber === undefined && isNumberedHeading(block))) {
      const heading = readItemNumber(text);
      if (heading?.number && heading.title) {
        start(heading.number, heading.title, block);
        continue;
      }
    }
    if (ITEM_LINK.test(text)) {
      ledger.furniture(block.line, text, 'a link of the web page');
      continue;
    }
    if (ITEM_LABEL.test(text)) {
      ledger.furniture(block.line, text, 'a label of the web page');
      inAgendaText = !MINUTES_LABEL.test(text) && inAgendaText;
      if (MINUTES_LABEL.test(text)) inAgendaText = false;
      continue;
    }
    if (!item) {
      readHeaderBlock(
        block,
        minutes,
        preamble,
        () => pendingList,
        (list) => (pendingList = list),
      );
      continue;
    }
    if (inAgendaText) {
      if (block.links.length > 0) for (const link of block.links) addDocument(link, block);
      else ledger.furniture(block.line, text, 'the agenda\'s text for the item (before "Minutes:")');
      continue;
    }
    if (block.links.length > 0 && block.links.map((l) => l.text).join(' ') === text) {
      for (const link of block.links) addDocument(link, block);
      continue;
    }
    if (block.kind === 'bullet') body.bullet(text);
    else if (block.kind === 'heading') body.paragraph(text);
    else body.line(text);
    if (block.owner) {
      body.blocks.push({ kind: 'action', owner: block.owner });
      ledger.field(block.line, block.owner, "the owner of an action, printed at the paragraph's end");
    }
  }
  finish();
  minutes.preamble = preamble.blocks;
  return minutes;
}

/** A paragraph that is all in bold or reads "12. Title" with a short title, standing for a heading. */
function isNumberedHeading(block: PageBlock): boolean {
  const heading = readItemNumber(block.text);
  return (
    heading?.number !== undefined &&
    heading.title !== undefined &&
    heading.title.length <= 120 &&
    !/[.;:]$/.test(heading.title) &&
    /^[\p{Lu}'‘"“(]/u.test(heading.title) &&
    block.kind !== 'bullet'
  );
}

function readHeaderBlock(
  block: PageBlock,
  minutes: ImportedMinutes,
  preamble: BlockBuilder,
  pending: () => keyof ImportedAttendance | undefined,
  setPending: (list: keyof ImportedAttendance | undefined) => void,
): void {
  const { ledger } = minutes;
  const text = block.text;
  const title = readTitleLine(text);
  if (title && !minutes.boardName) {
    minutes.boardName = title.boardName;
    minutes.date ??= title.date;
    if (title.start) minutes.start = title.start;
    ledger.field(block.line, text, 'the board, date and time of the meeting');
    return;
  }
  const opening = readOpeningSentence(text);
  if (opening && !minutes.boardName) {
    minutes.boardName = opening.boardName;
    minutes.date ??= opening.date;
    if (opening.start) minutes.start = opening.start;
    if (opening.venue) minutes.venue = opening.venue;
    ledger.field(block.line, text, 'the board, date and venue of the meeting');
    return;
  }
  const label = attendanceLabel(text) ?? attendanceLabel(`${text}:`);
  if (label && label.rest === '') {
    setPending(label.list);
    ledger.field(block.line, text, `the attendance (${label.list})`);
    return;
  }
  if (label) {
    addToAttendance(minutes.attendance, label.list, readNames(label.rest));
    ledger.field(block.line, text, `the attendance (${label.list})`);
    return;
  }
  const list = pending();
  if (list) {
    addToAttendance(minutes.attendance, list, readNames(text));
    ledger.field(block.line, text, `the attendance (${list})`);
    setPending(undefined);
    return;
  }
  const venue = /^Venue\s*:\s*(.+)$/i.exec(text);
  if (venue) {
    minutes.venue = venue[1]!.trim();
    ledger.field(block.line, text, 'the venue');
    return;
  }
  const contact = /^Contact\s*:\s*(.+)$/i.exec(text);
  if (contact) {
    minutes.contact = contact[1]!.trim();
    ledger.field(block.line, text, 'the contact');
    return;
  }
  if (PAGE_FURNITURE.test(text) || (/^\d{1,2}\s+\w+\s+\d{4}$/.test(text) && minutes.date)) {
    ledger.furniture(block.line, text, 'a heading of the web page');
    return;
  }
  if (block.kind === 'heading' && !minutes.boardName) {
    ledger.furniture(block.line, text, 'a heading of the web page');
    return;
  }
  preamble.line(text);
}
