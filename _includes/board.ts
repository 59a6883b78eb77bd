import { html, type SafeHtml } from '../src/pages/html.ts';
import type { BoardView, MeetingSummary } from '../src/site/board-view.ts';
import { barChart } from './chart.ts';
import { follow } from './follow.ts';

export function status(m: MeetingSummary): SafeHtml {
  if (m.isDraft) return html`<span class="status status-draft">Draft</span>`;
  if (!m.approvedAt) return html`<span class="status status-approved">Approved</span>`;
  return html`<span class="status status-approved">Approved</span> at the meeting of ${m.approvedAt.href ? html`<a href="${m.approvedAt.href}">${m.approvedAt.label}</a>` : m.approvedAt.label}`;
}

export function meetingRow(m: MeetingSummary): SafeHtml {
  return html`<li><a href="${m.href}"><time datetime="${m.dateIso}">${m.dateLabel}</time></a>
 <span class="meta">${status(m)}. ${m.itemCount} ${m.itemCount === 1 ? 'item' : 'items'}, ${m.decisionCount} ${m.decisionCount === 1 ? 'decision' : 'decisions'}${m.partial ? ', incomplete' : ''}.</span></li>
`;
}

function timelineEntry(m: MeetingSummary): SafeHtml {
  return html`<li>
<h4><a href="${m.href}"><time datetime="${m.dateIso}">${m.dateLabel}</time></a></h4>
<p class="meta">${status(m)}. ${m.itemCount} ${m.itemCount === 1 ? 'item' : 'items'}, ${m.decisionCount} ${m.decisionCount === 1 ? 'decision' : 'decisions'}${m.partial ? '; only part of these minutes is in the archive' : ''}.</p>
${
  m.decisions.length
    ? html`<ul class="decisions-short">
${m.decisions.map(
  (d) => html`<li><a href="${d.href}">${d.text}</a></li>
`,
)}</ul>`
    : ''
}
</li>
`;
}

export function board(b: BoardView): SafeHtml {
  return html`<h1>${b.name}</h1>
${b.purpose ? html`<p class="lead">${b.purpose}</p>` : ''}
<p><a href="${b.decisionsHref}">All decisions of this board</a></p>
${follow(b.follow)}
<h2 id="timeline">Meetings by municipal year</h2>
${
  b.years.length
    ? html`<nav class="year-jump" aria-label="Municipal years">
<ul>
${b.years.map(
  (y) => html`<li><a href="#${y.id}">${y.label}</a></li>
`,
)}</ul>
</nav>
<figure class="chart-figure">
${barChart(b.chart)}
<table>
<caption>${b.chart.title}</caption>
<thead><tr><th scope="col">Municipal year</th><th scope="col">Meetings</th><th scope="col">Decisions</th></tr></thead>
<tbody>
${b.chartRows.map(
  (r) => html`<tr><th scope="row">${r.label}</th><td>${r.meetings}</td><td>${r.decisions}</td></tr>
`,
)}</tbody>
</table>
</figure>
${b.years.map(
  (y) => html`<section class="year" id="${y.id}" aria-labelledby="${y.id}-heading">
<h3 id="${y.id}-heading">${y.label}</h3>
${
  y.meetings.length
    ? html`<ol class="timeline" reversed>
${y.meetings.map(timelineEntry)}</ol>`
    : html`<p>No meetings of this year are in the archive.</p>`
}
${y.reports.length ? html`<p>Reports: ${y.reports.map((r, i) => html`${i > 0 ? ', ' : ''}<a href="${r.href}">${r.label}</a>`)}</p>` : ''}
</section>
`,
)}`
    : html`<p>No meetings are in the archive yet.</p>`
}
${
  b.otherReports.length
    ? html`<h2>Other reports</h2>
<ul>
${b.otherReports.map(
  (r) => html`<li><a href="${r.href}">${r.label}</a></li>
`,
)}</ul>`
    : ''
}
${
  b.members.length
    ? html`<h2>Membership</h2>
<ul class="members">
${b.members.map(
  (
    m,
  ) => html`<li>${m.href ? html`<a href="${m.href}">${m.name}</a>` : m.name}${m.role !== 'Member' ? html` (${m.role})` : ''}</li>
`,
)}</ul>`
    : ''
}
${b.leadOfficer ? html`<p>Lead officer: ${b.leadOfficer.href ? html`<a href="${b.leadOfficer.href}">${b.leadOfficer.name}</a>` : b.leadOfficer.name}</p>` : ''}
${b.portfolioHolder ? html`<p>Portfolio holder: ${b.portfolioHolder.href ? html`<a href="${b.portfolioHolder.href}">${b.portfolioHolder.name}</a>` : b.portfolioHolder.name}</p>` : ''}`;
}
