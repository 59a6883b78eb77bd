import type { SourceLine } from './source-file.ts';

/** Keys website generators (Jekyll, Hugo, WordPress exports) write in a post's front matter. */
const POST_KEYS =
  /^(?:title|date|layout|categories|category|tags|author|permalink|slug|draft|published|excerpt|type)\s*:/i;
/** A line of such front matter: a key, an entry of a list under it, or a continued value. */
const YAML_LINE = /^(?:[A-Za-z_][\w-]*\s*:.*|\s+.*|\s*-\s.*|)$/;

export interface FrontMatter {
  /** The lines from the opening "---" to the closing one, inclusive. */
  lines: SourceLine[];
  /** The post's date, when it gives one: the day it was published, not the meeting's. */
  date?: string;
}

/**
 * The front matter a website gives each post ("---", "title: …", "date: …",
 * "categories: …", "---") at the top of its Markdown: the site's frame around
 * the minutes, not their words. Undefined when the text does not open so.
 */
export function postFrontMatter(lines: readonly SourceLine[]): FrontMatter | undefined {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  if (first < 0 || lines[first]!.text.trim() !== '---') return undefined;
  const close = lines.findIndex((l, i) => i > first && /^(?:---|\.\.\.)$/.test(l.text.trim()));
  if (close < 0 || close - first > 60) return undefined;
  const inside = lines.slice(first + 1, close);
  if (!inside.every((l) => YAML_LINE.test(l.text)) || !inside.some((l) => POST_KEYS.test(l.text))) return undefined;
  const date = inside
    .map((l) => /^date\s*:\s*["']?(\d{4}-\d{2}-\d{2})/i.exec(l.text)?.[1])
    .find((d) => d !== undefined);
  return { lines: lines.slice(first, close + 1), ...(date ? { date } : {}) };
}
