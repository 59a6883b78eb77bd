/**
 * What the importer did with the source text that is not in the body of the
 * minutes: read into a front matter field, or dropped as page furniture. The
 * report lists it all, so nothing is lost silently.
 */
export interface LedgerEntry {
  line: number;
  /** The exact text taken from that line. */
  text: string;
  kind: 'field' | 'furniture';
  /** What it was: "venue", "page header", "link to the full text". */
  what: string;
}

export class Ledger {
  readonly entries: LedgerEntry[] = [];

  /** Text read into a field of the front matter (venue, date, a document's size). */
  field(line: number, text: string, what: string): void {
    if (text.trim() !== '') this.entries.push({ line, text: text.trim(), kind: 'field', what });
  }

  /** Text dropped on purpose: page headers, labels, links of the web page. */
  furniture(line: number, text: string, what: string): void {
    if (text.trim() !== '') this.entries.push({ line, text: text.trim(), kind: 'furniture', what });
  }

  /** A run of empty lines has no words; it is counted, not listed word by word. */
  blankRun(line: number, count: number): void {
    this.entries.push({ line, text: '', kind: 'furniture', what: `${count} empty lines in a row (a page break)` });
  }

  /** In the order of the source's lines. */
  get furnitureEntries(): LedgerEntry[] {
    return this.entries.filter((e) => e.kind === 'furniture').sort((a, b) => a.line - b.line);
  }

  get fieldEntries(): LedgerEntry[] {
    return this.entries.filter((e) => e.kind === 'field').sort((a, b) => a.line - b.line);
  }
}
