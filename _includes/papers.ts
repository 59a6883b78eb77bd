import { html, type SafeHtml } from '../src/pages/html.ts';
import type { PaperLinkView } from '../src/site/paper-view.ts';

/** A list of papers: each kept one linked to its file and its text, each other one to where it is, or named only. */
export function paperList(papers: PaperLinkView[]): SafeHtml | '' {
  if (papers.length === 0) return '';
  return html`<ul class="documents" data-pagefind-ignore>${papers.map(
    (p) =>
      html`<li>${
        p.href
          ? html`<a href="${p.href}">${p.title}</a> <span class="paper-facts">(${p.facts})</span>${p.textHref ? html` <a href="${p.textHref}" class="paper-text" aria-label="Text of this paper: ${p.title}">Text of this paper</a>` : ''}`
          : p.externalHref
            ? html`<a href="${p.externalHref}" rel="external">${p.title}</a> <span class="paper-facts">(${p.facts})</span>`
            : html`${p.title} <span class="paper-facts">(${p.facts})</span>`
      }</li>`,
  )}</ul>`;
}
