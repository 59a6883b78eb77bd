import { parseHTML } from 'linkedom';
import { isMeetingNote } from './action-notes.ts';
import { addToAttendance, attendanceLabel, readNames } from './attendance.ts';
import { BlockBuilder } from './blocks.ts';
import { Ledger } from './ledger.ts';
import { readOpeningSentence, readTitleLine } from './meeting-facts.ts';
import { emptyMinutes, type ImportedAttendance, type ImportedItem, type ImportedMinutes } from './minutes.ts';
import { MINUTES_LABEL, ITEM_LABEL, ITEM_LINK, PAGE_FURNITURE } from './moderngov-text.ts';
import { readItemNumber } from './item-number.ts';
import type { SourceLine } from './source-file.ts';

/** One block of the page as a reader sees it: a heading, a paragraph, a list entry, a table cell's text. */
interface PageBlock {
  kind: 'heading' | 'text' | 'bullet';
  text: string;
  /** The block is a cell of a table row whose first cell holds only an item number. */
  rowNumber?: string;
  /** A heading's level: 2 for `<h2>`. */
  level?: number;
  /** The heading opens an entry of an ordered list of items: the number the browser prints before the entry. */
  listNumber?: string;
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
/** "PDF 98 KB", "(PDF, 97 KB)", and glued to the title when the page puts no space before it ("HeatingPDF 500 KB"). */
const SIZE = /(?:\b|(?<=[a-z]))(?:PDF|DOC|DOCX|XLS|XLSX|RTF|ODT|HTML?),?\s*(\d+(?:\.\d+)?\s*[KMG]B)\b/i;
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
  const frameText = (parts: Element | Element[], what = "the website's navigation or footer") => {
    const text = clean(
      [parts]
        .flat()
        .map((part) => clean(part.textContent ?? ''))
        .join(' '),
    );
    if (text) ledger.furniture(addLine(text), text, what);
  };
  collectBlocks(root, blocks, addLine, frameText);
  const timeElement = root.querySelector('time[datetime]');
  const minutes = interpret(blocks, ledger, timeElement?.getAttribute('datetime') ?? undefined);
  const address = pageAddress(html, document);
  if (address) minutes.sourceLink = address.page;
  for (const document of minutes.documents) {
    const link = document.link && address ? absolute(document.link, address.base) : absolute(document.link ?? '');
    if (link) document.link = link;
    else delete document.link;
  }
  return { ok: true, minutes, lines, text: lines.map((l) => l.text).join('\n') };
}

/**
 * Where the page was saved from, and the address its links are relative to: the browser's note
 * (`<!-- saved from url=(0071)https://… -->`), and a `<base href>`, which the browser resolves links against.
 * Nothing when the page says neither: its relative links then stay in the report, not in the file.
 */
function pageAddress(html: string, document: Document): { page?: string; base: string } | undefined {
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2000))?.[1];
  const page = saved ? absolute(saved) : undefined;
  const baseHref = document.querySelector('base[href]')?.getAttribute('href') ?? undefined;
  const base = baseHref ? absolute(baseHref, page) : page;
  if (!base) return undefined;
  return { ...(page ? { page } : {}), base };
}

/** The address `href` names, whole, if it is a web address (https: or http:), read against `base` when relative. */
function absolute(href: string, base?: string): string | undefined {
  if (href.trim() === '') return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
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
  frame: (parts: Element | Element[], what?: string) => void,
): void {
  let inline: Node[] = [];
  // The start of a word the markup split ("I<p>t was proposed …"): it goes to the next block, where the word goes on.
  let carried = '';
  // The number the browser prints before the entry of an ordered list of items: the entry's first block is its title.
  let listNumber: string | undefined;
  let headingLevel = 0;
  const flushInline = (kind: PageBlock['kind'], rowNumber?: string, splitWord = false) => {
    let raw = inline.map((n) => n.textContent ?? '').join('');
    if (splitWord) {
      const start = /\p{L}{1,3}$/u.exec(raw)![0];
      raw = raw.slice(0, -start.length);
      carried = start;
    } else if (carried !== '' && raw !== '') {
      raw = carried + raw;
      carried = '';
    }
    const nodes = inline;
    inline = [];
    const text = clean(raw);
    if (text === '') return;
    const block: PageBlock = { kind, text, links: [], line: 0, ...(rowNumber ? { rowNumber } : {}) };
    if (kind === 'heading') block.level = headingLevel;
    if (listNumber !== undefined) {
      block.listNumber = listNumber;
      listNumber = undefined;
    }
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
      flushInline(kind, rowNumber, splitsWord(inline, child));
      if (tag === 'BR' || tag === 'HR') continue;
      if (tag === 'TR') {
        const cells = [...child.children].filter((c) => /^(?:TD|TH)$/i.test(c.tagName));
        const number = cells.length >= 2 ? readItemNumber(clean(cells[0]!.textContent ?? '')) : undefined;
        if (number && number.title === undefined) {
          for (const cell of cells.slice(1)) walk(cell, 'text', number.number);
          continue;
        }
        // "No. | Item": the heading row of the table of items is the page's, not the minutes'.
        if (cells.length >= 2 && cells.every((c) => /^TH$/i.test(c.tagName)) && isTableOfItems(child)) {
          frame(cells, 'the heading row of the table of items');
          continue;
        }
      }
      const numbers = tag === 'OL' ? itemListNumbers(child) : undefined;
      if (numbers) {
        for (const [i, entry] of [...child.children].entries()) {
          listNumber = numbers[i];
          walk(entry, 'text', rowNumber);
          flushInline('text', rowNumber);
        }
        continue;
      }
      const childKind: PageBlock['kind'] = /^H[1-6]$/.test(tag) ? 'heading' : tag === 'LI' ? 'bullet' : kind;
      if (/^H[1-6]$/.test(tag)) headingLevel = Number(tag[1]);
      walk(child, childKind, rowNumber);
      flushInline(childKind, rowNumber);
    }
  };
  walk(root, 'text');
  flushInline('text');
}

