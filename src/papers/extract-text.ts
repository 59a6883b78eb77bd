import type { PaperFormat, PaperSection, PaperText } from '../model/types.ts';
import { unescapeHtml } from '../text/markdown.ts';

/** What reading a paper's file gave: its pages and text, or why it could not be read. */
export type Extraction =
  { ok: true; pages?: number; text?: PaperText } | { ok: false; problem: 'encrypted' | 'unreadable'; detail: string };

/** Formats whose text is extracted; the others (spreadsheets, images, ODT) are published as they are. */
export function hasExtractableText(format: PaperFormat): boolean {
  return format === 'pdf' || format === 'docx';
}

/** Reads a paper's pages and text. Never throws: a file that cannot be read says why. */
export async function extractPaper(format: PaperFormat, bytes: Uint8Array): Promise<Extraction> {
  try {
    if (format === 'pdf') return await extractPdf(bytes);
    if (format === 'docx') return await extractDocx(bytes);
    return { ok: true };
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    const detail = (error as Error).message ?? String(error);
    return { ok: false, problem: name === 'PasswordException' ? 'encrypted' : 'unreadable', detail };
  }
}

interface Line {
  text: string;
  size: number;
  /** Distance from the top of the page, in points. */
  top: number;
  page: number;
}

/** A PDF's text with pdfjs-dist: lines by position, paragraphs by the gaps between them, headings by a larger type than the body's. */
async function extractPdf(bytes: Uint8Array): Promise<Extraction> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of the buffer it is given: a copy leaves the caller's bytes alone.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const document = await task.promise;
  try {
    const lines: Line[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const height = page.view[3] ?? 0;
      const content = await page.getTextContent();
      let current: Line | undefined;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const size = Math.round(Math.hypot(item.transform[2], item.transform[3]) * 10) / 10;
        const top = height - item.transform[5];
        if (current && Math.abs(current.top - top) > size / 2) {
          lines.push(current);
          current = undefined;
        }
        if (item.str !== '') {
          if (!current) current = { text: '', size, top, page: number };
          current.text += item.str;
          current.size = Math.max(current.size, size);
        }
        if (item.hasEOL && current) {
          lines.push(current);
          current = undefined;
        }
      }
      if (current) lines.push(current);
      page.cleanup();
    }
    return {
      ok: true,
      pages: document.numPages,
      text: sectionsOf(
        lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text !== ''),
      ),
    };
  } finally {
    await document.destroy();
  }
}

/** Groups lines into sections under headings, and paragraphs where the gap between lines is wider than a line's. */
function sectionsOf(lines: Line[]): PaperText {
  const body = commonestSize(lines);
  const headingSizes = [...new Set(lines.filter((l) => isHeading(l, body)).map((l) => l.size))].sort((a, b) => b - a);
  const level = (size: number) => Math.min(2 + headingSizes.indexOf(size), 4);
  const sections: PaperSection[] = [{ paragraphs: [] }];
  let paragraph: string[] = [];
  let previous: Line | undefined;
  const endParagraph = () => {
    if (paragraph.length) sections.at(-1)!.paragraphs.push(joinLines(paragraph));
    paragraph = [];
  };
  for (const line of lines) {
    if (isHeading(line, body)) {
      endParagraph();
      const last = sections.at(-1)!;
      // A heading over two lines is one heading.
      if (
        previous &&
        isHeading(previous, body) &&
        previous.size === line.size &&
        last.paragraphs.length === 0 &&
        last.heading
      )
        last.heading += ` ${line.text}`;
      else sections.push({ heading: line.text, level: level(line.size), paragraphs: [] });
    } else {
      const gap = previous && previous.page === line.page ? line.top - previous.top : Infinity;
      if (previous && (isHeading(previous, body) || gap > line.size * 1.8 || gap < 0)) endParagraph();
      paragraph.push(line.text);
    }
    previous = line;
  }
  endParagraph();
  return { sections: sections.filter((s) => s.heading !== undefined || s.paragraphs.length > 0) };
}

function isHeading(line: Line, bodySize: number): boolean {
  return line.size >= bodySize * 1.15 && line.text.length <= 150;
}

/** The type size most of the text is set in, by characters. */
function commonestSize(lines: Line[]): number {
  const characters = new Map<number, number>();
  for (const line of lines) characters.set(line.size, (characters.get(line.size) ?? 0) + line.text.length);
  let best = 0;
  let most = -1;
  for (const [size, count] of [...characters].sort((a, b) => a[0] - b[0])) {
    if (count > most) [best, most] = [size, count];
  }
  return best;
}

/** Lines of a paragraph as one text, words broken with a hyphen at a line's end joined again. */
function joinLines(lines: string[]): string {
  return lines.reduce(
    (text, line) =>
      text === '' ? line : /[a-z]-$/.test(text) && /^[a-z]/.test(line) ? text.slice(0, -1) + line : `${text} ${line}`,
    '',
  );
}

/** A DOCX's text with mammoth: its HTML's headings and paragraphs. */
async function extractDocx(bytes: Uint8Array): Promise<Extraction> {
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const sections: PaperSection[] = [{ paragraphs: [] }];
  // mammoth writes plain, well-formed HTML: each heading, paragraph, list entry and cell is one element.
  for (const [, name, inner] of value.matchAll(/<(h[1-6]|p|li|td|th)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/g) as Iterable<
    [string, string, string]
  >) {
    const text = unescapeHtml(inner.replace(/<[^>]*>/g, ' '))
      .replace(/\s+/g, ' ')
      .trim();
    if (text === '') continue;
    if (name.startsWith('h')) sections.push({ heading: text, level: Math.min(Number(name[1]) + 1, 4), paragraphs: [] });
    else sections.at(-1)!.paragraphs.push(text);
  }
  return { ok: true, text: { sections: sections.filter((s) => s.heading !== undefined || s.paragraphs.length > 0) } };
}
