import { attendanceLabel } from './attendance.ts';
import { BlockBuilder } from './blocks.ts';
import type { Doubt } from './doubts.ts';
import { Ledger } from './ledger.ts';
import { restoreLostBreaks, type NumberedStart } from './lost-item-breaks.ts';
import { partRunTogetherItems } from './run-together-items.ts';
import { readEndLine } from './meeting-facts.ts';
import { emptyMinutes, type ImportedItem, type ImportedMinutes } from './minutes.ts';
import { readHeader, readHeaderDate } from './parse-pdf-text.ts';
import { boldAt, isAllBold, postBlocks, type PostBlock } from './post-blocks.ts';
import { postFrontMatter } from './post-front-matter.ts';
import { readPostHeading, type PostHeading } from './post-headings.ts';
import { sourceLines, type SourceLine } from './source-file.ts';

/** "3\. MATTERS ARISING": Pandoc escapes a number that would start a list; nobody types it by hand. */
const ESCAPED_NUMBER = /^ {0,3}\d{1,3}\\[.)]\s/m;
/** A lettered or numbered part of an item: "a) Cleansing", "ii) That …". */
const LETTERED = /^[a-z\d]{1,4}[.)]\s/i;
/** A paragraph's own number: "3. ", "4.OFFICERS' REPORTS", "12) "; not "8.1" (a part of item 8) nor "2008". */
const OWN_NUMBER = /^(\d{1,3})[.)](?!\d)\s*/;
/** A minute numbered within the council's year, "196/20 " (not a date, "11/11/2020", nor a planning reference, "20/01758/LDE"). */
const YEARLY_NUMBER = /^(\d{1,4}\/\d{2})(?![\d/])\s+/;

/**
 * Minutes published on a council's website as a post, in the Markdown the
 * site keeps (its front matter, `**bold**` headings, `1\.` escapes): known by
 * a `.md` or `.markdown` name, by a post's front matter, or by Markdown's
 * escaped item numbers.
 */
export function isWebPost(file: string, text: string): boolean {
  if (/\.(?:md|markdown)$/i.test(file)) return true;
  return postFrontMatter(sourceLines(text)) !== undefined || ESCAPED_NUMBER.test(text);
}

export interface WebPostRead {
  minutes: ImportedMinutes;
  lines: SourceLine[];
}

/** Where an item starts, and how its heading was read. */
interface ItemStart {
  number?: string;
  heading: PostHeading;
}

/**
 * Reads a website post's minutes through its Markdown structure, as the HTML
 * reader goes through a page's elements: the front matter is the site's
 * frame, listed and set aside (its date is the day of posting, not of the
 * meeting); numbered paragraphs and the entries of numbered lists are the
 * items, where the Markdown sets their titles apart (bold, a line of their
 * own, a paragraph of their own, a colon); the paragraphs before the first
 * item are the minutes' title, date and attendance, read as in the text of
 * signed minutes; lettered paragraphs ("a) Cleansing"), quoted paragraphs and
 * numbered points inside an item are its text.
 */