/** The table the row is in has rows whose first cell is an item's number alone: ModernGov's table of items. */
function isTableOfItems(row: Element): boolean {
  const table = row.closest('table');
  if (!table) return false;
  return [...table.querySelectorAll('tr')].some((tr) => {
    const first = tr.firstElementChild;
    return (
      first !== null &&
      /^TD$/i.test(first.tagName) &&
      readItemNumber(clean(first.textContent ?? ''))?.title === undefined &&
      /\d/.test(first.textContent ?? '')
    );
  });
}

const textOf = (nodes: readonly Node[]) => nodes.map((n) => n.textContent ?? '').join('');

/**
 * A word the markup splits at the start of a paragraph ("I<p>t was proposed by …"): the text before it ends
 * in a short piece of a word (three letters at most, after a space or nothing), and the paragraph's text goes
 * on with a small letter, with no space between. The browser shows "I" on a line of its own; a reader reads
 * "It". A longer word before the paragraph ("Apologies<p>none received") is a word of its own, and stays so.
 */
function splitsWord(inline: readonly Node[], block: Element): boolean {
  return (
    /^(?:P|DIV)$/i.test(block.tagName) &&
    /(?:^|\s)\p{L}{1,3}$/u.test(textOf(inline)) &&
    /^\p{Ll}/u.test(block.textContent ?? '')
  );
}

/**
 * The numbers of an ordered list whose entries are the items, each opening with its title in a heading
 * (`<ol><li><h4>WELCOME AND APOLOGIES</h4>…`), as the browser prints them: from `start` (or 1), or an
 * entry's own `value`. Undefined for any other list, for a reversed one, and for one whose numbers are hidden
 * (`list-style: none`) or are letters or numerals (`type="a"`), which no item number of the archive is: its
 * headings are read as any other. (A saved page's style sheet is not read: a list it numbers otherwise than
 * in figures is read as numbered in figures.)
 */
function itemListNumbers(list: Element): string[] | undefined {
  const entries = [...list.children];
  if (entries.length === 0 || list.hasAttribute('reversed')) return undefined;
  if (!entries.every(opensWithHeading)) return undefined;
  // Only numbers the archive can hold as an item's (with a digit): a list in letters or numerals is left as a list.
  const style = /list-style(?:-type)?\s*:\s*([a-z-]+)/i.exec(list.getAttribute('style') ?? '')?.[1]?.toLowerCase();
  if ((style !== undefined && style !== 'decimal') || (list.getAttribute('type') ?? '1') !== '1') return undefined;
  const whole = (value: string | null) => (value !== null && /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : undefined);
  let next = whole(list.getAttribute('start')) ?? 1;
  return entries.map((entry) => {
    const number = whole(entry.getAttribute('value')) ?? next;
    next = number + 1;
    return String(number);
  });
}

/** An `<li>` whose first content is a heading with words: no words before it. */
function opensWithHeading(entry: Element): boolean {
  if (entry.tagName.toUpperCase() !== 'LI') return false;
  const first = entry.firstElementChild;
  if (!first || !/^H[1-6]$/i.test(first.tagName) || clean(first.textContent ?? '') === '') return false;
  const before = [...entry.childNodes].slice(0, [...entry.childNodes].indexOf(first));
  return clean(textOf(before)) === '';
}

