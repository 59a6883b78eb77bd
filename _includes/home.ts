import { html, type SafeHtml } from '../src/pages/html.ts';
import type { HomeView } from '../src/site/home-view.ts';
import { follow } from './follow.ts';

export function home(h: HomeView): SafeHtml {
  return html`<h1>Minutes of ${h.authority}</h1>
<p class="lead">The public record of the meetings of ${h.authority}'s boards and committees: who attended, what was discussed and what was decided.</p>
<h2 id="boards">Boards and committees</h2>
<ul class="board-list">
${h.boards.map(
  (
    b,
  ) => html`<li><a href="${b.href}">${b.name}</a> <span class="meta">${b.meetingCount} ${b.meetingCount === 1 ? 'meeting' : 'meetings'}</span></li>
`,
)}</ul>
<h2>Latest minutes</h2>
<ul class="meeting-list">
${h.latest.map(
  (m) => html`<li><a href="${m.href}">${m.boardName}, <time datetime="${m.dateIso}">${m.dateLabel}</time></a>
 <span class="meta">${m.isDraft ? html`<span class="status status-draft">Draft</span>` : html`<span class="status status-approved">Approved</span>`} ${m.itemCount} ${m.itemCount === 1 ? 'item' : 'items'}, ${m.decisionCount} ${m.decisionCount === 1 ? 'decision' : 'decisions'}</span></li>
`,
)}</ul>
${follow(h.follow)}`;
}
