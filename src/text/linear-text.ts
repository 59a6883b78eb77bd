/**
 * Small edits of text that regular expressions make in time growing with the
 * square of a run of spaces: a backtracking engine tries `\s+$` or
 * `\s+\|\s+` again from every space of the run. Each of these walks the text
 * once. (80,000 spaces on one line took the importer 54 s.)
 */

/** True for the characters `\s` matches (and `trim` removes). */
export function isSpace(character: string | undefined): boolean {
  return character !== undefined && character.trim() === '' && character !== '';
}

/** The text without the characters at its end that pass the test. */
export function trimEndWhile(text: string, test: (character: string) => boolean): string {
  let end = text.length;
  while (end > 0 && test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** A table row without its closing bar and the spaces around it (what replacing `\s*\|\s*$` with nothing gives). */
export function withoutClosingBar(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.endsWith('|') ? trimmed.slice(0, -1).trimEnd() : text;
}

/** Lines that wrapped, joined by one space: each run of spaces holding a line break becomes one space. */
export function joinWrappedLines(text: string): string {
  return text.replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space));
}

/**
 * Splits the text at each match of `pattern` (global) that has spaces before it,
 * dropping those spaces, as splitting at `\s+(?=pattern)` does. With
 * `dropMatch`, the match must have spaces after it too, and goes with them, as
 * splitting at `\s+pattern\s+` does.
 */
export function splitAround(text: string, pattern: RegExp, dropMatch: boolean): string[] {
  const parts: string[] = [];
  let partStart = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (at < partStart) continue;
    let spaceStart = at;
    while (spaceStart > partStart && isSpace(text[spaceStart - 1])) spaceStart--;
    if (spaceStart === at) continue;
    let next = at;
    if (dropMatch) {
      const matchEnd = at + match[0].length;
      next = matchEnd;
      while (next < text.length && isSpace(text[next])) next++;
      if (next === matchEnd) continue;
    }
    parts.push(text.slice(partStart, spaceStart));
    partStart = next;
  }
  parts.push(text.slice(partStart));
  return parts;
}
