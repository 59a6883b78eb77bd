/**
 * A numbered paragraph whose title runs straight into its text, with nothing
 * between them but a space: "196/20 Openness and Transparency Notice The Chair
 * read the notice.", "221/20 EXCLUSION OF PRESS AND PUBLIC The Council …".
 * Only two signs are read as the end of the title, and both need the text to
 * open as a sentence does (a subject, then its verb):
 * - a title in capitals, followed by a word in small letters ("… PUBLIC The Council to pass …");
 * - a capital "The" after a word of the title: a title in title case writes its
 *   articles small ("To Approve the Minutes"), so a capital "The" that a verb
 *   follows ("… Notice The Chair read …", "… Field The Playing Field Trust were …")
 *   starts a sentence; so does "Cllr" with a name and then a verb ("… from Members
 *   Cllr Trudy Mann declared …"), unless a word such as "County" makes it part of
 *   the title ("… County Cllr …"). ("Councillor" is not read so: "To Co-opt a New
 *   Councillor Members voted …" would end the title a word early.)
 * Anything else ("… Sign(s) Three prices had …", "… (on ‘The Hill’) Thomas B
 * Bonnetts had …", "… Meeting – Wednesday 6 January …") is left as it is, for
 * the clerk: the end of such a title is not written in the minutes.
 */

/** Small words of a title in title case: a title does not end with one, and "The" after one is part of a name ("at The Hill"). */
const MINOR =
  /^(?:a|an|the|and|or|nor|but|of|to|in|on|at|by|for|from|with|within|into|onto|via|as|per|re|vs|v|&|-|–|—)$/i;
/** A verb a sentence's subject takes in minutes: a past tense or participle, or an auxiliary. */
const VERB =
  /^(?:\p{Ll}+ed|had|has|have|was|were|is|are|read|gave|said|met|felt|took|made|spoke|told|heard|saw|began|went|sent|brought|thought|would|will|could|should|might|may|can|did|does|must)$/u;
/** A word a sentence may open with after a title in capitals. */
const OPENER = /^(?:The|A|An|It|There|This|These|Members|Councillors|Cllr|Cllrs|Councillor)$/;
/** The first word of a sentence's subject, printed with a capital inside the run of a title. */
const SUBJECT_START = /^(?:The|Cllr)$/;
/** A word that makes "Cllr" part of a longer title: "County Cllr", "Ward Cllr". */
const TITLE_QUALIFIER = /^(?:County|Borough|Town|District|City|Parish|Community|Ward)$/;
/** Words that end a sentence or a clause: a title has none of them inside it. */
const CLAUSE_END = /[.;:!?]$/;

export interface RunInTitle {
  title: string;
  /** The minute's text after its title, as printed. */
  text: string;
}

const isCapitalsWord = (word: string) => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
const startsCapital = (word: string) => /^\p{Lu}/u.test(word);
const bare = (word: string) => word.replace(/[,)’'"”]+$/u, '');

/** The title and text of a numbered paragraph whose title runs into its text, when where it ends is plain; else undefined. */
export function splitRunInTitle(rest: string): RunInTitle | undefined {
  const words = rest.trim().split(/\s+/);
  if (words.length < 3 || !/^[\p{Lu}\d‘'"“(]/u.test(words[0]!)) return undefined;
  const at = capitalsEnd(words) ?? articleStart(words);
  if (at === undefined) return undefined;
  return { title: words.slice(0, at).join(' '), text: words.slice(at).join(' ') };
}

/** Where the text starts after a title of two or more words in capitals. */
function capitalsEnd(words: string[]): number | undefined {
  let end = 0;
  while (end < words.length && isCapitalsWord(words[end]!)) end++;
  if (end < 2 || end >= words.length) return undefined;
  const last = bare(words[end - 1]!);
  // "PLAN A", "SECTION I": a letter may be the title's, or open the sentence.
  if (last.length < 2 || MINOR.test(last) || CLAUSE_END.test(words[end - 1]!)) return undefined;
  if (!OPENER.test(words[end]!) || !/\p{Ll}/u.test(words[end + 1] ?? '')) return undefined;
  return end;
}

/** Where a capital "The" (or "Cllr") starts a sentence inside the run of the title. */
function articleStart(words: string[]): number | undefined {
  for (let i = 1; i < words.length - 1; i++) {
    const before = words[i - 1]!;
    // Punctuation that ends a clause before it: the title is not a title.
    if (CLAUSE_END.test(before)) return undefined;
    if (!SUBJECT_START.test(words[i]!)) continue;
    if (MINOR.test(before) || TITLE_QUALIFIER.test(before) || !/[\p{L}\d)’”]$/u.test(before)) continue;
    // The first such word decides: if no sentence starts there, the title's end is not plain.
    const title = words.slice(0, i);
    if (title.some((word) => VERB.test(bare(word)))) return undefined;
    return opensSentence(words, i + 1) ? i : undefined;
  }
  return undefined;
}

/**
 * After "The": the rest of the subject, then its verb. The subject may have
 * words in capitals ("The Playing Field Trust were") and at most two in small
 * letters ("The following payments were", "The main concern raised"); a small
 * word of a title ("The Old Rectory extension of …") is not a subject's.
 */
function opensSentence(words: string[], from: number): boolean {
  let k = from;
  let capitals = 0;
  while (k < words.length && startsCapital(words[k]!) && capitals < 6) {
    if (SUBJECT_START.test(words[k]!) || /[,;:.]$/.test(words[k]!)) return false;
    k++;
    capitals++;
  }
  for (let small = 0; small < 3 && k < words.length; small++, k++) {
    const word = words[k]!;
    if (startsCapital(word)) return false;
    if (VERB.test(word.replace(/[,.;:]$/, ''))) return true;
    if (MINOR.test(word) || /[,;:.]$/.test(word)) return false;
  }
  return false;
}
