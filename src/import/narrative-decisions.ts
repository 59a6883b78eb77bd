import { AFTER_DISCUSSION, DISCUSSION, readDecisionHead } from '../load/decision-forms.ts';
import { sentenceStarts } from './sentence-decisions.ts';

/**
 * A sentence of narrative minutes that opens with the meeting itself deciding, in the past tense, as parish
 * clerks write their decisions inside a paragraph of what was said:
 * - "It was resolved that …", "It was therefore resolved to …", "It was decided not to …", "It was agreed to …",
 *   "It was agreed and resolved to …", "It was discussed and decided to …", "It was agreed Councillor Moran will
 *   …" (someone named to act);
 * - "Resolved to pay.", "Also resolved to pay …", "Agreed that the Council would fund …", "Decided to …" (the
 *   word, with no subject);
 * - "All agreed this was a true record …", "All Councillors agreed that …", "The Councillors resolved not to …",
 *   "Members agreed to …", perhaps after "After (much) discussion," or "Following discussion,";
 * - after a clause that leads in: "…, after discussion, the Councillors resolved …", "Internal Audit - All
 *   Councillors agreed that …", "Due to the date of the next meeting it was also resolved to …".
 * Where lines were printed without full stops, a capital that opens such a sentence after a small letter or a
 * figure starts it (RUN_TOGETHER). The sentence becomes a paragraph of its own with a colon after the words that
 * say the meeting decided, which is how the archive knows a decision ("All agreed: this was a true record …"); no
 * word is added, dropped or moved, and the sentences before and after it stay paragraphs, in their order, read
 * again by the caller.
 *
 * "It was agreed that …" alone is left as it is: minutes use it for a view the meeting shared as often as for a
 * decision. Not taken, and so left to the doubts (doubts.ts): a sentence that is a question; that names another
 * time ("at the last meeting", "previously", "in 2019"), as the decision may be an earlier one reported; that
 * holds another word of deciding after its own ("… the Councillors decided that …"), as lines printed without
 * full stops may have run two decisions, or a report and a decision, into one sentence (unless it resumes the
 * one decision after a concession, RESUMED); that runs into a form's blanks ("Signed ______"); and an agreement
 * "with" someone or "to recommend" to another body. Nor is any sentence that does not open so: "the Clerk
 * reported that the Council had resolved …", "If … it was agreed …", "the County Council resolved …" and "It
 * agreed to …" stay doubts ("It was noted that it was agreed …" is a report, reported-agreements.ts).
 */

/** "also", "therefore", "unanimously" between the subject and the verb (doubts.ts reads the same words). */
export const ADVERB = String.raw`(?:(?:therefore|also|further|then|unanimously|duly)\s+)?`;
/**
 * The members as a body: all of them, "the Councillors", "Members", perhaps "present"; never one councillor,
 * some, or another council (doubts.ts looks for the same words).
 */
export const MEMBERS = String.raw`(?:(?:[Aa]ll|[Tt]he)\s+(?:the\s+)?(?:[Cc]ouncillors|[Mm]embers)|[Aa]ll|[Cc]ouncillors|[Mm]embers)(?:\s+present)?`;
/** What was decided follows: "that …", "to …", "not to …", but not "to recommend …" (to another body). */
const WHAT = /^\s+(?:that|not\s+to|to)\s+(?!recommend)\S/;
/** What the body agreed, written with no "that": "All agreed this was …", "The Councillors agreed all satisfactory." */
const AGREED_CLAUSE =
  /^\s+(?!(?:with|about|on|upon|at|in|by|for|from|over|under|and|or|but|as|after|before|during)\b)[\p{L}\d£€$]/u;

/**
 * Someone named to act, written with no "to": "it was agreed Councillor Moran will call in …", "it was agreed that
 * the Clerk would write …". Not "should have" or "would have" (a view of what was done), nor "would be" ("the
 * Council would be better served by a larger hall" is a view as often as an arrangement).
 */
