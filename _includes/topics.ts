import { html, type SafeHtml } from '../src/site/html.ts';
import type { TopicsView, TopicView } from '../src/site/topics-view.ts';

export function topics(v: TopicsView): SafeHtml {
  return html`<h1>Topics</h1>
<p class="lead">Subjects followed across boards and years. A clerk tags an item with a line <code>Topics: …</code>, or a meeting with <code>topics:</code> in its front matter.</p>
${v.topics.length ? html`<ul>
${v.topics.map((t) => html`<li><a href="${t.href}">${t.label}</a> <span class="meta">(${t.count})</span></li>
`)}</ul>` : html`<p>No topics have been tagged yet.</p>`}`;
}

export function topic(v: TopicView): SafeHtml {
  return html`<h1>Topic: ${v.name}</h1>
<ol class="timeline" reversed>
${v.entries.map((e) => html`<li><a href="${e.href}"><time datetime="${e.dateIso}">${e.dateLabel}</time>, ${e.boardName}${e.itemLabel ? html`: ${e.itemLabel}` : ''}</a></li>
`)}</ol>`;
}
