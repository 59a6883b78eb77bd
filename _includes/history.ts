import { html, type SafeHtml } from '../src/pages/html.ts';
import type { HistoryView } from '../src/site/history-view.ts';

/** The history of a meeting's minutes: published, last changed, corrections after approval. */
export function history(h: HistoryView | undefined): SafeHtml | '' {
  if (!h) return '';
  return html`<section class="history" aria-labelledby="history" data-pagefind-ignore>
<h2 id="history">History of these minutes</h2>
<dl>
<dt>First published</dt><dd><time datetime="${h.published.iso}">${h.published.label}</time></dd>
<dt>Last changed</dt><dd><time datetime="${h.changed.iso}">${h.changed.label}</time></dd>
</dl>
${
  h.corrections.length
    ? html`<h3>Corrections after approval</h3>
<p>These minutes were changed after they were approved as a correct record:</p>
<ul class="corrections">
${h.corrections.map(
  (c) => html`<li><time datetime="${c.iso}">${c.label}</time>: ${c.subject}</li>
`,
)}</ul>`
    : ''
}
${h.href ? html`<p><a href="${h.href}">Every change to these minutes</a>, in the archive's repository.</p>` : ''}
</section>`;
}
