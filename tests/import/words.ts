import { wordsOf } from '../../src/import/words.ts';
import type { ImportResult } from '../../src/import/import-minutes.ts';
import { sourceLines } from '../../src/import/source-file.ts';

/**
 * Checks that nothing was lost or invented: the source's words, less those
 * the report lists as furniture or as read into the front matter, are the
 * body's words in the same order; the body adds no word except item numbers
 * or action owners that were read from elsewhere in the source, and none of
 * the furniture the report says it dropped.
 * Returns the problems found, empty when there are none.
 */
export function lostOrInventedWords(sourceText: string, result: Extract<ImportResult, { ok: true }>): string[] {
  const lines = sourceLines(sourceText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  // Tokens as written (with their punctuation), so that the label "Minutes:" is told apart from a title's "Minutes".
  const tokens: string[] = [];
  const lineStart: number[] = [];
  for (const line of lines) {
    lineStart[line.number] = tokens.length;
    tokens.push(...line.text.split(/\s+/).filter(Boolean));
  }
  const removed = new Array<boolean>(tokens.length).fill(false);
  const entries = [...result.report.furniture, ...result.report.fields].sort((a, b) => a.line - b.line);
  const problems: string[] = [];
  for (const entry of entries) {
    const wanted = entry.text.split(/\s+/).filter(Boolean);
    if (wanted.length === 0) continue;
    const at = findFrom(tokens, removed, wanted, lineStart[entry.line] ?? 0);
    if (at < 0)
      problems.push(`the report lists "${entry.text}" (line ${entry.line}), which is not in the source there`);
    else for (let k = 0; k < wanted.length; k++) removed[at + k] = true;
  }
  const expected = wordsOf(tokens.filter((_, i) => !removed[i]).join(' '));
  const body = result.text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const bodyLines = body.split('\n').filter((line) => !/^(?:Cut short|Action)\s*:/.test(line));
  const actual = wordsOf(bodyLines.join('\n'));
  // What the report says it dropped or read into a field may not come back in the text, except an item's
  // number in its heading (ModernGov's "… view the full minutes text for item 29." numbers item 29).
  const headingWords = new Set(bodyLines.filter((line) => line.startsWith('## ')).flatMap(wordsOf));
  const moved = new Set(
    [...result.report.fields, ...result.report.furniture]
      .flatMap((e) => wordsOf(e.text))
      .filter((w) => headingWords.has(w)),
  );
  const { lost, added } = compare(expected, actual);
  if (lost.length > 0) problems.push(`lost ${lost.length} words: ${lost.slice(0, 20).join(' ')}`);
  const invented = added.filter((w) => !moved.has(w));
  if (invented.length > 0) problems.push(`invented ${invented.length} words: ${invented.slice(0, 20).join(' ')}`);
  // Action owners are moved, not lost: each must be an Action line.
  for (const entry of result.report.fields.filter((e) => e.what === 'the Action column')) {
    const owners = result.text
      .split('\n')
      .filter((l) => l.startsWith('Action:'))
      .join(' ');
    for (const word of wordsOf(entry.text))
      if (!wordsOf(owners).includes(word)) problems.push(`the Action column's "${word}" is in no Action line`);
  }
  return problems;
}

function findFrom(source: string[], removed: boolean[], words: string[], from: number): number {
  for (let i = Math.max(0, from); i + words.length <= source.length; i++) {
    if (words.every((w, k) => !removed[i + k] && source[i + k] === w)) return i;
  }
  return -1;
}

/** Longest common subsequence: the words of `expected` missing from `actual`, and those `actual` adds. */
function compare(expected: string[], actual: string[]): { lost: string[]; added: string[] } {
  const n = expected.length;
  const m = actual.length;
  const table = new Int32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] =
        expected[i] === actual[j] ? table[at(i + 1, j + 1)]! + 1 : Math.max(table[at(i + 1, j)]!, table[at(i, j + 1)]!);
    }
  }
  const lost: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (expected[i] === actual[j]) {
      i++;
      j++;
    } else if (table[at(i + 1, j)]! >= table[at(i, j + 1)]!) lost.push(expected[i++]!);
    else added.push(actual[j++]!);
  }
  while (i < n) lost.push(expected[i++]!);
  while (j < m) added.push(actual[j++]!);
  return { lost, added };
}
