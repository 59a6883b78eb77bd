import { html, type SafeHtml } from '../src/site/html.ts';
import type { BoardView, MeetingSummary } from '../src/site/board-view.ts';

export function meetingRow(m: MeetingSummary): SafeHtml {
  return html`<li><a href="${m.href}"><time datetime="${m.dateIso}">${m.dateLabel}</time></a>
 <span class="meta">${m.isDraft ? html`<span class="status status-draft">Draft</span>` : html`<span class="status status-approved">Approved</span>`} ${m.itemCount} ${m.itemCount === 1 ? 'item' : 'items'}, ${m.decisionCount} ${m.decisionCount === 1 ? 'decision' : 'decisions'}${m.partial ? ', incomplete' : ''}</span></li>
`;
}

export function board(b: BoardView): SafeHtml {
  return html`<h1>${b.name}</h1>
${b.purpose ? html`<p class="lead">${b.purpose}</p>` : ''}
<h2>Meetings</h2>
${b.meetings.length ? html`<ul class="meeting-list">
${b.meetings.map(meetingRow)}</ul>` : html`<p>No meetings are in the archive yet.</p>`}
${b.reports.length ? html`<h2>Reports</h2>
<ul>
${b.reports.map((r) => html`<li><a href="${r.href}">${r.label}</a></li>
`)}</ul>` : ''}
${b.members.length ? html`<h2>Membership</h2>
<ul class="members">
${b.members.map((m) => html`<li>${m.name}${m.role !== 'Member' ? html` (${m.role})` : ''}</li>
`)}</ul>` : ''}
${b.leadOfficer ? html`<p>Lead officer: ${b.leadOfficer}</p>` : ''}
${b.portfolioHolder ? html`<p>Portfolio holder: ${b.portfolioHolder}</p>` : ''}`;
}
