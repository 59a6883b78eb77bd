import { html, type SafeHtml } from '../src/pages/html.ts';
import type { ReportView } from '../src/site/report-view.ts';

export function report(r: ReportView): SafeHtml {
  return html`<article class="report" data-pagefind-body>
<h1>${r.title}</h1>
<dl class="meeting-facts" data-pagefind-ignore>
<dt>Type</dt><dd>${r.typeLabel}</dd>
<dt>Board</dt><dd><a href="${r.boardHref}">${r.boardName}</a></dd>
${r.periodLabel ? html`<dt>Period</dt><dd>${r.periodLabel}</dd>` : ''}
${r.dateLabel ? html`<dt>Date</dt><dd><time datetime="${r.dateIso}">${r.dateLabel}</time></dd>` : ''}
</dl>
<div class="report-body">
${r.body}
</div>
</article>`;
}
