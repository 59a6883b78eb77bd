import { readItemNumber } from './item-number.ts';
import { SENTENCE_END } from './join-lines.ts';
import { paragraphHead, type Head } from './paragraph-heads.ts';
import type { SourceLine } from './source-file.ts';

/** Where an item starts, as the PDF text's reader keeps it (parse-pdf-text.ts). */
export interface ParagraphStart {
  number: string;
  title: string;
  /** The minute's text after its title, on the title's last line. */
  text?: string;
  /** A paragraph's head read as its title: how many lines after the first the title takes. */
  through?: number;
  /** Bold type, or a mark (a colon, a dash, a full stop), parts the title from the text on its line. */
  setApart?: true;
}

const isBlank = (line: SourceLine) => line.text.trim() === '';
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * Minutes written as numbered paragraphs with no headings: every paragraph
 * that opens with a number, and only those, numbered 1, 2, 3 … in order with
 * none left out and none again. Each is an item, its title the paragraph's
 * head (paragraph-heads.ts), where the usual reading found headings for some
 * of them only. Numbers that go back or skip (the points of a resolution
 * inside an item) leave the items as they were read.
 */
export function withParagraphItems<S extends ParagraphStart>(
  lines: SourceLine[],
  starts: Map<number, S>,
): Map<number, S | ParagraphStart> {
  const numbered = numberedParagraphs(lines);
  const inOrder = numbered.every((p, k) => p.number === String(k + 1));
  if (numbered.length < 3 || !inOrder || [...starts.keys()].some((index) => !numbered.some((p) => p.index === index)))
    return starts;
  if (numbered.every((p) => starts.has(p.index) && starts.get(p.index)!.text === undefined)) return starts;
  const read = new Map<number, S | ParagraphStart>();
  for (const p of numbered) {
    const found = starts.get(p.index);
    const bold = found && lines[p.index]!.boldLead ? found : undefined;
    const head = bold ? undefined : paragraphHead(p.lines.map((l) => l.text.trim()).join(' '));
    if (bold) read.set(p.index, bold);
    else if (head)
      read.set(p.index, {
        number: p.number,
        title: head.title,
        ...placeOfText(p.lines, head),
        ...(head.parted ? { setApart: true as const } : {}),
      });
    else return starts;
  }
  return read;
}

/** The paragraphs that open with a plain number: after an empty line, at a page's head, or under a heading alone on its line. */
function numberedParagraphs(lines: SourceLine[]): Array<{ index: number; number: string; lines: SourceLine[] }> {
  const out: Array<{ index: number; number: string; lines: SourceLine[] }> = [];
  lines.forEach((line, index) => {
    if (line.action || line.row || isBlank(line)) return;
    const above = lines[index - 1];
    const headingAlone =
      above !== undefined &&
      words(above.text) <= 3 &&
      /^\p{Lu}/u.test(above.text.trim()) &&
      !SENTENCE_END.test(above.text.trim()) &&
      (index < 2 || isBlank(lines[index - 2]!));
    if (index > 0 && !isBlank(above!) && !line.pageStart && !headingAlone) return;
    const heading = readItemNumber(line.text);
    if (!heading?.title || !/^\d{1,3}$/.test(heading.number)) return;
    const paragraph = [{ ...line, text: heading.title }];
    for (let k = index + 1; k < lines.length && !isBlank(lines[k]!) && !lines[k]!.action && !lines[k]!.row; k++)
      paragraph.push(lines[k]!);
    out.push({ index, number: heading.number, lines: paragraph });
  });
  return out;
}

/** The line of a paragraph where its head's title ends, and the text after it on that line. */
function placeOfText(paragraph: SourceLine[], head: Head): Pick<ParagraphStart, 'through' | 'text'> {
  let left = head.title.replace(/\s+/g, '').length;
  for (let k = 0; k < paragraph.length; k++) {
    const text = paragraph[k]!.text.trim();
    const letters = text.replace(/\s+/g, '').length;
    if (left > letters) {
      left -= letters;
      continue;
    }
    // The title ends on this line: the text is what follows it, less the mark that parts them.
    let at = 0;
    for (let seen = 0; at < text.length && seen < left; at++) if (!/\s/.test(text[at]!)) seen++;
    const rest = text
      .slice(at)
      .replace(/^\s*[.:;!?,–—-]+/, '')
      .trim();
    return { through: k, text: rest };
  }
  return { through: paragraph.length - 1, text: '' };
}
