import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/paths.ts';
import type { Command } from '../measure-command.ts';
import { boardNames, copyContent } from './peer-content.ts';

/**
 * A minimal Eleventy 3 site of the same content: each Markdown file is a
 * template, and one Nunjucks layout shows the title, board, date and body,
 * with the body marked for Pagefind as Minute Book's pages are. Markdown is
 * not run through a template language first (Eleventy's default is Liquid),
 * the faster setting and the right one for plain minutes.
 */
export function writeEleventyPeer(archiveRoot: string, folder: string): { input: string; config: string } {
  const input = path.join(folder, 'site');
  copyContent(archiveRoot, input);
  mkdirSync(path.join(input, '_includes'), { recursive: true });
  writeFileSync(path.join(folder, 'package.json'), '{ "type": "module", "private": true }\n');
  // Directory data for every page: the layout, and the board, title and date a meeting's file does not hold.
  // (Board names are written in, not read from global data: computed data may run before global data is there.)
  writeFileSync(
    path.join(input, 'site.11tydata.js'),
    `const boards = ${JSON.stringify(boardNames(archiveRoot))};
const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const boardOf = (data) => boards[data.page.filePathStem.split('/')[1]];
export default {
  layout: 'meeting.njk',
  eleventyComputed: {
    board: boardOf,
    isoDate: (data) => /^\\d{4}-\\d{2}-\\d{2}$/.test(data.page.fileSlug) ? data.page.fileSlug : undefined,
    heading: (data) => data.title ?? \`\${boardOf(data)}, \${longDate.format(new Date(data.page.fileSlug))}\`,
  },
};
`,
  );
  writeFileSync(
    path.join(input, '_includes/meeting.njk'),
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ heading }}</title></head>
<body>
<main data-pagefind-body>
<h1>{{ heading }}</h1>
<p><span data-pagefind-filter="board">{{ board }}</span>{% if isoDate %} · <time datetime="{{ isoDate }}">{{ isoDate }}</time>{% endif %}</p>
{{ content | safe }}
</main>
</body>
</html>
`,
  );
  const config = path.join(folder, 'eleventy.config.js');
  writeFileSync(
    config,
    `export default function () {
  return { markdownTemplateEngine: false, htmlTemplateEngine: 'njk', dir: { includes: '_includes' } };
}
`,
  );
  return { input, config };
}

/** Eleventy's own command line, as `npx @11ty/eleventy` runs it. */
export function eleventyCommand(folder: string, input: string, config: string, output: string): Command {
  return {
    label: 'eleventy',
    command: process.execPath,
    // The input is given relative to the folder, so page paths start at the board: `/board-001/2026-10-30`.
    args: [
      path.join(projectRoot, 'node_modules/@11ty/eleventy/cmd.cjs'),
      `--input=${path.relative(folder, input)}`,
      `--output=${output}`,
      `--config=${config}`,
      '--quiet',
    ],
    cwd: folder,
  };
}
