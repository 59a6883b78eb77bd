// The search page's script: a small interface on Pagefind's JavaScript API.
// It loads nothing from Pagefind until the reader searches, keeps the query
// and filters in the address, and announces results without moving focus.
// docs/search.md explains the choices.

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
const sortSelect = form.querySelector('select[name="sort"]');

// With the script running, search can work: show the form instead of the note.
document.getElementById('search-unavailable').hidden = true;
form.hidden = false;

let pagefindLoading;
/** Pagefind's script, loaded on the first search only. */
function loadPagefind() {
  pagefindLoading ??= import(form.dataset.bundlePath + 'pagefind.js').then(async (pagefind) => {
    await pagefind.options({ baseUrl: form.dataset.baseUrl, metaCacheTag: form.dataset.metaCacheTag, excerptLength: 24 });
    return pagefind;
  });
  return pagefindLoading;
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

let shown = [];
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
    showResults([], '');
    return;
  }
  const sort = parameters.get('sort');
  let response;
  try {
    status.textContent = 'Searching…';
    const pagefind = await loadPagefind();
    response = await pagefind.search(q || null, {
      filters,
      ...(sort === 'newest' ? { sort: { date: 'desc' } } : sort === 'oldest' ? { sort: { date: 'asc' } } : {}),
    });
  } catch (error) {
    if (number === searchNumber) status.textContent = 'Search could not be loaded. Please reload the page to try again.';
    console.error(error);
    return;
  }
  // A later search has started while this one ran: its results win.
  if (number !== searchNumber || !response) return;
  await showResults(response.results, describe(q, response.results.length, filters));
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
  shown = results;
  list.replaceChildren();
  list.hidden = results.length === 0;
  await showMore();
  // Announced once the results are there to be read.
  if (number === searchNumber) status.textContent = summary;
}

/** Renders the next page of results; a reader on a phone downloads only what is shown. */
async function showMore() {
  const start = list.children.length;
  const next = shown.slice(start, start + PAGE_SIZE);
  const number = searchNumber;
  const items = await Promise.all(next.map(async (result) => resultItem(await result.data())));
  if (number !== searchNumber) return;
  list.append(...items);
  more.hidden = list.children.length >= shown.length;
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
  facts.textContent = [data.meta.type, data.meta.board, data.meta.date, data.meta.status].filter(Boolean).join(' · ');
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
