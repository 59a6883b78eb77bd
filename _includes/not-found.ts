import { html, type SafeHtml } from '../src/pages/html.ts';
import type { NotFoundView } from '../src/site/not-found-view.ts';

export function notFound(v: NotFoundView): SafeHtml {
  return html`<h1>Page not found</h1>
<p>There is no page at this address. It may have been mistyped, or the minutes may not be in the archive.</p>
<h2>Boards and committees</h2>
<ul>
${v.boards.map(
  (b) => html`<li><a href="${b.href}">${b.label}</a></li>
`,
)}</ul>`;
}