const SOMEONE_WILL = String.raw`(?:that\s+)?(?:(?:Councillors?|Cllrs?\.?)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}|the\s+(?:Clerk|Chair(?:man|person)?|(?:Parish\s+|Town\s+|Community\s+)?Council)\s+)(?:will|would|should|shall)\s+(?!have\b|be\b)\S`;
/** What "it was agreed" must be followed by to be a decision: to do something, or someone named to act. */
const AGREED_TO_ACT = new RegExp(String.raw`^\s+(?:(?:not\s+)?to\s+(?!recommend|be\b)\S|${SOMEONE_WILL})`, 'u');
/**
 * A clause that opens a sentence with why or after what the meeting decided, with no comma before "it was":
 * "Due to the date of the next meeting it was also resolved to pay …", "Following the Clerk's report it was …".
 */
const CIRCUMSTANCE = String.raw`((?:Due\s+to|Owing\s+to|In\s+(?:view|light)\s+of|Because\s+of|As\s+a\s+result\s+of|Given|Following|After)\s[^:;,]{1,150}?),?\s+`;

/** Each way a sentence opens with the meeting deciding: the words up to the colon's place, then what must follow. */
const OPENINGS: readonly { head: RegExp; next: RegExp }[] = [
  {
    head: new RegExp(
      String.raw`^${AFTER_DISCUSSION}[Ii]t was\s+${ADVERB}(?:(?:discussed|considered|agreed|resolved)\s+and\s+)?(?:resolved|decided)\b`,
    ),
    next: WHAT,
  },
  // "It was agreed" only to do something, or with someone named to act: "It was agreed that …", or "to be …", is as
  // often a view the meeting shared.
  {
    head: new RegExp(
      String.raw`^${AFTER_DISCUSSION}[Ii]t was\s+${ADVERB}(?:(?:discussed|considered)\s+and\s+)?agreed\b`,
    ),
    next: AGREED_TO_ACT,
  },
  { head: new RegExp(String.raw`^${CIRCUMSTANCE}it was\s+${ADVERB}(?:resolved|decided)\b`), next: WHAT },
  { head: new RegExp(String.raw`^${CIRCUMSTANCE}it was\s+${ADVERB}agreed\b`), next: AGREED_TO_ACT },
  // "Resolved to pay.", and "Also resolved to pay …" after another decision.
  { head: /^(?:Resolved|Agreed|Decided|(?:Also|Further)\s+(?:resolved|agreed|decided))\b/, next: WHAT },
  { head: new RegExp(String.raw`^${AFTER_DISCUSSION}${MEMBERS}\s+${ADVERB}(?:resolved|decided|agreed)\b`), next: WHAT },
  { head: new RegExp(String.raw`^${AFTER_DISCUSSION}${MEMBERS}\s+${ADVERB}agreed\b`), next: AGREED_CLAUSE },
  // "Further details have now been received and after discussion the Councillors resolved to …": what came
  // before the discussion leads in, as long as it only tells what happened (CLAUSE_NOT_TOLD). So does a
  // sub-heading before a dash: "Internal Audit - All Councillors agreed that …" (the Councillors only: "Members"
  // after a dash may be another body's, "Hall Committee - Members agreed …").
  {
    head: new RegExp(
      String.raw`^([^:;]{1,300}?)(?:(?:,|\s+and)\s+(?:after|following)\s+${DISCUSSION}|\s[-–—]\s+(?=(?:All|The)\s+(?:the\s+)?Councillors\s))${MEMBERS}\s+${ADVERB}(?:resolved|decided|agreed)\b`,
    ),
    next: WHAT,
  },
];

/**
 * Where a line of minutes printed without full stops ran into the next, which opens with the meeting deciding:
 * "… upon completion of the work Also resolved to pay …", "… £ 65.00 The Councillors resolved to pay …". A
 * capital there, after a small letter or a figure, starts a sentence: "It", "Also" and "The" are not capitals
 * inside one (a capital after a capital may be a name's: "Code of Conduct The Councillors" stays one sentence).
 */
