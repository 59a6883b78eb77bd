import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from '../measure-command.ts';
import { boardNames, copyContent } from './peer-content.ts';

/** Debian's Hugo package; the benchmark says so when it is not installed. */
export const HUGO_PATH = process.env.HUGO_PATH ?? '/usr/bin/hugo';

export const hasHugo = (): boolean => existsSync(HUGO_PATH);

/**
 * A minimal Hugo site of the same content: Hugo's defaults (home and board
 * list pages, RSS, sitemap) and one template for a page, showing the title,
 * board, date and body, the body marked for Pagefind.
 */
export function writeHugoPeer(archiveRoot: string, folder: string): void {
  copyContent(archiveRoot, path.join(folder, 'content'));
  for (const dir of ['layouts/_default', 'data', 'static/search'])
    mkdirSync(path.join(folder, dir), { recursive: true });
  writeFileSync(
    path.join(folder, 'hugo.toml'),
    `baseURL = "https://minutes.example.org/"
languageCode = "en-gb"
title = "Minutes"
disableKinds = ["taxonomy", "term"]
`,
  );
  writeFileSync(path.join(folder, 'data/boards.json'), JSON.stringify(boardNames(archiveRoot)));
  const head = (title: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>`;
  writeFileSync(
    path.join(folder, 'layouts/_default/single.html'),
    `{{ $board := index site.Data.boards .Section }}{{ $title := .Params.title | default (printf "%s, %s" $board (.Date.Format "2 January 2006")) }}${head('{{ $title }}')}
<main data-pagefind-body>
<h1>{{ $title }}</h1>
<p><span data-pagefind-filter="board">{{ $board }}</span>{{ if not .Date.IsZero }} · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time>{{ end }}</p>
{{ .Content }}
</main>
</body>
</html>
`,
  );
  writeFileSync(path.join(folder, 'static/search/index.html'), HUGO_PEER_SEARCH_PAGE);
  writeFileSync(
    path.join(folder, 'layouts/_default/list.html'),
    `${head('{{ .Title }}')}
<main>
<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title | default .File.BaseFileName }}</a></li>{{ end }}</ul>
</main>
</body>
</html>
`,
  );
}

/**
 * The peer's search page: Pagefind's own JavaScript API over its single index,
 * the first ten results shown as Minute Book's page shows them (title and
 * excerpt), with the same form and list ids, so the benchmark times the same
 * steps on both sites: load Pagefind, search, load the shown results' data.
 */
export const HUGO_PEER_SEARCH_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Search</title></head>
<body>
<main>
<h1>Search</h1>
<form id="search-form" role="search"><label for="search-q">Search the minutes</label> <input id="search-q" type="search" name="q"> <button>Search</button></form>
<ol id="search-results"></ol>
</main>
<script type="module">
const form = document.getElementById('search-form');
const list = document.getElementById('search-results');
let pagefind;
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  pagefind ??= await import('/pagefind/pagefind.js');
  const { results } = await pagefind.search(document.getElementById('search-q').value);
  const shown = await Promise.all(results.slice(0, 10).map((result) => result.data()));
  list.replaceChildren(...shown.map((data) => {
    const item = document.createElement('li');
    item.className = 'search-result';
    item.innerHTML = '<h2><a></a></h2><p></p>';
    item.querySelector('a').href = data.url;
    item.querySelector('a').textContent = data.meta.title;
    item.querySelector('p').innerHTML = data.excerpt;
    return item;
  }));
});
</script>
</body>
</html>
`;

export function hugoCommand(folder: string, output: string): Command {
  return {
    label: 'hugo',
    command: HUGO_PATH,
    args: ['--source', folder, '--destination', output, '--quiet'],
    cwd: folder,
  };
}
