import { html, type SafeHtml } from '../src/pages/html.ts';
import type { SearchView } from '../src/site/search-view.ts';

/**
 * The search page. The form works with the script in assets/search.js, which
 * shows it; without JavaScript, or opened from disk, the reader sees why and
 * where else to look. The filters fold behind "Filter results" (the script
 * opens them on wide screens), so that on a phone the first result shows
 * on the first screen.
 */
export function search(v: SearchView): SafeHtml {
  return html`<h1>Search the minutes</h1>
<div class="search-unavailable" id="search-unavailable">
<p>Search could not start here. It runs in your browser, so it needs JavaScript, and it needs the site's files served by a web server: opened straight from a disk (an address that starts with <code>file://</code>), a browser does not let it read its index. To search a copy on disk, serve its folder (for example, run <code>python3 -m http.server</code> in it) and open the address that prints. You can still find every meeting from these pages:</p>
<ul>
${v.alternatives.map(
  (link) => html`<li><a href="${link.href}">${link.label}</a></li>
`,
)}</ul>
</div>
<form class="search-form" id="search-form" role="search" aria-label="Search the minutes" action="${v.action}" method="get" data-bundle-path="${v.bundlePath}" data-base-url="${v.baseUrl}" data-meta-cache-tag="${v.cacheTag}" data-vocabulary="${v.vocabularyHref}"${v.mergeBundles.length ? html` data-merge-bundles="${v.mergeBundles.join(' ')}"` : ''} hidden>
<div class="search-query">
<label for="search-q">Words to find</label>
<input type="search" id="search-q" name="q" autocomplete="off" enterkeyhint="search">
<button type="submit">Search</button>
</div>
<details class="search-filter-panel" id="search-filter-panel">
<summary>Filter results<span id="search-filter-count"></span></summary>
<fieldset class="search-filters">
<legend>Narrow and order the results</legend>
${v.filters.map(
  (filter) => html`<div class="search-filter">
<label for="filter-${filter.name}">${filter.label}</label>
<select id="filter-${filter.name}" name="${filter.name}">
${filter.options.map(
  (option) => html`<option value="${option.value}">${option.label}</option>
`,
)}</select>
</div>
`,
)}<div class="search-filter">
<label for="filter-sort">Order</label>
<select id="filter-sort" name="sort">
${v.sorts.map(
  (option) => html`<option value="${option.value}">${option.label}</option>
`,
)}</select>
</div>
</fieldset>
</details>
</form>
<p class="search-status" id="search-status" role="status" aria-live="polite"></p>
<p class="search-suggestion" id="search-suggestion" aria-live="polite"></p>
<ol class="search-results" id="search-results" hidden></ol>
<p class="search-more"><button type="button" id="search-more" hidden>Show more results</button></p>
<script type="module" src="${v.scriptHref}"></script>`;
}
