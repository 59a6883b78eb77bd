import { escapeHtml } from '../text/markdown.ts';

/** The banner's element id, by which it is found (and tests take it out again). */
export const BANNER_ID = 'minute-book-problems';

/**
 * A page of the last good site with the check's problems shown at its top,
 * for `npm start` while a saved file has errors: the clerk sees in the
 * browser, not only in the terminal, why the page does not change, and which
 * file and line to fix. The page's own text is left as it was.
 */
export function withProblemBanner(html: string, problems: string): string {
  const banner =
    `<div id="${BANNER_ID}" role="alert"><h2>Your last save is not shown: the content has errors</h2>` +
    `<p>This is the site as it was before. Fix these, save, and the page shows the change (only <code>npm start</code> shows this box):</p>` +
    `<pre>${escapeHtml(problems)}</pre></div>`;
  const body = /<body\b[^>]*>/i.exec(html);
  if (!body) return `${banner}${html}`;
  const at = body.index + body[0].length;
  return `${html.slice(0, at)}${banner}${html.slice(at)}`;
}
