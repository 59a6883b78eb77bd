import { html, type SafeHtml } from '../src/pages/html.ts';
import type { PeopleView, PersonView } from '../src/site/people-view.ts';
import { barChart } from './chart.ts';

export function people(v: PeopleView): SafeHtml {
  return html`<h1>People</h1>
<p class="lead">Councillors and officers named in the minutes, with their roles, attendance and declarations of interest.</p>
${v.groups.map(
  (g) => html`<h2>${g.label}</h2>
<ul>
${g.people.map(
  (p) => html`<li><a href="${p.href}">${p.name}</a>${p.note ? html`, ${p.note}` : ''}</li>
`,
)}</ul>
`,
)}`;
}

export function person(v: PersonView): SafeHtml {
  // Search finds a person by their name and other spellings without initials (searchWords), their title and roles.
  return html`<div data-pagefind-body data-pagefind-index-attrs="data-search-words" data-search-words="${v.searchWords}">
<h1 data-pagefind-ignore>${v.name}</h1>
${v.title ? html`<p class="lead">${v.title}</p>` : ''}
${v.aliases.length ? html`<p class="meta" data-pagefind-ignore>Written in the minutes as: ${v.aliases.join('; ')}.</p>` : ''}
<h2>Roles</h2>
${
  v.roles.length
    ? html`<ul>
${v.roles.map(
  (r) => html`<li>${r.text}, <a href="${r.boardHref}">${r.boardName}</a></li>
`,
)}</ul>`
    : html`<p>No role on a board is recorded in the archive.</p>`
}
</div>
${
  v.attendance.length
    ? html`<h2>Attendance as a member</h2>
${v.attendance.map(
  (a) => html`<section class="attendance-summary">
<h3><a href="${a.boardHref}">${a.boardName}</a></h3>
<p>${a.expected} ${a.expected === 1 ? 'meeting' : 'meetings'} of the board in the archive while a member.</p>
<div class="chart-with-table">
${barChart(a.chart)}
<table>
<caption>${a.chart.title}</caption>
<thead><tr><th scope="col">How the minutes record them</th><th scope="col">Meetings</th></tr></thead>
<tbody>
${a.rows.map(
  (r) => html`<tr><th scope="row">${r.label}</th><td>${r.count}</td></tr>
`,
)}</tbody>
</table>
</div>
</section>
`,
)}`
    : ''
}
<h2>Meetings attended or recorded</h2>
${
  v.records.length
    ? html`<table>
<caption>Meetings whose minutes name ${v.name} in the attendance</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Board</th><th scope="col">Recorded as</th></tr></thead>
<tbody>
${v.records.map(
  (
    r,
  ) => html`<tr><td><a href="${r.href}"><time datetime="${r.dateIso}">${r.dateLabel}</time></a></td><td>${r.boardName}</td><td>${r.how}</td></tr>
`,
)}</tbody>
</table>`
    : html`<p>No minutes in the archive name them in the attendance.</p>`
}
<h2>Declarations of interest</h2>
${
  v.declarations.length
    ? html`<ul>
${v.declarations.map(
  (
    d,
  ) => html`<li><a href="${d.meetingHref}"><time datetime="${d.dateIso}">${d.dateLabel}</time></a>: ${d.kind ?? 'an interest'}${d.itemLabel ? html` in ${d.itemHref ? html`<a href="${d.itemHref}">${d.itemLabel}</a>` : d.itemLabel}` : ''}${d.reason ? html`, ${d.reason}` : ''}.</li>
`,
)}</ul>`
    : html`<p>None recorded in the archive.</p>`
}`;
}
