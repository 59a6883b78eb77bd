import { html, type SafeHtml } from '../src/pages/html.ts';
import type { PaperView } from '../src/site/paper-view.ts';

export function paper(p: PaperView): SafeHtml {
  return html`<article class="paper" data-pagefind-body>
<h1>${p.title}</h1>
<dl class="meeting-facts" data-pagefind-ignore>
<dt>Paper of</dt><dd><a href="${p.meeting.href}">${p.meeting.label}</a></dd>
${p.item ? html`<dt>Item</dt><dd><a href="${p.item.href}">${p.item.label}</a></dd>` : ''}
<dt>Paper</dt><dd>${p.facts}</dd>
<dt>The file</dt><dd><a href="${p.fileHref}">Download the ${p.formatLabel} (${p.sizeLabel})</a></dd>
</dl>
<p class="banner" role="note" data-pagefind-ignore>This is the text of the paper, taken from its file so that it can be read, searched and enlarged in any browser. Tables, pictures and layout are not kept: the file is the record.</p>
<div class="paper-text">
${p.sections.map(
  (
    s,
  ) => html`${s.heading ? (s.level === 3 ? html`<h3>${s.heading}</h3>` : s.level === 4 ? html`<h4>${s.heading}</h4>` : html`<h2>${s.heading}</h2>`) : ''}
${s.paragraphs.map(
  (text) => html`<p>${text}</p>
`,
)}`,
)}
</div>
</article>`;
}
