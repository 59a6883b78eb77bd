import { html, type SafeHtml } from '../src/pages/html.ts';
import type { FollowView } from '../src/site/follow-view.ts';

/** Feeds, calendars and open data, each with what it is for. */
export function follow(f: FollowView): SafeHtml {
  return html`<section class="follow" aria-labelledby="follow" data-pagefind-ignore>
<h2 id="follow">${f.heading}</h2>
<ul>
${f.ways.map(
  (
    w,
  ) => html`<li><a href="${w.href}">${w.label}</a>${w.also ? html` (or the <a href="${w.also.href}">${w.also.label}</a>)` : ''}: ${w.purpose}</li>
`,
)}</ul>
</section>`;
}
