import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostics, Place } from '../model/diagnostics.ts';

/**
 * A YAML text parsed with the position of every node, so that a problem with
 * any value can be reported at its own line and column. `firstLine` is the
 * line of the file the YAML starts on (2 for front matter after `---`).
 */
export class YamlSource {
  private constructor(
    readonly file: string,
    readonly document: Document.Parsed,
    private readonly lines: LineCounter,
    private readonly firstLine: number,
  ) {}

  /** Parses `text`; YAML syntax errors are reported and give `undefined`. */
  static parse(text: string, file: string, diagnostics: Diagnostics, firstLine = 1): YamlSource | undefined {
    const lines = new LineCounter();
    // The core schema keeps dates and times as the strings the clerk wrote.
    const document = parseDocument(text, { lineCounter: lines, schema: 'core', uniqueKeys: true, prettyErrors: false });
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
        diagnostics.error(
          file,
          { line: pos.line + firstLine - 1, column: pos.col },
          'yaml-syntax',
          `the YAML cannot be read: ${firstSentence(error.message)}`,
          'Check the indentation and that text containing a colon is in quotes.',
        );
      }
      return undefined;
    }
    return new YamlSource(file, document, lines, firstLine);
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

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

export { isMap, isScalar, isSeq };
export type { Node };
