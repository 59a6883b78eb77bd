import type { SourceLine } from './source-file.ts';

/** "---" alone: where a PDF-to-Markdown tool broke the page. */
const PAGE_BREAK = /^-{3,}$/;
const PAGE_NUMBER = /^\d{1,3}$/;
/** A line wholly in bold: "**1.**", "**PRESENT IN THE CHAIR:**", "**HELD IN …,** **MERCHANT’S QUAY**". */
const BOLD_LINE = /^(?:\*\*(?!\*)[^*]+(?<!\*)\*\*\s*)+$/;
/** A number alone on its line, as an item's number printed above its title: "1.", "12.". */
const NUMBER_ALONE = /^\d{1,3}\.$/;
/** A line ending so ends its sentence; a colon introduces what follows. */
const SENTENCE_END = /[.;!?]["'’”)]*$/;

/**
 * Text a PDF-to-Markdown tool made of printed minutes: every printed line is
 * followed by an empty line, headings are in bold ("**1.**" / "**Welcome**"),
 * and each page break is "---" followed by the page's number. The tool's marks
 * are not the minutes' words, and its empty lines are not paragraph breaks.
 */
export function isExtractedMarkdown(lines: SourceLine[]): boolean {
  const texts = lines.map((l) => l.text.trim());
  const pageBreaks = texts.filter(
    (t, i) => PAGE_BREAK.test(t) && PAGE_NUMBER.test(texts.slice(i + 1).find((n) => n !== '') ?? ''),
  ).length;
  const nonBlank = texts.filter((t) => t !== '').length;
  // Doubled: nearly every line is followed by exactly one empty line.
  const doubled = texts.filter((t, i) => t !== '' && texts[i + 1] === '' && texts[i + 2] !== '').length;
  return pageBreaks >= 1 && doubled >= 0.8 * nonBlank;
}

/**
 * Reads such text back into the lines of the printed page, keeping each
 * line's number (a line merged into the one above is left empty, and its
 * words are on that line):
 * - "---" and the page number after it are the page's furniture, and the next line starts a page;
 * - bold marks and backslash escapes ("\_", "\.") are dropped; the words stay;
 * - lines in bold one after another are one heading that wrapped ("**1.**" / "**Welcome**" → "1. Welcome");
 * - a number alone ("1.") above a title line is the item's heading, "1. Adoption of Minutes";
 * - the tool's empty line after a line that does not end a sentence is dropped (the sentence goes on),
 *   except before a heading, a bold line or a number, which starts something new; a line that ends
 *   inside a bracket ("… (Mr. J.") ends no sentence.
 */
export function readExtractedMarkdown(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = lines.map((l) => ({ ...l }));
  const blank = (i: number) => out[i]!.text.trim() === '';
  const nextText = (i: number) => {
    for (let k = i + 1; k < out.length; k++) if (!blank(k)) return k;
    return -1;
  };
  // Page breaks first: "---" and the number after it.
  for (let i = 0; i < out.length; i++) {
    if (!PAGE_BREAK.test(out[i]!.text.trim())) continue;
    out[i]!.furniture = 'a page break of the text converted from the PDF';
    const number = nextText(i);
    if (number < 0) continue;
    let first = number;
    if (PAGE_NUMBER.test(out[number]!.text.trim())) {
      out[number]!.furniture = 'a page number (at the head of its page)';
      first = nextText(number);
    }
    if (first >= 0) out[first]!.pageStart = true;
  }
  // Bold, not bold italic (a motion's words are quoted so), and words, not a lettered point's "(a)".
  const isBold = (i: number) =>
    !out[i]!.furniture && BOLD_LINE.test(out[i]!.text.trim()) && /\p{L}{2}/u.test(out[i]!.text);
  /**
   * A bold line goes on the bold line above when that is only a number, ends
   * mid-phrase ("… (30 kilometres per hour"), or both are in capitals; "Operations
   * & Maintenance" above "Draft … Bye-Laws 2023" are two headings.
   */
  const wrapsOnto = (above: number, below: number) => {
    const a = unmark(out[above]!.text);
    const b = unmark(out[below]!.text);
    const capitals = (t: string) => /[A-Z]/.test(t) && !/[a-z]/.test(t);
    const endsMidPhrase = /(?:^|\s)[a-z(][^\s]*$/.test(a) || /[,(]$/.test(a);
    return NUMBER_ALONE.test(a) || endsMidPhrase || /^[a-z]/.test(b) || (capitals(a) && capitals(b));
  };
  // Bold lines one after another: one heading, up to a label ("PRESENT IN THE CHAIR:").
  const label = (i: number) => /:\**$/.test(out[i]!.text.trim());
  for (let i = 0; i < out.length; i++) {
    // A bold line starting in lower case, not taken up by a heading above, goes on a sentence: a motion's words in bold.
    if (!isBold(i) || /^[a-z]/.test(unmark(out[i]!.text))) continue;
    out[i]!.heading = true;
    for (let k = nextText(i); k >= 0 && isBold(k) && !label(i) && !label(k) && wrapsOnto(i, k); k = nextText(i)) {
      out[i]!.text = `${out[i]!.text.trim()} ${out[k]!.text.trim()}`;
      out[k]!.text = '';
    }
  }
  // "1.To elect …": the number and the title the tool ran together.
  for (const line of out) if (!line.furniture) line.text = unmark(line.text).replace(/^(\d{1,3}\.)(?=\p{Lu})/u, '$1 ');
  // A number alone above its title.
  for (let i = 0; i < out.length; i++) {
    if (!NUMBER_ALONE.test(out[i]!.text.trim())) continue;
    const title = nextText(i);
    if (title < 0 || out[title]!.furniture || !/^\p{Lu}/u.test(out[title]!.text.trim())) continue;
    out[i]!.text = `${out[i]!.text.trim()} ${out[title]!.text.trim()}`;
    out[i]!.heading = true;
    out[title]!.text = '';
    delete out[title]!.heading;
  }
  // The tool's empty lines inside a sentence.
  const result: SourceLine[] = [];
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    result.push(line);
    // "(Mr. J." / "Sheehan)": a full stop inside an open bracket is an initial's, not the sentence's end.
    // "Sergeant N." / "Barry, …": nor is an initial's at the end of a line.
    if (
      blank(i) ||
      line.furniture ||
      (SENTENCE_END.test(line.text.trim()) && !opensBracket(line.text) && !endsInInitial(line.text))
    )
      continue;
    const next = nextText(i);
    if (next < 0 || next - i > 3 || out[next]!.furniture) continue;
    // A title in capitals goes on in capitals ("MINUTES" / "OF" / "PROCEEDINGS"); anything else new starts apart.
    if (
      out[next]!.heading ||
      (startsSomething(out[next]!.text) && !(isCapitals(line.text) && isCapitals(out[next]!.text) && !label(i)))
    )
      continue;
    // The empty lines between the two become no lines at all: their numbers are kept for the words' sake by the lines around.
    i = next - 1;
  }
  return result;
}

const isCapitals = (text: string) => /[A-Z]/.test(text) && !/[a-z]/.test(text);

/** The line ends in a name's initial ("… Detective Sergeant M. Reidy, Sergeant N."), whose full stop ends no sentence. */
const endsInInitial = (text: string) => /(?:^|[\s(])\p{Lu}\.$/u.test(text.trim());

/** The line opens a bracket it does not close. */
const opensBracket = (text: string) => text.lastIndexOf('(') > text.lastIndexOf(')');

/** A line that opens something new: a number ("2. …"), a heading in capitals, a label ("Apologies:"). */
function startsSomething(text: string): boolean {
  const t = text.trim();
  return /^\(?\d{1,3}[.)]/.test(t) || isCapitals(t) || /^[\p{L} ]{2,40}:/u.test(t);
}

/** The tool's marks without the words: bold and italic asterisks, backslash escapes. */
function unmark(text: string): string {
  return text
    .replace(/\*{1,3}/g, '')
    .replace(/\\([_.\\\-*#[\]()])/g, '$1')
    .replace(/_{3,}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
