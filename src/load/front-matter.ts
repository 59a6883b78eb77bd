import matter from 'gray-matter';
import type { Diagnostics } from '../model/diagnostics.ts';
import { YamlSource } from './yaml-source.ts';

export interface FrontMattered {
  /** The front matter, or undefined when it is missing or cannot be read. */
  yaml: YamlSource | undefined;
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
}

/** Splits a file into its YAML front matter (with positions) and its Markdown body. */
export function splitFrontMatter(text: string, file: string, diagnostics: Diagnostics): FrontMattered {
  if (!text.startsWith('---\n')) {
    diagnostics.error(
      file,
      { line: 1, column: 1 },
      'front-matter-missing',
      'the file does not start with front matter',
      'The first line must be --- followed by fields such as "date: 2025-09-08", and another --- line.',
    );
    return { yaml: undefined, body: text, bodyLine: 1 };
  }
  let yamlText = '';
  // gray-matter finds the delimiters; the YAML itself is parsed with positions below.
  const parsed = matter(text, {
    engines: {
      yaml: (raw: string) => {
        yamlText = raw;
        return {};
      },
    },
  });
  const closed = /\n---[ \t]*(\n|$)/.test(text.slice(3));
  if (!closed) {
    diagnostics.error(
      file,
      { line: 1, column: 1 },
      'front-matter-unclosed',
      'the front matter is never closed',
      'Add a line --- after the last field.',
    );
    return { yaml: undefined, body: '', bodyLine: 1 };
  }
  reportLongDashes(text, yamlText, file, diagnostics);
  const body = parsed.content;
  const bodyLine = text.endsWith(body) ? text.slice(0, text.length - body.length).split('\n').length : 1;
  // gray-matter keeps the newline after the opening ---, so YAML line 1 is the file's line 1.
  const yaml = YamlSource.parse(yamlText, file, diagnostics, 1);
  return { yaml, body, bodyLine };
}

/**
 * gray-matter ends the front matter at the first line that starts with ---,
 * so a line of four dashes among the fields ends it early: the fields after
 * it become the start of the body (and "status: draft" above a --- line is
 * Markdown's other way of writing a heading).
 */
function reportLongDashes(text: string, yamlText: string, file: string, diagnostics: Diagnostics): void {
  const closingLine = yamlText.split('\n').length + 1;
  const closing = text.split('\n', closingLine)[closingLine - 1] ?? '';
  if (/^---[ \t]*\r?$/.test(closing)) return;
  diagnostics.error(
    file,
    { line: closingLine, column: 1 },
    'front-matter-dashes',
    `the line "${closing.trim().slice(0, 40)}" ends the front matter, so the lines after it are read as the minutes, not as fields`,
    'Remove the line if it is a slip; the front matter ends with a line of exactly three dashes, ---.',
  );
}
