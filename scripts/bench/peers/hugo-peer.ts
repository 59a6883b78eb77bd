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
  for (const dir of ['layouts/_default', 'data']) mkdirSync(path.join(folder, dir), { recursive: true });
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

export function hugoCommand(folder: string, output: string): Command {
  return {
    label: 'hugo',
    command: HUGO_PATH,
    args: ['--source', folder, '--destination', output, '--quiet'],
    cwd: folder,
  };
}
