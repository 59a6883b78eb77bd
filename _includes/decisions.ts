import { html, type SafeHtml } from '../src/pages/html.ts';
import type { DecisionsView } from '../src/site/decisions-view.ts';

export function decisions(v: DecisionsView): SafeHtml {
  return html`<h1>${v.heading}</h1>
<p class="lead">${v.intro} ${v.total} ${v.total === 1 ? 'decision' : 'decisions'} in all.</p>
${v.years.length > 1 ? html`<nav class="year-jump" aria-label="Years"><ul>${v.years.map((y) => html`<li><a href="#${y.id}">${y.label}</a></li>`)}</ul></nav>` : ''}
${v.years.map(
  (y) => html`<section id="${y.id}" aria-labelledby="${y.id}-heading">
<h2 id="${y.id}-heading">${y.label}</h2>
<ol class="register">
${y.decisions.map(
  (d) => html`<li>
<p class="register-meta"><a href="${d.meetingHref}"><time datetime="${d.dateIso}">${d.dateLabel}</time></a>${v.showBoard ? html`, <a href="${d.boardHref}">${d.boardName}</a>` : ''}: <a href="${d.itemHref}">${d.itemLabel}</a></p>
<p><a href="${d.href}">RESOLVED: ${d.text}</a></p>
</li>
`,
)}</ol>
</section>
`,
)}${v.total === 0 ? html`<p>No decisions are in the archive yet.</p>` : ''}`;
}
