/**
 * Words as the importer counts and compares them: runs of letters and digits.
 * Punctuation, bullets and Markdown's own marks are not words, so "13." and
 * "13", "Email:" and "Email" are the same word.
 */
export function wordsOf(text: string): string[] {
  return text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}
