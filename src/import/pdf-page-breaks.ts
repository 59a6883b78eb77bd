/** A printed line of a PDF page, as far as page breaks need it: where it starts, its type's size, its text. */
export interface PlacedLine {
  x: number;
  y: number;
  size: number;
  text: string;
}

/** A bulleted point's glyph at the start of a line (U+F0B7 is Symbol font's bullet). */
const BULLET_START = /^[·•\uf0b7▪●◦‣⁃∙]/u;

/**
 * The first lines of pages that start a paragraph of their own, though the
 * line above them, the last of the page before, does not end a sentence: a
 * bulleted point ends that page ("Falling Roof Slates - concluded") and the
 * next page starts at its left margin ("Other matters were still extant:").
 * Only where the document's points wrap to an indent (a point's second line
 * starts right of the margin) does the margin say so: there, a point's text
 * going on over the page starts at the indent, and a line at the margin is
 * the text of the item again. `pages` holds each page's lines of text, in
 * order, without its furniture or tables.
 */
export function paragraphsAfterPageBreaks<L extends PlacedLine>(pages: L[][]): Set<L> {
  const margins = pages.map((lines) => Math.min(...lines.map((l) => l.x)));
  const indented = (line: L, page: number) => line.x > margins[page]! + line.size;
  const hangs = pages.some((lines, page) =>
    lines.some((line, i) => {
      const next = lines[i + 1];
      return (
        BULLET_START.test(line.text) &&
        next !== undefined &&
        !BULLET_START.test(next.text) &&
        line.y - next.y < line.size * 1.6 &&
        indented(next, page)
      );
    }),
  );
  const starts = new Set<L>();
  if (!hangs) return starts;
  for (let page = 1; page < pages.length; page++) {
    const last = pages[page - 1]!.at(-1);
    const first = pages[page]![0];
    if (!last || !first || BULLET_START.test(first.text)) continue;
    if ((BULLET_START.test(last.text) || indented(last, page - 1)) && !indented(first, page)) starts.add(first);
  }
  return starts;
}
