/**
 * Which of a PDF page's fonts set type in bold, told by the font's own name
 * (its BaseFont): word processors name the bold face ("Arial-BoldMT",
 * "Calibri,Bold", "TimesNewRomanPS-BoldMT"), and TeX's fonts say it in their
 * short names ("CMBX10", bold extended; "SFBX1000"). A font whose name says
 * nothing is taken as not bold, so nothing is read from type the name does
 * not vouch for.
 */

/** Words and TeX names of bold faces, after any subset prefix ("CAAAAA+"). */
const BOLD_NAME = /bold|black|heavy|demi|(?:^|\+)(?:CMBX|CMB|SFBX|ecbx)\d|[-,](?:Bd|Blk)$/i;

export const isBoldFontName = (name: string) => BOLD_NAME.test(name);

/** The part of a pdf.js page this needs: its operator list loads the fonts, whose names `commonObjs` then holds. */
export interface FontedPage {
  getOperatorList(): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
}

/**
 * The ids pdf.js gave the page's bold fonts, among `ids`. The fonts are
 * loaded by reading the page's drawing operators; if that fails, no font is
 * known to be bold.
 */
export async function boldFontIds(page: FontedPage, ids: Iterable<string>): Promise<Set<string>> {
  const bold = new Set<string>();
  try {
    await page.getOperatorList();
  } catch {
    return bold;
  }
  for (const id of ids) {
    if (!page.commonObjs.has(id)) continue;
    const font = page.commonObjs.get(id) as { name?: unknown } | undefined;
    if (typeof font?.name === 'string' && isBoldFontName(font.name)) bold.add(id);
  }
  return bold;
}

/** The marker of a numbered or lettered line, which may be printed in the body's type before a bold heading: "3.", "1..", "(a)", "iv)". */
const MARKER = /^(?:\(?[0-9]{1,3}[a-z]?[.)]{0,2}|\(?[a-z]{1,4}[.)]|\([a-z]{1,4}\))$/i;

/**
 * Where a line opens with words in bold while the rest of it is not: a
 * run-in heading ("3. **Councillor reports** Local Place Plan identified
 * …"), as the fragments from `start` up to `end`. A number or letter before
 * the bold words may be in the body's type. Undefined when the line does not
 * open in bold, or is bold throughout.
 */
export function boldLead(
  fragments: ReadonlyArray<{ text: string; bold?: boolean }>,
): { start: number; end: number } | undefined {
  let at = 0;
  while (at < fragments.length && !fragments[at]!.bold && MARKER.test(fragments[at]!.text.trim())) at++;
  const start = at;
  while (at < fragments.length && fragments[at]!.bold) at++;
  if (at === start || at === fragments.length) return undefined;
  return fragments.slice(start, at).some((f) => /\p{L}/u.test(f.text)) ? { start, end: at } : undefined;
}
