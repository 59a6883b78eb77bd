import { unescapeHtml } from './markdown.ts';

/**
 * Reads the plain text back out of an item's HTML as the archive's Markdown
 * renderer writes it (markdown.ts): one line for each paragraph, heading,
 * table cell or list entry, as `plainText` gives it from the Markdown's
 * tokens. Code blocks (no line holds them) and the "Decision" label the
 * loader adds are not text.
 * The loader keeps an item's text only where this reads it otherwise
 * (model/item-text.ts), so what this misses is never lost, only kept.
 */
export function textOfHtml(html: string): string {
  const lines: string[] = [];
  // The text of the innermost open paragraph, cell or list entry, if any.
  let line: string | undefined;
  let at = 0;
  for (const tag of html.matchAll(TAG)) {
    const [whole, closing, name, attributes] = tag as unknown as [string, string, string, string];
    if (line !== undefined) line += html.slice(at, tag.index);
    at = tag.index + whole.length;
    // The "Decision" label the loader puts before a decision is not text of the item.
    const label = name === 'p' && attributes.includes(DECISION_LABEL);
    if (BLOCKS.test(name) && line !== undefined) {
      // A list or code block inside a tight list entry ends the entry's own line, after the line break the renderer puts before it.
      if (line.trim() !== '') lines.push(decoded(line.replace(/\n$/, '')));
      line = undefined;
    } else if (LINES.test(name) && !label) {
      // An empty list entry has no line; an empty table cell has an empty one.
      if (closing && line !== undefined && (name !== 'li' || line !== '')) lines.push(decoded(line));
      line = closing ? undefined : '';
    }
  }
  return lines.join('\n').trim();
}

// The name ends where its attributes start, and neither crosses a '<': each '<' is read once. (The HTML is the renderer's, whose attributes escape '<'.)
const TAG = /<(\/?)([a-z][a-z0-9]*)((?:[^<>a-z0-9][^<>]*)?)>/g;
/** Elements whose content is one line of text. */
const LINES = /^(?:p|h[1-6]|li|td|th)$/;
/** Elements that end a line of text they open inside. */
const BLOCKS = /^(?:ul|ol|blockquote|table|pre|hr|div)$/;
const DECISION_LABEL = 'class="decision-label"';

/** A line with its escaped characters read back, and its line breaks (soft and hard) as spaces. */
function decoded(line: string): string {
  return unescapeHtml(line.replace(/\n/g, ' '));
}
