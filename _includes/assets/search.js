// The search page's script: a small interface on Pagefind's JavaScript API.
// It loads nothing from Pagefind until the reader searches, keeps the query
// and filters in the address, and announces results without moving focus.
// docs/search.md explains the choices.

import { searchTerm } from './search-term.js';

const PAGE_SIZE = 10;
const SUB_RESULTS = 3;
const TYPING_PAUSE = 250;

const form = document.getElementById('search-form');
const field = document.getElementById('search-q');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');
const selects = [...form.querySelectorAll('select')];
const filterSelects = selects.filter((select) => select.name !== 'sort');

const filterPanel = document.getElementById('search-filter-panel');
const filterCount = document.getElementById('search-filter-count');
const suggestion = document.getElementById('search-suggestion');

// With the script running, search can work: show the form instead of the note.
document.getElementById('search-unavailable').hidden = true;
form.hidden = false;
// The filters are open where there is room; on a phone they wait behind "Filter results", so results show on the first screen.
filterPanel.open = window.matchMedia('(min-width: 40.0625rem)').matches;

/** "Filter results (1 active)": what the folded filters are doing. */
function showFilterCount() {
  const active = filterSelects.filter((select) => select.value).length;
  filterCount.textContent = active ? ` (${active} active)` : '';
}

let pagefindLoading;
/**
 * Pagefind's script and every part of the index, loaded on the first search
 * only. The bundle lists its parts (one index for the current municipal
 * year, and one for each run of closed years) in parts.json; the current year's part is Pagefind's own, the others are
 * merged into it, and so are the parts of any other site's bundle the page
 * names (data-merge-bundles). Each part is tagged with a filter of its own
 * number so that a search can be asked of one part alone.
 */
function loadPagefind() {
  pagefindLoading ??= (async () => {
    const own = form.dataset.bundlePath;
    const others = (form.dataset.mergeBundles ?? '').split(' ').filter(Boolean);
    // Another site's bundle that cannot be had is left out, and the rest is searched.
    const otherParts = (bundle) => bundleParts(bundle).catch((error) => (console.warn(error), []));
    const [pagefind, ...bundles] = await Promise.all([import(own + 'pagefind.js'), bundleParts(own), ...others.map(otherParts)]);
    const parts = bundles.flat();
    const optionsOf = (part, i) => ({
      excerptLength: 24,
      baseUrl: part.baseUrl,
      // Our tag changes with our content only: another site's entry files are asked for afresh (Pagefind adds the time).
      ...(part.bundle === own ? { metaCacheTag: form.dataset.metaCacheTag } : {}),
      mergeFilter: { [PART_FILTER]: String(i) },
    });
    await pagefind.options(optionsOf(parts[0], 0));
    await Promise.all(parts.slice(1).map((part, i) => pagefind.mergeIndex(part.bundle + part.path, optionsOf(part, i + 1))));
    return { pagefind, parts };
  })();
  return pagefindLoading;
}

/** The filter each part's pages carry in the browser: its number in the list of parts. */
const PART_FILTER = 'part';

