import { html, type SafeHtml } from '../src/pages/html.ts';
import type { TopicsView, TopicView } from '../src/site/topics-view.ts';

export function topics(v: TopicsView): SafeHtml {
  return html`<h1>Topics</h1>
<p class="lead">Subjects followed across boards and years: each topic lists the items of the minutes about it, newest first.</p>
${
  v.topics.length
    ? html`<ul>
${v.topics.map(
  (t) => html`<li><a href="${t.href}">${t.label}</a> <span class="meta">(${t.count})</span></li>
`,
)}</ul>`
    : html`<p>No subjects are followed across the minutes yet. You can find every meeting by its board on the home page, or search the minutes.</p>`
}`;
}

export function topic(v: TopicView): SafeHtml {
  return html`<h1>Topic: ${v.name}</h1>
<ol class="timeline" reversed>
${v.entries.map(
  (
    e,
  ) => html`<li><a href="${e.href}"><time datetime="${e.dateIso}">${e.dateLabel}</time>, ${e.boardName}${e.itemLabel ? html`: ${e.itemLabel}` : ''}</a></li>
`,
)}</ol>`;
}
