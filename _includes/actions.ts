import { html, type SafeHtml } from '../src/site/html.ts';
import type { ActionsView } from '../src/site/actions-view.ts';

export function actions(v: ActionsView): SafeHtml {
  return html`<h1>Actions</h1>
<p class="lead">Who was asked to act on a decision (the minutes' "Action" column), linked to the item that raised it. ${v.total} ${v.total === 1 ? 'action' : 'actions'} in all.</p>
${v.total === 0 ? html`<p>No actions are recorded in the archive yet.</p>` : html`<h2>By who acts</h2>
${v.byOwner.map((o) => html`<h3 id="${o.id}">${o.ownerHref ? html`<a href="${o.ownerHref}">${o.owner}</a>` : o.owner}</h3>
<ul>
${o.actions.map((a) => html`<li><time datetime="${a.dateIso}">${a.dateLabel}</time>, ${a.boardName}: <a href="${a.itemHref}">${a.itemLabel}</a></li>
`)}</ul>
`)}<h2>By board</h2>
${v.byBoard.map((b) => html`<h3 id="${b.id}"><a href="${b.boardHref}">${b.boardName}</a></h3>
<ul>
${b.actions.map((a) => html`<li><time datetime="${a.dateIso}">${a.dateLabel}</time>: <a href="${a.itemHref}">${a.itemLabel}</a>, action by ${a.owner}</li>
`)}</ul>
`)}`}`;
}
