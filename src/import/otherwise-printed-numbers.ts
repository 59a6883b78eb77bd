import { readItemHeading } from '../load/item-heading.ts';
import type { SourceLine } from './source-file.ts';

/** An item found where the reader found none, by its line, numbered as printed. */
export interface OtherwisePrintedStart {
  number: string;
  title: string;
}

const isBlank = (line: SourceLine | undefined) => line !== undefined && line.text.trim() === '';
/** A sentence's end at the end of a line: a full stop, question or exclamation mark, and any closing quote or bracket. */
const ENDS_SENTENCE = /[.!?]["”’)]*$/;

/** The digit groups of a number such as "01.26.02", "5.1"; undefined for one of another form ("CYP5", "76/24", "7(a)"). */
function dottedGroups(number: string): string[] | undefined {
  return /^\d+(?:\.\d+)+$/.test(number) ? number.split('.') : undefined;
}

/**
 * "01.26..03 To receive the minutes …" or "01.26 08 Highways/Footpaths"
 * between items 01.26.02 and 01.26.04: an item whose number was printed with
 * a full stop typed twice, or with a space or nothing in place of one, so
 * the reader did not take it for a number. Where two items read one after
 * the other have dotted numbers that differ in their last group alone by
 * two, the number between them is looked for in the lines between. It is
 * that item's heading, numbered as printed, when it stands there once and
 * only once (in whatever form), at the start of a line that starts a
 * paragraph (after an empty line, at a page's head, or after a sentence's
 * end where the PDF set the number in a cell of its own), followed by a
 * title: a capital, a short line, no sentence's full stop or comma at its
 * end, and in the type the other items' headings are set in where the PDF
 * says. Anything less is left to the reader's doubt (unread-minutes.ts).
 */
export function withOtherwisePrintedNumbers<S extends OtherwisePrintedStart>(
  lines: SourceLine[],
  starts: Map<number, S>,
): Map<number, S | OtherwisePrintedStart> {
  const ordered = [...starts.keys()].sort((a, b) => a - b);
  const found = new Map<number, OtherwisePrintedStart>();
  const fonts = new Set(ordered.map((index) => lines[index]!.font));
  const headingFont = fonts.size === 1 ? [...fonts][0] : undefined;
  for (let k = 0; k + 1 < ordered.length; k++) {
    const [from, to] = [ordered[k]!, ordered[k + 1]!];
    const missing = missingBetween(starts.get(from)!.number, starts.get(to)!.number);
    if (!missing) continue;
    const anywhere = new RegExp(`(?<![\\d.])${missing.join('[.\\s]{0,3}')}(?!\\d)`, 'gu');
    // Each part parted from the next by a full stop, two, or a space: a number the archive holds as printed.
    const heading = new RegExp(`^(${missing.join('(?:\\.\\.?| )')})\\.?\\s+(\\p{Lu}.*)$`, 'u');
    const between = lines.slice(from + 1, to).filter((line) => !line.furniture);
    // The number once in the gap, and nowhere else in it: a second mention ("see 01.26.03") leaves it in doubt.
    if (between.reduce((sum, line) => sum + [...line.text.matchAll(anywhere)].length, 0) !== 1) continue;
    for (let index = from + 1; index < to; index++) {
      const line = lines[index]!;
      if (line.action || line.row || line.furniture) continue;
      const text = line.text.trim().replace(/\s+/g, ' ');
      const match = heading.exec(text);
      if (!match || match[1] === missing.join('.') || !heldAsPrinted(match[1]!)) continue;
      const above = lines[index - 1];
      const ownCell = line.tabbed?.[0]?.trim().replace(/\s+/g, ' ') === match[1];
      const startsParagraph =
        index === 0 ||
        isBlank(above) ||
        line.pageStart === true ||
        (ownCell && above !== undefined && ENDS_SENTENCE.test(above.text.trim()));
      if (!startsParagraph) continue;
      const title = ownCell && line.tabbed!.length === 2 ? line.tabbed![1]!.trim() : match[2]!.trim();
      if (!/^\p{Lu}/u.test(title) || title.length > 150 || /[.,;:]$/.test(title)) continue;
      if (headingFont !== undefined && line.font !== undefined && line.font !== headingFont) continue;
      found.set(index, { number: match[1]!, title });
    }
  }
  if (found.size === 0) return starts;
  return new Map<number, S | OtherwisePrintedStart>([...starts, ...found].sort(([a], [b]) => a - b));
}

/**
 * "01.26 08" as the importer writes it in an item's heading: the space a
 * no-break space, so the number stays one word and reads back as printed.
 */
export function numberAsWritten(number: string): string {
  return /^\d+(?:(?:\.\.?| )\d+)+$/.test(number) ? number.replace(/ /g, '\u00a0') : number;
}

/** The archive reads the number back, written in a heading, as it was printed. */
function heldAsPrinted(number: string): boolean {
  const written = numberAsWritten(number);
  return readItemHeading(`${written} Title`).number === written;
}

/** The digit groups of the one number between two dotted numbers that differ in their last group by two. */
function missingBetween(from: string, to: string): string[] | undefined {
  const [a, b] = [dottedGroups(from), dottedGroups(to)];
  if (!a || !b || a.length !== b.length || a.slice(0, -1).join('.') !== b.slice(0, -1).join('.')) return undefined;
  const [last, next] = [Number(a.at(-1)), Number(b.at(-1))];
  if (next !== last + 2) return undefined;
  return [...a.slice(0, -1), String(last + 1).padStart(a.at(-1)!.length, '0')];
}