export function readWebPost(text: string): WebPostRead {
  const lines = sourceLines(text);
  const ledger = new Ledger();
  const minutes = emptyMinutes('markdown', ledger);
  const doubts: Doubt[] = [];
  const frame = postFrontMatter(lines);
  for (const line of frame?.lines ?? [])
    ledger.furniture(
      line.number,
      line.text,
      /^date\s*:/i.test(line.text)
        ? "the post's front matter: the day the post was published, not the meeting's date"
        : "the post's front matter (the website's frame, not the minutes)",
    );
  const read = postBlocks(lines, new Set(frame?.lines.map((l) => l.number)));
  let blocks = restoreLostBreaks(read, numberedStarts(findItemStarts(read, [])));
  const outOfStep: Doubt[] = [];
  let starts = findItemStarts(blocks, outOfStep);
  // No paragraph starts an item: the items may all run on in one paragraph.
  const parted = starts.size === 0 ? partRunTogetherItems(blocks) : undefined;
  if (parted) {
    blocks = parted.blocks;
    starts = new Map(parted.items.map((item) => [item.index, { number: item.number, heading: item.heading }]));
  }
  doubts.push(...outOfStep);
  const first = blocks.findIndex((_, i) => starts.has(i));
  const headerEnd = first < 0 ? blocks.length : first;

  // Before the first item: the paragraphs as lines of text, parted by empty lines, read as the text of signed minutes is.
  const header: SourceLine[] = blocks
    .slice(0, headerEnd)
    .filter((b) => b.kind !== 'html')
    .flatMap((b) => [
      { number: b.line, text: b.text.replace(/\s+/g, ' ').trim() },
      { number: b.line, text: '' },
    ]);
  const taken = ledger.entries.length;
  readHeader(header, minutes);
  if (!minutes.date) readHeaderDate(header, minutes);
  // What the header's reading set aside is listed as the post wrote it, Markdown's marks and all.
  const written = new Map(blocks.slice(0, headerEnd).map((b) => [b.line, b.source]));
  for (const entry of ledger.entries.slice(taken)) entry.text = written.get(entry.line) ?? entry.text;
  for (const block of blocks.slice(0, headerEnd))
    if (block.kind === 'html') ledger.furniture(block.line, block.source, 'HTML in the post (no words of the minutes)');

  let item: ImportedItem | undefined;
  let body = new BlockBuilder();
  let ended = false;
  const finish = () => {
    if (item) item.blocks = body.blocks;
  };
  for (let i = headerEnd; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (ended) {
      ledger.furniture(block.line, block.source, 'text after the end of the meeting');
      continue;
    }
    if (block.kind === 'html') {
      ledger.furniture(block.line, block.source, 'HTML in the post (no words of the minutes)');
      continue;
    }
    const start = starts.get(i);
    if (start) {
      finish();
      const { heading } = start;
      item = {
        ...(start.number ? { number: start.number } : {}),
        title: heading.title,
        blocks: [],
        cutShort: false,
        actions: [],
        line: block.line,
        ...(heading.by === 'bold' || isCapitals(heading.title) ? { setApart: true } : {}),
      };
      minutes.items.push(item);
      body = new BlockBuilder();
      if (heading.by === 'unmarked') doubts.push(unmarkedTitle(item, block));
      if (heading.text) addText(body, heading.text);
      continue;
    }
    const end = readEndLine(block.text);
    if (end) {
      minutes.end = end;
      ledger.field(block.line, block.source, 'the time the meeting ended');
      ended = true;
      continue;
    }
    const words = block.text.replace(/\s+/g, ' ').trim();
    if (block.kind === 'bullet') body.bullet(words);
    else if (block.kind === 'entry') body.paragraph(`${block.number}${block.mark} ${words}`);
    else addText(body, words);
  }
  finish();
  doubts.push(...nextItemsInParagraphs(minutes.items, blocks, starts));
  doubts.push(...headingsInParagraphs(minutes.items, blocks, starts));
  if (minutes.items.length === 0) {
    const runTogether = itemsRunTogether(blocks);
    if (runTogether) doubts.push(runTogether);
  }
  if (doubts.length > 0) minutes.doubts = doubts;
  return { minutes, lines };
}

/** A paragraph's words; where bullet characters part them ("… meetings • It was requested … • Issues …"), a list. */
function addText(body: BlockBuilder, text: string): void {
  const [before, ...bullets] = text.replace(/\s+/g, ' ').split(/\s?[•·▪●◦‣]\s/u);
  if (before!.trim() !== '') body.paragraph(before!);
  for (const bullet of bullets) body.bullet(bullet);
}

const isCapitals = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/**
 * The blocks that start an item: numbered paragraphs and numbered list
 * entries outside quotes and inner lists, whose title the Markdown sets
 * apart; a bold paragraph or a heading of its own between them is an item
 * the minutes did not number. A number whose title runs into a sentence
 * starts an item only where the numbers go on (a lower one is a numbered
 * point inside the item).
 */
