import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One HTML page of a built site. */
export interface BuiltPage {
  /** The address within the site: `/cyp/` for `cyp/index.html`, `/404.html` for `404.html`. */
  sitePath: string;
  file: string;
  /** The page's kind, from `<body data-page-kind="…">`, or `unknown`. */
  kind: string;
}

/**
 * Every HTML page of a built site, in path order. Found from the output, not
 * from a list, so tests built on it cover kinds of page added later.
 */
export function builtPages(site: string): BuiltPage[] {
  const files = (readdirSync(site, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split(path.sep).join('/'))
    .sort();
  return files.map((name) => {
    const file = path.join(site, name);
    const kind = /<body[^>]*\bdata-page-kind="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? 'unknown';
    return { sitePath: `/${name.replace(/(^|\/)index\.html$/, '$1')}`, file, kind };
  });
}

/** The first page of each kind, for checks too slow to run on every page. */
export function onePagePerKind(pages: BuiltPage[]): BuiltPage[] {
  const seen = new Map<string, BuiltPage>();
  for (const page of pages) if (!seen.has(page.kind)) seen.set(page.kind, page);
  return [...seen.values()];
}
