import { html, type SafeHtml } from '../src/pages/html.ts';
import type { MeetingsView } from '../src/site/meetings-view.ts';
import { status } from './board.ts';

export function meetings(v: MeetingsView): SafeHtml {
  return html`<h1>All meetings</h1>
<p class="lead">Every meeting of every board and committee in the archive, by year and month, newest first.</p>
${v.years.length > 1 ? html`<nav class="year-jump" aria-label="Years"><ul>${v.years.map((y) => html`<li><a href="#${y.id}">${y.label}</a></li>`)}</ul></nav>` : ''}
${v.years.map(
  (y) => html`<section id="${y.id}" aria-labelledby="${y.id}-heading">
<h2 id="${y.id}-heading">${y.label}</h2>
${y.months.map(
  (m) => html`<h3 id="${m.id}">${m.label}</h3>
<ul class="meeting-list">
${m.meetings.map(
  (s) => html`<li><a href="${s.href}">${s.boardName}, <time datetime="${s.dateIso}">${s.dateLabel}</time></a>
 <span class="meta">${status(s)}. ${s.itemCount} ${s.itemCount === 1 ? 'item' : 'items'}, ${s.decisionCount} ${s.decisionCount === 1 ? 'decision' : 'decisions'}.</span></li>
`,
)}</ul>
`,
)}</section>
`,
)}`;
}
