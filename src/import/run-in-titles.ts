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
 * - other words a title in title case does not write so: a number in words or "No"
 *   before a noun in small letters and its verb ("… Sign(s) Three prices had been
 *   received", "… Time Five contractors had …", "… items No declarations were made"),
 *   unless a word such as "Phase" makes the number the title's ("Phase Two");
 *   a capital "A" before words in small letters that reach a verb ("… Field A 6-8 ft
 *   hedge on the playing field … was wide"), unless a word such as "Plan" makes
 *   the letter the title's; "Following" or "After" after a word in small letters
 *   ("… forward items Following a query …");
 * - a closing bracket, then a name in capitals and its verb ("… (on ‘The Hill’)
 *   Thomas B Bonnetts had quoted …");
 * - in a title about the date of the next meeting, a dash before that date ("… Next
 *   Ordinary Meeting – Wednesday 6 January 2021 at 7 pm");
 * - after words in small letters, a member's initials and a verb ("… contributions CC
 *   asked …"); a capital "To" and an agenda's verb ("… Meeting To note that …");
 * - after "Apologies (for absence)", a member's title and a name ("Apologies for absence
 *   Councillor Paula Kellingray and Councillor Tom Foy.");
 * - "It was", "It had" after a word of the title ("… Election of Chairman It was proposed …").
 * Anything else ("… Sign(s) Quotes had …", "… Meeting – Bob will chair …") is left
 * as it is, for the clerk: the end of such a title is not written in the minutes.
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
  const dash = nextMeetingDate(words);
  if (dash !== undefined) return { title: words.slice(0, dash).join(' '), text: words.slice(dash + 1).join(' ') };
  const at = apologiesThenNames(words) ?? capitalsEnd(words) ?? articleStart(words);
  if (at === undefined) return undefined;
  return { title: words.slice(0, at).join(' '), text: words.slice(at).join(' ') };
}

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?$/;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December),?$/;

/**
 * "To Confirm the Date of the Next Meeting – Wednesday 6 January 2021 at 7 pm": a title about the date of
 * the next meeting, a dash, then that date (a weekday, or a day and its month). The index of the dash.
 */
function nextMeetingDate(words: string[]): number | undefined {
  const dash = words.findIndex((w) => /^[-–—]$/.test(w));
  if (dash < 2) return undefined;
  const title = words.slice(0, dash).join(' ');
  if (!/\bdate\b/i.test(title) || !/\bnext\b/i.test(title) || !/\bmeeting\b/i.test(title)) return undefined;
  const [first = '', second = ''] = words.slice(dash + 1);
  const day = /^\d{1,2}(?:st|nd|rd|th)?$/;
  const dated = WEEKDAY.test(first) || (day.test(first) && MONTH.test(second));
  return dated ? dash : undefined;
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

/** A number in words, or "No", that opens a sentence's subject: "Three prices had been received". */
const NUMBER_WORD = /^(?:No|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Several|Both)$/;
/** A word after which a number or a letter is the title's own: "Phase Two", "Plan A". */
const LABEL_WORD =
  /^(?:Phase|Stage|Option|Year|Part|Section|Schedule|Appendix|Annex|Tier|Level|Round|Volume|Chapter|Grade|Step|Type|Class|Plan|Item|Block|Zone|Area|Site|Unit|Band|Route|Road|Category|Form|Account)$/i;
/** Words that open a clause before the sentence's subject: "Following a query about …". */
const CLAUSE_OPENER = /^(?:Following|After)$/;

/** Where a sentence starts inside the run of the title: the first word that may open one decides. */
function articleStart(words: string[]): number | undefined {
  for (let i = 1; i < words.length - 1; i++) {
    const before = words[i - 1]!;
    // Punctuation that ends a clause before it: the title is not a title.
    if (CLAUSE_END.test(before)) return undefined;
    const opens = sentenceAt(words, i);
    if (opens === undefined) continue;
    // The first such word decides: if no sentence starts there, the title's end is not plain.
    // A verb of its own ("Members noted the report") makes the words a sentence, not a title; "to be included" does not.
    const title = words.slice(0, i);
    if (title.some((word, k) => VERB.test(bare(word)) && !/^(?:to|be)$/i.test(title[k - 1] ?? ''))) return undefined;
    return opens ? i : undefined;
  }
  return undefined;
}

/**
 * Whether a sentence opens at `words[i]`: undefined when the word cannot open one there (it is read
 * as the title's), else whether what follows reads as a sentence (its subject, then its verb).
 */
function sentenceAt(words: string[], i: number): boolean | undefined {
  const word = words[i]!;
  const before = words[i - 1]!;
  const next = words[i + 1] ?? '';
  const small = (w: string) => /^[\p{Ll}\d]/u.test(w);
  if (!/[\p{L}\d)’”]$/u.test(before) || TITLE_QUALIFIER.test(before)) return undefined;
  if (SUBJECT_START.test(word)) return MINOR.test(before) ? undefined : opensSentence(words, i + 1);
  if (MINOR.test(before)) return undefined;
  if (NUMBER_WORD.test(word) && small(next) && !LABEL_WORD.test(bare(before))) return opensSentence(words, i + 1);
  if (/^An?$/.test(word) && small(next) && !LABEL_WORD.test(bare(before))) return reachesVerb(words, i + 1);
  if (CLAUSE_OPENER.test(word) && /^\p{Ll}/u.test(before) && /^(?:a|an|the)$/.test(next))
    return reachesVerb(words, i + 1);
  if (/\)$/.test(before) && startsCapital(word) && !/^[‘'"“(]/u.test(word)) return nameThenVerb(words, i);
  // After words in small letters: a member's initials and a verb ("… contributions CC asked …"), the agenda's
  // words ("… Meeting To note that …"; a title in title case writes "to" small).
  if (/^\p{Lu}{2,3}$/u.test(word) && /^\p{Ll}/u.test(before) && !NOUN_BEFORE.test(before) && VERB.test(bare(next)))
    return true;
  if (word === 'To' && AGENDA_VERB.test(next)) return true;
  // "… Election of Chairman It was proposed …": "It" and its verb open the sentences of minutes more than any words.
  if (word === 'It' && /^(?:was|were|is|had|has)$/.test(next)) return true;
  return undefined;
}

/**
 * Words that make the capitals after them a noun of the sentence, not a member's initials: "the minutes of the
 * last AGM were approved", "our new CIL was adopted".
 */
const NOUN_BEFORE =
  /^(?:last|next|new|previous|annual|special|this|that|these|those|our|their|its|his|her|each|every|any|no|local)$/;

/** The verbs an agenda's item opens with: "To note that …", "To consider …". */
const AGENDA_VERB = /^(?:note|consider|receive|agree|approve|confirm|discuss|resolve|review|comment|decide)$/;
/** A title that is the apologies alone: "Apologies", "Apologies for absence". */
const APOLOGIES = /^Apologies(?: for absence)?$/i;
/** A member's title before a name: "Councillor Paula Kellingray and Councillor Tom Foy." */
const MEMBER_TITLE = /^(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)$/;

/** "Apologies for absence Councillor Paula Kellingray and …": the names of those who sent them follow the title. */
function apologiesThenNames(words: string[]): number | undefined {
  for (const at of [1, 3]) {
    if (
      APOLOGIES.test(words.slice(0, at).join(' ')) &&
      MEMBER_TITLE.test(words[at] ?? '') &&
      startsCapital(words[at + 1] ?? '')
    )
      return at;
  }
  return undefined;
}

/** Words in small letters (and names in capitals among them) that reach a verb before a clause ends: a sentence's subject. */
function reachesVerb(words: string[], from: number): boolean {
  for (let k = from; k < words.length && k < from + 16; k++) {
    const word = bare(words[k]!.replace(/[,.;:]$/, ''));
    if (k > from && VERB.test(word)) return true;
    if (words[k] === 'The' || /[.;:!?]$/.test(words[k]!)) return false;
  }
  return false;
}

/** A name in capitals (at most four words) and its verb: "Thomas B Bonnetts had quoted". */
function nameThenVerb(words: string[], from: number): boolean {
  let k = from;
  while (k < words.length && k < from + 4 && startsCapital(words[k]!) && !/[,;:.]$/.test(words[k]!)) k++;
  return k > from && VERB.test(words[k] ?? '');
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
  while (k < words.length && capitals < 10) {
    const word = words[k]!;
    // "The Chair of the Working Group Cllr Hay said": "of (the)" joins names of the subject, a member's name may follow.
    if (
      capitals > 0 &&
      word === 'of' &&
      startsCapital(words[k + 1] === 'the' ? (words[k + 2] ?? '') : (words[k + 1] ?? ''))
    ) {
      k += words[k + 1] === 'the' ? 2 : 1;
      continue;
    }
    if (!startsCapital(word)) break;
    if (word === 'The' || (word === 'Cllr' && capitals === 0) || /[,;:.]$/.test(word)) return false;
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
