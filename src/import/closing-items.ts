/**
 * The unnumbered items minutes often close with, after the last numbered
 * one: "Other matters", "Any other business". Printed on a line of their
 * own, they head the text below them as the numbered headings do; only
 * these names are read so, for a short line elsewhere ("Query on payments
 * for VH") may as well be a sentence of the item above.
 */
const CLOSING_TITLE = /^(?:Any other business|A\.?O\.?B\.?|Other (?:matters|business|items))\s*:?$/i;

/** The title of a closing item, where the line is one alone ("Other matters", "Any Other Business:"); else undefined. */
export function closingItemTitle(line: string): string | undefined {
  const text = line.trim().replace(/\s+/g, ' ');
  return CLOSING_TITLE.test(text) ? text.replace(/\s*:$/, '') : undefined;
}
