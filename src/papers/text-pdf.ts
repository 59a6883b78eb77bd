import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

/** A block of a text to set as PDF: a heading (in larger, bold type) or a paragraph. */
export type TextBlock = { heading: string } | { paragraph: string };

export interface TextPdfOptions {
  title: string;
  /** Written into the PDF's dates, so the same text makes the same bytes (YYYY-MM-DD). */
  date: string;
  /** Extra bytes of an incompressible image-like stream, to make a file of a given size (the benchmark's papers). */
  padding?: Uint8Array;
}

const PAGE = { width: 595, height: 842, margin: 60 };
const BODY = 11;
const HEADING = 15;

/**
 * Sets a text as a plain A4 PDF with pdf-lib: headings in bold, paragraphs
 * wrapped to the page. For the sample archive's papers and the benchmark's,
 * made from text whose source is known (scripts/make-sample-papers.ts).
 */
export async function textPdf(blocks: TextBlock[], options: TextPdfOptions): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const when = new Date(`${options.date}T00:00:00Z`);
  document.setTitle(options.title);
  document.setCreationDate(when);
  document.setModificationDate(when);
  document.setProducer('pdf-lib');
  document.setCreator('Minute Book');
  document.setLanguage('en-GB');
  let page = document.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const write = (text: string, font: PDFFont, size: number, gapBefore: number) => {
    const lines = wrap(encodable(text, font), font, size, PAGE.width - 2 * PAGE.margin);
    y -= gapBefore;
    for (const line of lines) {
      if (y - size < PAGE.margin) {
        page = document.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      y -= size * 1.3;
      page.drawText(line, { x: PAGE.margin, y, size, font });
    }
  };
  for (const block of blocks) {
    if ('heading' in block) write(block.heading, bold, HEADING, HEADING);
    else write(block.paragraph, regular, BODY, BODY * 0.8);
  }
  if (options.padding) {
    // An image-like stream nobody sees, as scanned pages and photographs make papers large.
    document.context.register(document.context.flateStream(options.padding));
  }
  return document.save({ useObjectStreams: false });
}

/** The text with each character the standard font cannot set replaced by the nearest it can. */
function encodable(text: string, font: PDFFont): string {
  // U+F0B7 is the bullet of the Symbol font, as text copied from Word's PDFs has it.
  return [
    ...text
      .replace(/\uf0b7/g, '\u2022')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u2013\u2014]/g, '-')
      .replace(/\s+/g, ' '),
  ]
    .map((c) => {
      try {
        font.encodeText(c);
        return c;
      } catch {
        return '?';
      }
    })
    .join('')
    .trim();
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