/** The parts of one bundle, from its parts.json; a bundle is served from `<site>/pagefind/`, so its pages are under `<site>/`. */
async function bundleParts(bundle) {
  const own = bundle === form.dataset.bundlePath;
  const response = await fetch(own ? `${bundle}parts.json?ts=${encodeURIComponent(form.dataset.metaCacheTag)}` : `${bundle}parts.json`, own ? {} : { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${bundle}parts.json: ${response.status}`);
  const { parts } = await response.json();
  const baseUrl = own ? form.dataset.baseUrl : bundle.replace(/pagefind\/$/, '');
  return parts.map((part) => ({ ...part, bundle, baseUrl }));
}

/** The search the form describes, as address parameters in a fixed order. */
function formParameters() {
  const parameters = new URLSearchParams();
  const q = field.value.trim();
  if (q) parameters.set('q', q);
  for (const select of selects) if (select.value) parameters.set(select.name, select.value);
  return parameters;
}

/** Puts a search from the address into the form. */
function restoreForm(parameters) {
  field.value = parameters.get('q') ?? '';
  for (const select of selects) {
    const value = parameters.get(select.name) ?? '';
    select.value = [...select.options].some((option) => option.value === value) ? value : '';
  }
  showFilterCount();
}

function addressOf(parameters) {
  const query = parameters.toString();
  return location.pathname + (query ? `?${query}` : '');
}

/** Records the search in the address: a new history entry when the reader submits, the same entry while typing or choosing. */
function remember(parameters, { newEntry }) {
  const address = addressOf(parameters);
  if (address === location.pathname + location.search) return;
  if (newEntry) history.pushState(null, '', address);
  else history.replaceState(null, '', address);
}

/** The results of the search on show: how many there are, and the next ones to show. */
let shown = { total: 0, take: async () => [] };
let searchNumber = 0;

async function runSearch(parameters) {
  const number = ++searchNumber;
  const q = parameters.get('q') ?? '';
  const filters = {};
  for (const select of filterSelects) {
    const value = parameters.get(select.name);
    if (value) filters[select.name] = value;
  }
  if (!q && Object.keys(filters).length === 0) {
    showResults({ total: 0, take: async () => [] }, '');
    return;
  }
  const sort = parameters.get('sort');
  let response;
  try {
    status.textContent = 'Searching…';
    const { pagefind, parts } = await loadPagefind();
    const direction = sort === 'newest' ? 'desc' : sort === 'oldest' ? 'asc' : undefined;
    const term = searchTerm(q);
    response = direction ? await byDate(pagefind, parts, term, filters, direction) : await byRelevance(pagefind, term, filters);
  } catch (error) {
    if (number === searchNumber) status.textContent = 'Search could not be loaded. Please reload the page to try again.';
    console.error(error);
    return;
  }
  // A later search has started while this one ran: its results win.
  if (number !== searchNumber || !response) return;
  await showResults(response, describe(q, response.total, filters));
  if (response.total === 0 && q) await suggestSpelling(q, number);
}

let vocabularyLoading;
/** The archive's words, most used first (written by the build); loaded only once a search has found nothing. */
function loadVocabulary() {
  vocabularyLoading ??= fetch(form.dataset.vocabulary)
    .then((response) => (response.ok ? response.json() : { words: [] }))
    .then(({ words }) => ({ words, known: new Set(words) }))
    .catch(() => ({ words: [], known: new Set() }));
  return vocabularyLoading;
}

/** "No results for 'scool'. Did you mean 'school'?": each word the archive does not use, replaced by its nearest word that it does. */
async function suggestSpelling(q, number) {
  const { words, known } = await loadVocabulary();
  let changed = false;
  const corrected = q.split(/\s+/).map((word) => {
    const lower = word.toLowerCase();
    if (lower.length < 3 || known.has(lower) || !/^\p{L}+$/u.test(lower)) return word;
    const nearest = nearestWord(lower, words);
    if (nearest) changed = true;
    return nearest ?? word;
  });
  if (!changed || number !== searchNumber) return;
  const better = corrected.join(' ');
  const parameters = formParameters();
  parameters.set('q', better);
  const link = document.createElement('a');
  link.href = addressOf(parameters);
  link.textContent = `‘${better}’`;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    field.value = better;
    const next = formParameters();
    remember(next, { newEntry: true });
    runSearch(next);
  });
  // After the status's "No results for “scool”."
  suggestion.replaceChildren('Did you mean ', link, '?');
}

/** The most used word within a small edit distance (one edit in four letters), or undefined. */
function nearestWord(word, words) {
  const allowed = Math.max(1, Math.floor(word.length / 4));
  let best;
  let bestDistance = allowed + 1;
  for (const candidate of words) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const distance = editDistance(word, candidate, bestDistance);
    // Words come most used first, so the first at a distance wins its ties.
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
function editDistance(a, b, limit) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
      rowBest = Math.min(rowBest, current[j]);
    }
    if (rowBest >= limit) return limit;
    previous = current;
  }
  return previous[b.length];
}

/** Results in order of relevance: Pagefind merges the parts by score. */
async function byRelevance(pagefind, term, filters) {
  const { results } = await pagefind.search(term, { filters });
  let next = 0;
  return { total: results.length, take: async (n) => results.slice(next, (next += n)) };
}

/**
 * Results by date across every part. Pagefind orders each index by date but
 * merges indexes by score, which would mix the years; so each part is asked
 * alone (by its part filter), only when its results may come next, and the
 * parts' lists are merged here by date. A part's date range (from parts.json)
 * often shows whose result comes first without opening any; where ranges
 * overlap (another site's bundle), the result's date is read from its
 * metadata.
 */
async function byDate(pagefind, parts, term, filters, direction) {
  const sort = { date: direction };
  const { results, filters: counts } = await pagefind.search(term, { filters, sort });
  const before = (a, b) => (direction === 'asc' ? a < b : a > b);
  // How many results each part holds; a part with none is never asked.
  const perPart = counts?.[PART_FILTER];
  const lists = parts.map((part, index) => ({
    index,
    count: perPart ? (perPart[String(index)] ?? 0) : 1,
    near: direction === 'asc' ? part.from : part.to,
    far: direction === 'asc' ? part.to : part.from,
    results: undefined,
    taken: 0,
    headKey: undefined,
  })).filter((list) => list.count > 0);

  async function open(list) {
    if (list.results) return;
    const response = await pagefind.search(term, { filters: { ...filters, [PART_FILTER]: String(list.index) }, sort });
    // Pagefind leaves pages without a date out of results ordered by date.
    list.results = response.results;
  }
  async function headKey(list) {
    await open(list);
    list.headKey ??= (await list.results[list.taken].data()).meta['iso-date'];
    return list.headKey;
  }
  const left = (list) => !list.results || list.taken < list.results.length;

  async function next() {
    for (;;) {
      const active = [];
      for (const list of lists) {
        // A part whose pages had no dates when it was built gives no bounds: open it to see.
        if (list.near === undefined) await open(list);
        if (!left(list)) continue;
        list.near ??= await headKey(list);
        active.push(list);
      }
      if (!active.length) return undefined;
      const first = active.reduce((a, b) => (before(b.near, a.near) ? b : a));
      const bound = first.headKey ?? first.far;
      if (!active.every((list) => list === first || !before(list.near, bound))) {
        first.near = await headKey(first);
        continue;
      }
      await open(first);
      if (!left(first)) continue;
      // The results after this one are no nearer than it.
      first.near = first.headKey ?? first.near;
      first.headKey = undefined;
      return first.results[first.taken++];
    }
  }

  async function take(n) {
    const out = [];
    for (let result; out.length < n && (result = await next()); ) out.push(result);
    return out;
  }
  return { total: results.length, take: serial(take) };
}

/** Runs the calls of fn one at a time, in the order they were made. */
function serial(fn) {
  let last = Promise.resolve();
  return (...args) => (last = last.then(() => fn(...args), () => fn(...args)));
}

/** "3 results for “exclusions” in year 2025" */
function describe(q, count, filters) {
  const found = count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`;
  const narrowed = filterSelects
    .filter((select) => filters[select.name])
    .map((select) => `${select.labels[0].textContent.toLowerCase()}: ${select.selectedOptions[0].textContent}`);
  return `${found}${q ? ` for “${q}”` : ''}${narrowed.length ? ` (${narrowed.join(', ')})` : ''}.`;
}

async function showResults(results, summary) {
  const number = searchNumber;
  suggestion.replaceChildren();
  shown = results;
  list.replaceChildren();
  list.hidden = results.total === 0;
  await showMore();
  // Announced once the results are there to be read.
  if (number === searchNumber) status.textContent = summary;
}

/** Renders the next page of results; a reader on a phone downloads only what is shown. */
async function showMore() {
  const source = shown;
  const start = source.shown ?? 0;
  const number = searchNumber;
  const next = await source.take(PAGE_SIZE);
  source.shown = start + next.length;
  const items = await Promise.all(next.map(async (result) => resultItem(await result.data())));
  if (number !== searchNumber) return;
  list.append(...items);
  more.hidden = source.shown >= source.total;
  if (start > 0) {
    const link = items[0]?.querySelector('a');
    link?.focus();
  }
}

function resultItem(data) {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'meta';
  // A paper's result says which meeting and item it is a paper of.
  facts.textContent = [data.meta.type, data.meta.under, data.meta.board, data.meta.date, data.meta.status].filter(Boolean).join(' · ');
  item.append(heading, facts);

  const sections = itemSubResults(data);
  if (sections.length) {
    const sublist = document.createElement('ul');
    sublist.className = 'search-sub-results';
    for (const section of sections) {
      const entry = document.createElement('li');
      const sectionLink = document.createElement('a');
      sectionLink.href = section.url;
      sectionLink.textContent = section.title;
      entry.append(sectionLink, excerpt(section.excerpt));
      sublist.append(entry);
    }
    item.append(sublist);
  } else {
    item.append(excerpt(data.excerpt));
  }
  return item;
}

/**
 * The parts of a page that matched, most matches first, in page order. Each
 * item of the minutes is a section whose heading Pagefind sees; the link goes
 * to the item itself (`#item-16`), the element with an id that starts where
 * the heading starts.
 */
function itemSubResults(data) {
  return (data.sub_results ?? [])
    .filter((sub) => sub.anchor)
    .map((sub, order) => ({ sub, order }))
    .sort((a, b) => b.sub.locations.length - a.sub.locations.length || a.order - b.order)
    .slice(0, SUB_RESULTS)
    .sort((a, b) => a.order - b.order)
    .map(({ sub }) => {
      const enclosing = data.anchors.find((anchor) => anchor.location === sub.anchor.location && anchor.id && !/^h\d$/i.test(anchor.element));
      const id = enclosing?.id ?? sub.anchor.id;
      return { title: sub.title, url: `${data.url}#${id}`, excerpt: sub.excerpt };
    });
}

/** An excerpt as text with its matched words marked, built from Pagefind's HTML without trusting it. */
function excerpt(markup) {
  const paragraph = document.createElement('p');
  paragraph.className = 'search-excerpt';
  const parsed = new DOMParser().parseFromString(`<p>${markup ?? ''}</p>`, 'text/html').body.firstChild;
  for (const node of parsed?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      paragraph.append(mark);
    } else {
      paragraph.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return paragraph;
}

let typingTimer;
field.addEventListener('input', () => {
  clearTimeout(typingTimer);
  loadPagefind().catch(() => {});
  typingTimer = setTimeout(() => {
    const parameters = formParameters();
    remember(parameters, { newEntry: false });
    runSearch(parameters);
  }, TYPING_PAUSE);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  const parameters = formParameters();
  remember(parameters, { newEntry: true });
  runSearch(parameters);
});

for (const select of selects) {
  // Arrow keys change a select at every press: keep one history entry for them.
  select.addEventListener('change', () => {
    showFilterCount();
    const parameters = formParameters();
    remember(parameters, { newEntry: false });
    runSearch(parameters);
  });
}

more.addEventListener('click', () => showMore());

window.addEventListener('popstate', () => {
  const parameters = new URLSearchParams(location.search);
  restoreForm(parameters);
  runSearch(parameters);
});

// Opened with a search in the address (from the header's search box, a bookmark or a shared link).
const initial = new URLSearchParams(location.search);
restoreForm(initial);
if (initial.toString()) runSearch(initial);