const RUN_TOGETHER = new RegExp(
  String.raw`(?<=[\p{Ll}\d)])\s+(?=(?:It\s+was\s+${ADVERB}|(?:Also|Further)\s+|(?:All|The)\s+(?:the\s+)?(?:Councillors|Members)(?:\s+present)?\s+${ADVERB})(?:resolved|decided|agreed)\b)`,
  'gu',
);

/** Where each sentence starts: after a full stop (sentence-decisions.ts), or where lines ran together. */
function allSentenceStarts(text: string): number[] {
  const together = [...text.matchAll(RUN_TOGETHER)]
    .map((m) => m.index + m[0].length)
    // Not after the paragraph's own number, "5xi) It was agreed …": that is no sentence.
    .filter((at) => !/^[\s\d.()ivx]*$/i.test(text.slice(0, at)));
  return [...new Set([0, ...sentenceStarts(text), ...together])].sort((a, b) => a - b);
}

/**
 * "the Councillors agreed that although the priorities are important, …, the Councillors decided that …": the
 * body named again after a clause that concedes something, resuming the one decision, not making a second.
 */
const RESUMED = new RegExp(
  String.raw`^\s+that\s+(?:although|though|while|whilst)\s[^.;:]{1,400}?,\s+${MEMBERS}\s+${ADVERB}(?:resolved|decided|agreed)\s+that\b`,
);

/**
 * Words of a clause before the discussion that make what follows reported, conditional or another matter:
 * "The Clerk reported that …", "If the grant is awarded, …", or a decision of its own.
 */
const CLAUSE_NOT_TOLD =
  /\b(?:that|whether|if|unless|when|once|recommend\w*|report\w*|not\w*|said|stated|told|informed|advised|resolved|agreed|decided)\b/i;

/** What makes a reader unsure that the sentence is this meeting's decision, and whole. */
const ANOTHER_TIME =
  /\b(?:last|previous|earlier|prior)\s+(?:meeting|year|month)s?\b|\bpreviously\b|\bin\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b/i;
const ANOTHER_DECISION = /\b(?:resolved|agreed|decided)\b/i;
const BLANKS = /_{3,}/;

/** The sentence, from its first word, opens with the meeting deciding: the words up to the colon's place. */
function openingOf(sentence: string): string | undefined {
  for (const { head, next } of OPENINGS) {
    const match = head.exec(sentence);
    if (match?.[1] !== undefined && CLAUSE_NOT_TOLD.test(match[1])) continue;
    if (match && next.test(sentence.slice(match[0].length))) return match[0];
  }
  return undefined;
}

/**
 * The paragraph split around the first sentence that opens with the meeting deciding, that sentence marked, or
 * undefined when no sentence opens so, or when the first that does is not certain (see above).
 */
export function splitAtNarrativeDecision(
  text: string,
): { before: string; decision: string; after: string } | undefined {
  const starts = allSentenceStarts(text);
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1] ?? text.length;
    const sentence = text.slice(start, end).trim();
    const opening = openingOf(sentence);
    if (opening === undefined) continue;
    const rest = sentence.slice(opening.length);
    const resumed = RESUMED.exec(rest)?.[0].length ?? 0;
    if (
      /\?["”’)]*$/.test(sentence) ||
      ANOTHER_TIME.test(sentence) ||
      ANOTHER_DECISION.test(rest.slice(resumed)) ||
      BLANKS.test(sentence)
    )
      return undefined;
    const decision = `${opening}:${rest}`;
    // Marked only where the archive reads the mark, and reads the decision as the words after it.
    if (readDecisionHead(decision, decision)?.rest !== rest.trim()) return undefined;
    return { before: text.slice(0, start).trim(), decision, after: text.slice(end).trim() };
  }
  return undefined;
}