function findItemStarts(blocks: PostBlock[], outOfStep: Doubt[] = []): Map<number, ItemStart> {
  const starts = new Map<number, ItemStart>();
  let last = -Infinity;
  let lastPoint: number | undefined;
  blocks.forEach((block, index) => {
    if (block.quoted || block.nested || block.kind === 'html' || block.kind === 'bullet') return;
    const numbered = numberOf(block);
    if (!numbered) {
      // A heading or a paragraph all in bold, once the numbered items have begun.
      if (starts.size > 0 && (block.kind === 'heading' || isAllBold(block)) && !LETTERED.test(block.text))
        starts.set(index, { heading: { title: block.text.replace(/\s+/g, ' ').trim(), text: '', by: 'bold' } });
      return;
    }
    const rest = block.text.slice(numbered.from);
    // A Markdown heading ("## 2. Planning") is a title whole.
    const heading =
      block.kind === 'heading' && rest.trim() !== ''
        ? { title: rest.replace(/\s+/g, ' ').trim(), text: '', by: 'bold' as const }
        : readPostHeading(numbered.number, rest, boldAt(block, numbered.from));
    if (!heading) return;
    // "196/20": the minute's place in the year.
    const value = Number.parseInt(numbered.number, 10);
    const setApart = heading.by === 'bold' || heading.by === 'line break' || isCapitals(heading.title);
    if (!setApart && starts.size > 0 && (value < last || value > last + 20)) {
      // "2. Planning" alone in its paragraph inside item 3, not after a point 1: a heading misnumbered, or a point?
      if (
        heading.by === 'paragraph' &&
        value < last &&
        lastPoint !== value - 1 &&
        nextNumber(blocks, index) !== String(value + 1)
      )
        outOfStep.push({
          line: block.line,
          what: `"${numbered.number}. ${heading.title.slice(0, 60)}" is a paragraph of its own numbered ${numbered.number}, after item ${last}, as a heading would be: it was read as a numbered point of the item before it, and may be an item the minutes misnumbered`,
          todo: 'if it is an item, give its heading the number its place gives and say in its text what the minutes print; if it is a point of the item before it, leave it',
        });
      lastPoint = value;
      return;
    }
    lastPoint = undefined;
    last = Math.max(last, value);
    starts.set(index, { number: numbered.number, heading });
  });
  return starts.size > 0 ? starts : unnumberedStarts(blocks);
}

/**
 * Minutes with no numbered items, whose headings are bold paragraphs or Markdown headings: after the
 * attendance ("Present: …"), each such heading starts an item without a number. Before it, bold lines
 * are the minutes' title.
 */
function unnumberedStarts(blocks: PostBlock[]): Map<number, ItemStart> {
  const starts = new Map<number, ItemStart>();
  const attendance = blocks.findIndex((b) => !b.quoted && attendanceLabel(b.text) !== undefined);
  if (attendance < 0) return starts;
  blocks.forEach((block, index) => {
    if (index <= attendance || block.quoted || block.nested) return;
    const title = block.text.replace(/\s+/g, ' ').trim();
    // A heading is short and ends no sentence; a lettered part ("a) Cleansing") is a part of an item.
    if (title.length > 120 || /[.;,]$/.test(title) || LETTERED.test(title)) return;
    if (block.kind === 'heading' || (block.kind === 'paragraph' && isAllBold(block)))
      starts.set(index, { heading: { title, text: '', by: 'bold' } });
  });
  return starts;
}

/** The number of the next numbered block after `index` outside quotes and inner lists, if any. */
function nextNumber(blocks: PostBlock[], index: number): string | undefined {
  for (const block of blocks.slice(index + 1)) {
    if (block.quoted || block.nested || block.kind === 'html' || block.kind === 'bullet') continue;
    const numbered = numberOf(block);
    if (numbered) return numbered.number;
  }
  return undefined;
}

const numberedStarts = (starts: Map<number, ItemStart>): NumberedStart[] =>
  [...starts.entries()].flatMap(([index, start]) => (start.number ? [{ index, number: start.number }] : []));

/** The block's own number and where its title starts: a list entry's, or the number a paragraph opens with. */
function numberOf(block: PostBlock): { number: string; from: number } | undefined {
  if (block.kind === 'entry') return block.number ? { number: block.number, from: 0 } : undefined;
  const own = OWN_NUMBER.exec(block.text) ?? YEARLY_NUMBER.exec(block.text);
  return own ? { number: own[1]!, from: own[0].length } : undefined;
}

function unmarkedTitle(item: ImportedItem, block: PostBlock): Doubt {
  const opening = block.text.replace(/\s+/g, ' ').trim().slice(0, 70);
  return {
    line: block.line,
    what: `the title of item ${item.number ?? item.title} runs into its text with nothing to mark where it ends ("${opening}…"): no colon, bold or line of its own`,
    todo: 'put a colon after the title (or the title on a line of its own) and import it again',
  };
}

