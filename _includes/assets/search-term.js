// What the search page asks Pagefind for, from what the reader typed.

/**
 * Words nearly every page of minutes has. Pagefind fetches, from every part
 * of the index, the chunk holding each word of a query, and the chunk of a
 * word on every page is the largest there is ("and" alone was half the bytes
 * of a first search of 10,000 meetings, docs/performance.md), while it
 * narrows nothing. So they are left out of the words searched for, except
 * inside "quotes", where the reader asks for the phrase as written.
 */
const COMMON_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'this', 'to', 'was', 'were', 'with']);

/** The query as Pagefind is asked it: without the common words outside quotes, unless nothing else is left; null for none. */
export function searchTerm(q) {
  if (!q) return null;
  const pieces = q.match(/"[^"]*"?|[^\s"]+/g) ?? [];
  const kept = pieces.filter((piece) => piece.startsWith('"') || !COMMON_WORDS.has(piece.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
  return kept.length ? kept.join(' ') : q;
}
