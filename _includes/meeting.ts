import { html, type SafeHtml } from '../src/pages/html.ts';
import type { MeetingView } from '../src/site/meeting-view.ts';
import { history } from './history.ts';
import { paperList } from './papers.ts';

export function meeting(m: MeetingView): SafeHtml {
  return html`<article class="meeting" data-pagefind-body>
<h1>${m.heading}</h1>
${
  m.isDraft
    ? html`<div class="banner banner-draft" role="note" data-pagefind-ignore>
<p><strong>Draft minutes.</strong> These minutes have not yet been approved as a correct record, so they may change.</p>
</div>`
    : ''
}
${m.partial ? html`<div class="banner banner-partial" role="note" data-pagefind-ignore><p><strong>Incomplete.</strong> ${m.partial}</p></div>` : ''}
<dl class="meeting-facts" data-pagefind-ignore>
<dt>Date</dt><dd><time datetime="${m.startIso ?? m.dateIso}">${m.dateLabel}</time></dd>
${m.timeLabel ? html`<dt>Time</dt><dd>${m.timeLabel}</dd>` : ''}
${m.venue ? html`<dt>Venue</dt><dd>${m.venue}</dd>` : ''}
<dt>Board</dt><dd><a href="${m.boardHref}">${m.boardName}</a></dd>
${
  m.approval
    ? html`<dt>Status</dt><dd>${
        m.approval.meeting
          ? html`Approved as a correct record at the <a href="${m.approval.itemHref ?? m.approval.meeting.href}">meeting of ${m.approval.meeting.label}</a>`
          : m.approval.label
      }</dd>`
    : html`<dt>Status</dt><dd>Draft, not yet approved</dd>`
}
${
  m.approves.length
    ? html`<dt>Approves the minutes of</dt><dd>${m.approves.map((a, i) => html`${i > 0 ? ', ' : ''}${a.href ? html`<a href="${a.href}">the meeting of ${a.dateLabel}</a>` : html`the meeting of ${a.dateLabel}`}`)}</dd>`
    : ''
}
<dt>Business</dt><dd>${m.countsLabel}</dd>
${m.contact ? html`<dt>Contact</dt><dd>${m.contact}</dd>` : ''}
</dl>
${
  m.decided.length
    ? html`<section class="decided" aria-labelledby="decided" data-pagefind-ignore>
<h2 id="decided">Decided at this meeting</h2>
<ol class="decided-list">
${m.decided.map(
  (d) => html`<li><a href="${d.href}">${d.text}</a> <span class="meta">(${d.itemLabel})</span></li>
`,
)}</ol>
</section>`
    : ''
}
${
  m.attendance.length
    ? html`<details class="attendance" data-pagefind-ignore>
<summary><h2 id="attendance">Attendance</h2> <span class="meta">${m.attendanceSummary}</span></summary>
${m.attendance.map(
  (group) => html`<h3>${group.label}</h3>
<ul>
${group.people.map(
  (
    p,
  ) => html`<li>${p.href ? html`<a href="${p.href}">${p.name}</a>` : p.name}${p.role ? html` (${p.role})` : ''}${p.note ? html`, ${p.note}` : ''}</li>
`,
)}</ul>
`,
)}</details>`
    : ''
}
${
  m.declarations.length
    ? html`<details class="declarations">
<summary><h2 id="declarations">Declarations of interest</h2> <span class="meta">${m.declarations.length === 1 ? '1 declaration' : html`${m.declarations.length} declarations`}</span></summary>
<ul>
${m.declarations.map(
  (
    d,
  ) => html`<li>${d.whoHref ? html`<a href="${d.whoHref}">${d.who}</a>` : d.who}${d.kind ? html` declared an ${d.kind}` : ' declared an interest'}${d.itemLabel ? html` in ${d.itemHref ? html`<a href="${d.itemHref}">${d.itemLabel}</a>` : d.itemLabel}` : ''}${d.reason ? html`: ${d.reason}` : ''}.</li>
`,
)}</ul>
</details>`
    : ''
}
<nav class="contents" aria-labelledby="contents" data-pagefind-ignore>
<h2 id="contents">Items</h2>
<ul>
${m.contents.map(
  (c) => html`<li><a href="${c.href}">${c.label}</a></li>
`,
)}</ul>
</nav>
${
  m.papers.length
    ? html`<section class="papers" aria-labelledby="papers" data-pagefind-ignore>
<h2 id="papers">Papers of the meeting</h2>
${paperList(m.papers)}
</section>`
    : ''
}
${m.preamble}
${m.items.map(
  (item) => html`<section class="item" id="${item.anchor}" aria-labelledby="${item.anchor}-heading">
<h2 id="${item.anchor}-heading">${item.number ? html`<span class="item-number">${item.number}</span> ` : ''}${item.title}</h2>
${paperList(item.documents)}
${item.body}
${item.approves.map((a) => html`<p class="approval-note">This item approved the minutes of ${a.href ? html`<a href="${a.href}">the meeting of ${a.dateLabel}</a>` : html`the meeting of ${a.dateLabel} (not in this archive)`} as a correct record.</p>`)}
${
  item.cutShort
    ? html`<p class="cut-short"><strong>The text of this item is incomplete:</strong> the source gave only its beginning.${item.cutShort.href ? html` <a href="${item.cutShort.href}">Read the full minutes of this item</a>.` : ''}</p>`
    : ''
}
${item.actions.length ? html`<ul class="actions">${item.actions.map((a) => html`<li><span class="action-label">Action:</span> ${a}</li>`)}</ul>` : ''}
</section>
`,
)}
${
  m.source
    ? html`<section class="provenance" aria-labelledby="provenance" data-pagefind-ignore>
<h2 id="provenance">Where this text came from</h2>
<p>Copied from ${m.source.href ? html`<a href="${m.source.href}">${m.source.shape}</a>` : m.source.shape}${m.source.taken ? html` on ${m.source.taken}` : ''}.</p>
</section>`
    : ''
}
${history(m.history)}
${
  m.previous || m.next
    ? html`<nav class="pager" aria-label="Other meetings of this board" data-pagefind-ignore>
<ul>
${m.previous ? html`<li><a href="${m.previous.href}" rel="prev">Previous meeting: ${m.previous.label}</a></li>` : ''}
${m.next ? html`<li><a href="${m.next.href}" rel="next">Next meeting: ${m.next.label}</a></li>` : ''}
</ul>
</nav>`
    : ''
}
</article>`;
}
