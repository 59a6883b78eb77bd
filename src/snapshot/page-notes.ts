// What a snapshot adds to each page of its copy of the site: the note in the
// footer that says which snapshot the page belongs to, the search page's
// warning for file://, and Pagefind's fixed cache tag.
import { escapeHtml } from './text.ts';

/** Adds the snapshot's note to the page's footer, unless the build already wrote one. */
export function addSnapshotNote(html: string, note: string): string {
  if (html.includes('class="snapshot-note"')) return html;
  const paragraph = `<p class="snapshot-note">${escapeHtml(note)}</p>\n`;
  const footerEnd = html.lastIndexOf('</footer>');
  if (footerEnd !== -1) {
    const innerEnd = html.lastIndexOf('</div>', footerEnd);
    const at = innerEnd > html.lastIndexOf('<footer', footerEnd) ? innerEnd : footerEnd;
    return html.slice(0, at) + paragraph + html.slice(at);
  }
  const bodyEnd = html.lastIndexOf('</body>');
  const footer = `<footer class="site-footer">${paragraph}</footer>\n`;
  return bodyEnd === -1 ? html + footer : html.slice(0, bodyEnd) + footer + html.slice(bodyEnd);
}

/** The script that hides the file:// notice when the page came from a web server. */
export const FILE_NOTICE_SCRIPT = 'assets/snapshot-file-notice.js';
export const fileNoticeScript = `// Part of a snapshot: the search page's notice is for readers who opened the files directly.
if (location.protocol !== 'file:') {
  const notice = document.getElementById('snapshot-file-notice');
  if (notice) notice.hidden = true;
}
`;

/**
 * Pagefind cannot load its index from file://. On the search page of a
 * snapshot, say so and point to the browse pages. The notice shows unless a
 * script hides it, because on file:// a content security policy of 'self'
 * may block every script; it is an external file for the same reason.
 */
export function addFileSearchNotice(html: string, homeHref: string, scriptHref: string): string {
  if (html.includes('id="snapshot-file-notice"')) return html;
  const notice = `<div id="snapshot-file-notice" class="snapshot-file-notice" role="note">
<p>Search works only when the snapshot is opened through a web server: browsers do not let it read its index from files. Run <code>python3 -m http.server</code> in the snapshot's <code>site</code> folder and open the address it prints, or <a href="${escapeHtml(homeHref)}">browse the minutes by board and date</a>.</p>
</div>
<script src="${escapeHtml(scriptHref)}"></script>
`;
  const main = /<main\b[^>]*>\n?/i.exec(html);
  if (!main) return html;
  const at = main.index + main[0].length;
  return html.slice(0, at) + notice + html.slice(at);
}

/**
 * Pagefind adds the time to one request (`pagefind-entry.json?ts=...`)
 * unless it is given `metaCacheTag`; a fixed tag keeps the request the same
 * every time, so a web archive can replay it.
 */
export function fixPagefindCacheTag(html: string, tag: string): string {
  // The site's own search page (_includes/search.ts) hands its script the tag in an attribute.
  html = html.replace(
    /(\sdata-meta-cache-tag=")[^"]*(")/g,
    (_found, before: string, after: string) => `${before}${escapeHtml(tag)}${after}`,
  );
  if (html.includes('metaCacheTag')) return html;
  const option = `metaCacheTag: ${JSON.stringify(tag)}, `;
  return html
    .replace(/new PagefindUI\(\s*\{\s*/g, (found) => `${found}${option}`)
    .replace(/(pagefind\w*\.options\(\s*\{\s*)/g, (found) => `${found}${option}`);
}