/**
 * A paragraph of an item that goes on, after a sentence, with the next
 * item's number and a capital ("… was duly elected. 6. The Minutes of …"):
 * the post lost the paragraph break before that item.
 */
function nextItemsInParagraphs(items: ImportedItem[], blocks: PostBlock[], starts: Map<number, ItemStart>): Doubt[] {
  const doubts: Doubt[] = [];
  const numbers = new Set(items.map((i) => i.number));
  let current: ImportedItem | undefined;
  let index = -1;
  blocks.forEach((block, b) => {
    if (starts.has(b)) current = items[++index];
    const own = /^\d+$/.test(current?.number ?? '') ? Number(current!.number) : undefined;
    if (own === undefined || block.quoted || block.kind === 'html') return;
    const next = String(own + 1);
    if (numbers.has(next)) return;
    const found = new RegExp(`[.!?]["”’)]*\\s+(${next}\\.\\s+\\p{Lu}.{0,50})`, 'u').exec(block.text);
    // Where the items skip the number ("7", then "9"), it stands for the lost item after any word.
    const skipped = numbers.has(String(own + 2))
      ? new RegExp(`(?<=\\s)(${next}[.)]\\s+\\p{Lu}.{0,50})`, 'u').exec(block.text)
      : null;
    if (found ?? skipped)
      doubts.push({
        line: block.line,
        what: `item ${own}'s paragraph goes on with item ${next}'s number ${found ? 'after a sentence' : 'that the items skip'} ("${(found ?? skipped)![1]!.replace(/\s+/g, ' ')}…"): the post may have lost the break before that item`,
        todo: `if it is item ${next}, start a paragraph with it (an empty line before its number) and import it again`,
      });
  });
  return doubts;
}

/** After a sentence, two or more words in capitals, then a bullet or a sentence: "… re-erecting. PUBLIC PARTICIPATION • It was …". */
const CAPITALS_HEADING =
  /[.!?]["”’)]*\s+((?:\p{Lu}[\p{Lu}'’&-]{2,}\s+){1,5}\p{Lu}[\p{Lu}'’&-]{2,})\s+(?=[•·▪●]|\p{Lu}\p{Ll}|[AI]\s)/u;

/**
 * A heading in capitals in the middle of an item's paragraph, after a sentence: the post lost the break
 * before an item the minutes did not number ("… needs re-erecting. PUBLIC PARTICIPATION • It was
 * suggested …"), which would be written as text of the item before.
 */
function headingsInParagraphs(items: ImportedItem[], blocks: PostBlock[], starts: Map<number, ItemStart>): Doubt[] {
  const doubts: Doubt[] = [];
  let index = -1;
  blocks.forEach((block, b) => {
    if (starts.has(b)) index++;
    const item = items[index];
    if (!item || block.quoted || block.kind === 'html' || block.kind === 'heading') return;
    const found = CAPITALS_HEADING.exec(block.text);
    if (found)
      doubts.push({
        line: block.line,
        what: `item ${item.number ?? item.title}'s paragraph goes on after a sentence with words in capitals, "${found[1]}", as a heading is written: the post may have lost the break before an item the minutes did not number`,
        todo: `if "${found[1]}" is an item, give it a paragraph of its own (an empty line before it, and the title on a line of its own) and import it again`,
      });
  });
  return doubts;
}

/**
 * Minutes whose items all run on in one paragraph ("… present. 1. Apologies
 * for absence … 2. Declaration of Interest …"): the post lost its paragraph
 * breaks, and where each title ends cannot be read.
 */
function itemsRunTogether(blocks: PostBlock[]): Doubt | undefined {
  for (const block of blocks) {
    const one = /(?:^|\s)1\.?\s+\p{Lu}/u.exec(block.text);
    const two = one ? /\s2\.?\s+\p{Lu}/u.exec(block.text.slice(one.index + one[0].length)) : undefined;
    if (!one || !two) continue;
    const words = block.text.trim().split(/\s+/).length;
    return {
      line: block.line,
      what: `the minutes' items run on inside one paragraph of ${words} words ("${block.text.slice(one.index, one.index + 50).trim()}…"), so where each item and its title begin and end cannot be read`,
      todo: 'start each item with a paragraph of its own, its number and title first (an empty line before it, a colon or a line break after the title), and import it again',
    };
  }
  return undefined;
}
