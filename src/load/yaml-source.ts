import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Diagnostics, Place } from '../model/diagnostics.ts';

/**
 * A YAML text parsed with the position of every node, so that a problem with
 * any value can be reported at its own line and column. `firstLine` is the
 * line of the file the YAML starts on (2 for front matter after `---`).
 */
export class YamlSource {
  readonly file: string;
  readonly document: Document.Parsed;
  private readonly lines: LineCounter;
  private readonly firstLine: number;

  private constructor(file: string, document: Document.Parsed, lines: LineCounter, firstLine: number) {
    this.file = file;
    this.document = document;
    this.lines = lines;
    this.firstLine = firstLine;
  }

  /** Parses `text`; YAML syntax errors are reported and give `undefined`. */
  static parse(text: string, file: string, diagnostics: Diagnostics, firstLine = 1): YamlSource | undefined {
    const lines = new LineCounter();
    // The core schema keeps dates and times as the strings the clerk wrote.
    const document = parseDocument(text, { lineCounter: lines, schema: 'core', uniqueKeys: true, prettyErrors: false });
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const pos = lines.linePos(error.pos[0]);
        diagnostics.error(
          file,
          { line: pos.line + firstLine - 1, column: pos.col },
          'yaml-syntax',
          `the YAML cannot be read: ${FRIENDLY[error.code] ?? firstSentence(error.message)}`,
          error.code === 'DUPLICATE_KEY'
            ? 'Keep one of them.'
            : 'Check the indentation, and put text that contains a colon or starts with [ or { in quotes.',
        );
      }
      return undefined;
    }
    const source = new YamlSource(file, document, lines, firstLine);
    source.reportLoneSurrogates(diagnostics);
    return source;
  }

  /**
   * A double-quoted escape such as "\ud800" makes half of a character, which
   * no page, feed or file can hold: the build would fail, or publish a
   * replacement character, far from this file. Reported at the text's place.
   */
  private reportLoneSurrogates(diagnostics: Diagnostics): void {
    visit(this.document, {
      Scalar: (_key, node) => {
        if (typeof node.value !== 'string' || !LONE_SURROGATE.test(node.value)) return;
        diagnostics.error(
          this.file,
          this.placeOf(node),
          'text-half-character',
          'this text has an escape such as "\\ud800" that stands for half of a character, which cannot be published',
          'Write the character itself, or escape the whole of it (for an emoji, both halves: "\\ud83d\\ude00", or "\\U0001F600").',
        );
      },
    });
  }

  /** Where a node starts in the file. */
  placeOf(node: Node | undefined | null): Place {
    const offset = node?.range?.[0] ?? 0;
    const pos = this.lines.linePos(offset);
    return { line: pos.line + this.firstLine - 1, column: pos.col };
  }

  /** Where the key `key` of a mapping starts (falls back to the mapping itself). */
  placeOfKey(map: Node | undefined | null, key: string): Place {
    if (isMap(map)) {
      const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (pair && isScalar(pair.key)) return this.placeOf(pair.key);
    }
    return this.placeOf(map);
  }

  get root(): Node | null {
    return this.document.contents;
  }
}

/** Half of a UTF-16 surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// What the commonest YAML mistakes mean, in a clerk's words.
const FRIENDLY: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'the same field is written twice',
  BAD_INDENT: 'a line is indented wrongly',
  MISSING_CHAR: 'a closing bracket or quote is missing',
  TAB_AS_INDENT: 'a line is indented with a tab; use spaces',
};

function firstSentence(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}

export { isMap, isScalar, isSeq };
export type { Node };
