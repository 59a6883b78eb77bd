import { html, type SafeHtml } from '../src/pages/html.ts';
import type { ActionsView } from '../src/site/actions-view.ts';

type Row = ActionsView['byOwner'][number]['actions'][number];

/** One action: what is to be done, then who, where it was decided and the status of its minutes. */
function action(a: Row, showOwner: boolean): SafeHtml {
  return html`<li>
<p class="action-text">${a.text}</p>
<p class="register-meta">${showOwner ? html`Action by ${a.ownerHref ? html`<a href="${a.ownerHref}">${a.owner}</a>` : a.owner}. ` : ''}<a href="${a.meetingHref}"><time datetime="${a.dateIso}">${a.dateLabel}</time></a>, ${a.boardName}: item <a href="${a.itemHref}">${a.itemLabel}</a>. ${a.status}.</p>
</li>
`;
}

export function actions(v: ActionsView): SafeHtml {
  return html`<h1>Actions</h1>
<p class="lead">Who was asked to act on a decision (the minutes' "Action" column), linked to the item that raised it. ${v.total} ${v.total === 1 ? 'action' : 'actions'} in all. The minutes record who was asked to act, not whether it was done: the status shown is that of the minutes.</p>
${
  v.total === 0
    ? html`<p>No actions are recorded in the archive yet.</p>`
    : html`<h2>By who acts</h2>
${v.byOwner.map(
  (o) => html`<h3 id="${o.id}">${o.ownerHref ? html`<a href="${o.ownerHref}">${o.owner}</a>` : o.owner}</h3>
<ul class="register action-register">
${o.actions.map((a) => action(a, false))}</ul>
`,
)}<h2>By board</h2>
${v.byBoard.map(
  (b) => html`<h3 id="${b.id}"><a href="${b.boardHref}">${b.boardName}</a></h3>
<ul class="register action-register">
${b.actions.map((a) => action(a, true))}</ul>
`,
)}`
}`;
}