/** Reads the blocks as minutes: the header before the first item, then items with their minutes. */
function interpret(blocks: PageBlock[], ledger: Ledger, datetime: string | undefined): ImportedMinutes {
  const minutes = emptyMinutes('html-page', ledger);
  // The attribute gives year, month and day; some sites leave out the zeros ("2020-1-8").
  const day = datetime ? /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(datetime.trim()) : null;
  if (day) minutes.date = `${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}`;
  const preamble = new BlockBuilder();
  let item: ImportedItem | undefined;
  let body = new BlockBuilder();
  let inAgendaText = false;
  let pendingList: keyof ImportedAttendance | undefined;
  const openings = itemOpenings(blocks);
  // An item with a "Minutes:" or "Decision:" label: its text before the label is the agenda's.
  const labelled = (from: number) => {
    for (let i = from + 1; i < blocks.length && openings[i] === undefined; i++)
      if (MINUTES_LABEL.test(blocks[i]!.text)) return true;
    return false;
  };
  const finish = () => {
    if (item) item.blocks = body.blocks;
  };
  const start = (opening: ItemOpening, block: PageBlock, index: number) => {
    finish();
    item = {
      blocks: [],
      cutShort: false,
      actions: [],
      line: block.line,
      ...(opening.number ? { number: opening.number } : {}),
      ...(opening.title ? { title: opening.title } : {}),
    };
    minutes.items.push(item);
    body = new BlockBuilder();
    inAgendaText = labelled(index);
    for (const link of block.links) addDocument(link, block);
    if (opening.listedAs !== undefined && opening.listedAs.toLowerCase() !== opening.number?.toLowerCase())
      (minutes.doubts ??= []).push({
        line: block.line,
        what: `the page's list numbers the item "${block.text.slice(0, 60)}" ${opening.listedAs}, but its heading gives it the number ${opening.number}`,
        todo: "check which is the item's number, and correct the heading",
      });
  };
  const addDocument = (link: PageBlock['links'][number], block: PageBlock) => {
    const title = withoutSize(link.text) || item?.title || 'Document';
    minutes.documents.push({
      title,
      ...(item?.number ? { item: item.number } : {}),
      ...(link.size ? { size: link.size } : {}),
      link: link.href,
    });
    ledger.field(block.line, link.text, `a document of the item (${link.href})`);
  };

  // The levels of the headings that are items': another heading of such a level among the items may be one.
  const itemLevels = new Set(blocks.filter((b, i) => openings[i] && b.kind === 'heading').map((b) => b.level));
  for (const [index, block] of blocks.entries()) {
    const text = block.text;
    const opening = openings[index];
    if (opening) {
      start(opening, block, index);
      continue;
    }
    if (item && block.kind === 'heading' && itemLevels.has(block.level))
      (minutes.doubts ??= []).push({
        line: block.line,
        what: `"${text.slice(0, 60)}" is a heading as the items' are, but has no number: it may be an item of its own`,
        todo: 'check whether it is an item; if so, give it its number (a "## " heading in the file)',
      });
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

/** The number and title of the item a block opens; `listedAs`, the number its list prints, when its heading prints one too. */
interface ItemOpening {
  number?: string;
  title: string;
  listedAs?: string;
}

/**
 * Which blocks open an item, and as what: the first block of a table row whose first cell is an item number
 * (the row's title), the heading an entry of an ordered list of items opens with (the list prints its
 * number), and a heading, or a paragraph that stands for one, that starts with an item number.
 */
function itemOpenings(blocks: readonly PageBlock[]): Array<ItemOpening | undefined> {
  let lastRow: string | undefined;
  return blocks.map((block) => {
    if (block.rowNumber !== undefined && block.rowNumber !== lastRow) {
      lastRow = block.rowNumber;
      return { number: block.rowNumber, title: titleOf(block.text, block) };
    }
    if (block.listNumber !== undefined) {
      // The list prints the number; a heading that prints one too must print the same, or which is the item's is in doubt.
      const own = readItemNumber(block.text);
      if (own?.number === undefined || own.title === undefined)
        return { number: block.listNumber, title: titleOf(block.text, block) };
      return { number: own.number, title: titleOf(own.title, block), listedAs: block.listNumber };
    }
    if (block.kind === 'heading' || (block.rowNumber === undefined && isNumberedHeading(block))) {
      const heading = readItemNumber(block.text);
      if (heading?.number && heading.title) return { number: heading.number, title: titleOf(heading.title, block) };
    }
    return undefined;
  });
}

/**
 * An item's title: its heading's words without the documents linked beside it ("Budget 2026/27 Budget report
 * (PDF 300 KB)" gives "Budget 2026/27"), unless a link is the whole title, as ModernGov links an item's title to
 * its report; and without a document's format and size.
 */
function titleOf(text: string, block: PageBlock): string {
  let title = text;
  for (const link of block.links) {
    const without = title.replace(link.text, ' ');
    if (withoutSize(without) !== '') title = without;
  }
  return withoutSize(title);
}

/** A title or a link's words without the document's format and size ("Minutes pdf icon PDF 98 KB" gives "Minutes"); the link lists them. */
const withoutSize = (text: string) =>
  clean(
    text
      .replace(SIZE, '')
      .replace(/\b(?:pdf|doc|docx)\s+icon\b/i, '')
      .replace(/\(\s*\)/g, ''),
  );

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
