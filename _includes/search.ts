import { html, type SafeHtml } from '../src/site/html.ts';
import type { SearchView } from '../src/site/search-view.ts';

/**
 * The search page. The form works with the script in assets/search.js, which
 * shows it; without JavaScript the reader sees where else to look.
 */
export function search(v: SearchView): SafeHtml {
  return html`<h1>Search the minutes</h1>
<div class="search-unavailable" id="search-unavailable">
<p>Search runs in your browser and needs JavaScript, which is switched off or not available here. You can still find every meeting from these pages:</p>
<ul>
${v.alternatives.map((link) => html`<li><a href="${link.href}">${link.label}</a></li>
`)}</ul>
</div>
<form class="search-form" id="search-form" role="search" aria-label="Search the minutes" action="${v.action}" method="get" data-bundle-path="${v.bundlePath}" data-base-url="${v.baseUrl}" data-meta-cache-tag="${v.cacheTag}"${v.mergeBundles.length ? html` data-merge-bundles="${v.mergeBundles.join(' ')}"` : ''} hidden>
<div class="search-query">
<label for="search-q">Words to find</label>
<input type="search" id="search-q" name="q" autocomplete="off" enterkeyhint="search">
<button type="submit">Search</button>
</div>
<fieldset class="search-filters">
<legend>Narrow and order the results</legend>
${v.filters.map((filter) => html`<div class="search-filter">
<label for="filter-${filter.name}">${filter.label}</label>
<select id="filter-${filter.name}" name="${filter.name}">
${filter.options.map((option) => html`<option value="${option.value}">${option.label}</option>
`)}</select>
</div>
`)}<div class="search-filter">
<label for="filter-sort">Order</label>
<select id="filter-sort" name="sort">
${v.sorts.map((option) => html`<option value="${option.value}">${option.label}</option>
`)}</select>
</div>
</fieldset>
</form>
<p class="search-status" id="search-status" role="status" aria-live="polite"></p>
<ol class="search-results" id="search-results" hidden></ol>
<p class="search-more"><button type="button" id="search-more" hidden>Show more results</button></p>
<script type="module" src="${v.scriptHref}"></script>`;
}
