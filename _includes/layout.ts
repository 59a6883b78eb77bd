import { html, type SafeHtml } from '../src/pages/html.ts';
import type { Frame, SiteView } from '../src/pages/page.ts';
import { CONTENT_SECURITY_POLICY } from '../src/site/security.ts';

/**
 * The frame of every page: head, skip link, header, breadcrumbs, main and
 * footer. On small screens the header's links fold behind a "Menu"
 * disclosure (details/summary: no script needed), shown instead of the row. The body names the page's kind, so tests can pick one page of each.
 */
export function layout(site: SiteView, frame: Frame, main: SafeHtml, kind = 'page'): string {
  const title = frame.path === '/' ? frame.title : `${frame.title} - ${site.authority}`;
  const permanent = kind === 'not-found' ? undefined : site.permanentAddress(frame.path);
  return html`<!DOCTYPE html>
<html lang="${site.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${title}</title>
${frame.description ? html`<meta name="description" content="${frame.description}">` : ''}
<link rel="stylesheet" href="${site.stylesheetHref}">
<link rel="stylesheet" href="${site.themeHref}">
${permanent ? html`<link rel="canonical" href="${permanent}">` : ''}
${
  frame.search
    ? html`${frame.search.filters.map(
        (f) => html`<meta name="search-${f.name}" content="${f.value}" data-pagefind-filter="${f.name}[content]">
`,
      )}${frame.search.meta.map(
        (f) => html`<meta name="search-${f.name}" content="${f.value}" data-pagefind-meta="${f.name}[content]">
`,
      )}${frame.search.sort.map(
        (f) => html`<meta name="search-sort-${f.name}" content="${f.value}" data-pagefind-sort="${f.name}[content]">
`,
      )}`
    : ''
}${frame.alternates.map(
    (a) => html`<link rel="alternate" type="${a.type}" title="${a.title}" href="${a.href}">
`,
  )}</head>
<body data-page-kind="${kind}">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<div class="wrap">
<a class="site-name" href="${site.homeHref}">${site.authority} <span>minutes</span></a>
<nav class="site-nav" aria-label="Site">
<ul>
${site.navigation.map(
  (link) => html`<li><a href="${link.href}">${link.label}</a></li>
`,
)}</ul>
</nav>
<details class="site-menu">
<summary>Menu</summary>
<nav aria-label="Site menu">
<ul>
${site.navigation.map(
  (link) => html`<li><a href="${link.href}">${link.label}</a></li>
`,
)}</ul>
</nav>
</details>
<form class="site-search" role="search" aria-label="Site search" action="${site.searchHref}" method="get">
<label for="site-search-q">Search the minutes</label>
<input type="search" id="site-search-q" name="q" enterkeyhint="search">
<button type="submit">Search</button>
</form>
</div>
</header>
${
  frame.breadcrumbs.length > 1
    ? html`<nav class="breadcrumbs wrap" aria-label="Breadcrumb">
<ol>
${frame.breadcrumbs.map((crumb, i) =>
  i === frame.breadcrumbs.length - 1
    ? html`<li><a href="${crumb.href}" aria-current="page">${crumb.label}</a></li>
`
    : html`<li><a href="${crumb.href}">${crumb.label}</a></li>
`,
)}</ol>
</nav>`
    : ''
}
<main id="main" class="wrap" tabindex="-1">
${main}
</main>
<footer class="site-footer">
<div class="wrap">
<p>Published by ${site.authority}.</p>
${
  site.contact.ways.length
    ? html`<p>To ask about these minutes or report a mistake, contact ${site.contact.name ?? site.authority}:</p>
<ul class="contact">
${site.contact.ways.map(
  (way) => html`<li>${way.label}: ${way.href ? html`<a href="${way.href}">${way.value}</a>` : way.value}</li>
`,
)}</ul>`
    : ''
}
<p>The text of the minutes is published under the ${site.licence.href ? html`<a href="${site.licence.href}" rel="license">${site.licence.name}</a>` : site.licence.name}.</p>
${site.snapshotNote ? html`<p class="snapshot-note">${site.snapshotNote}</p>` : ''}
<p><a href="${site.accessibilityHref}">Accessibility statement</a></p>
${permanent ? html`<p class="permanent-address">Permanent address of this page: <a href="${permanent}">${permanent}</a></p>` : ''}
</div>
</footer>
</body>
</html>
`.value;
}
