import { AFTER_DISCUSSION, DISCUSSION, readDecisionHead } from '../load/decision-forms.ts';
import { sentenceStarts } from './sentence-decisions.ts';

/**
 * A sentence of narrative minutes that opens with the meeting itself deciding, in the past tense, as parish
 * clerks write their decisions inside a paragraph of what was said:
 * - "It was resolved that …", "It was therefore resolved to …", "It was decided not to …", "It was agreed to …",
 *   "It was agreed and resolved to …", "It was discussed and decided to …";
 * - "Resolved to pay.", "Agreed that the Council would fund …", "Decided to …" (the word, with no subject);
 * - "All agreed this was a true record …", "All Councillors agreed that …", "The Councillors resolved not to …",
 *   "Members agreed to …", perhaps after "After (much) discussion," or "Following discussion,".
 * The sentence becomes a paragraph of its own with a colon after the words that say the meeting decided, which
 * is how the archive knows a decision ("All agreed: this was a true record …"); no word is added, dropped or
 * moved, and the sentences before and after it stay paragraphs, in their order, read again by the caller.
 *
 * "It was agreed that …" alone is left as it is: minutes use it for a view the meeting shared as often as for a
 * decision. Not taken, and so left to the doubts (doubts.ts): a sentence that is a question; that names another
 * time ("at the last meeting", "previously", "in 2019"), as the decision may be an earlier one reported; that
 * holds another word of deciding after its own ("… the Councillors decided that …"), as lines printed without
 * full stops may have run two decisions, or a report and a decision, into one sentence; that runs into a form's
 * blanks ("Signed ______"); and an agreement "with" someone or "to recommend" to another body. Nor is any
 * sentence that does not open so: "It was noted that it was agreed …", "the Clerk reported that the Council had
 * resolved …", "If … it was agreed …", "the County Council resolved …" and "It agreed to …" stay doubts.
 */

const ADVERB = String.raw`(?:(?:therefore|also|further|then|unanimously|duly)\s+)?`;
/** The members as a body: all of them, "the Councillors", "Members"; never one councillor, some, or another council. */
const BODY = String.raw`(?:[Aa]ll\s+(?:the\s+)?(?:[Cc]ouncillors|[Mm]embers)(?:\s+present)?|[Tt]he\s+(?:[Cc]ouncillors|[Mm]embers)(?:\s+present)?|[Cc]ouncillors|[Mm]embers|[Aa]ll)`;
/** What was decided follows: "that …", "to …", "not to …", but not "to recommend …" (to another body). */
const WHAT = /^\s+(?:that|not\s+to|to)\s+(?!recommend)\S/;
/** What the body agreed, written with no "that": "All agreed this was …", "The Councillors agreed all satisfactory." */
const AGREED_CLAUSE =
  /^\s+(?!(?:with|about|on|upon|at|in|by|for|from|over|under|and|or|but|as|after|before|during)\b)[\p{L}\d£€$]/u;

/** Each way a sentence opens with the meeting deciding: the words up to the colon's place, then what must follow. */
const OPENINGS: readonly { head: RegExp; next: RegExp }[] = [
  {
    head: new RegExp(
      String.raw`^${AFTER_DISCUSSION}[Ii]t was\s+${ADVERB}(?:(?:discussed|considered|agreed|resolved)\s+and\s+)?(?:resolved|decided)\b`,
    ),
    next: WHAT,
  },
  // "It was agreed" only to do something: "It was agreed that …", or "to be …", is as often a view the meeting shared.
  {
    head: new RegExp(
      String.raw`^${AFTER_DISCUSSION}[Ii]t was\s+${ADVERB}(?:(?:discussed|considered)\s+and\s+)?agreed\b`,
    ),
    next: /^\s+(?:not\s+)?to\s+(?!recommend|be\b)\S/,
  },
  { head: /^(?:Resolved|Agreed|Decided)\b/, next: WHAT },
  { head: new RegExp(String.raw`^${AFTER_DISCUSSION}${BODY}\s+${ADVERB}(?:resolved|decided|agreed)\b`), next: WHAT },
  { head: new RegExp(String.raw`^${AFTER_DISCUSSION}${BODY}\s+${ADVERB}agreed\b`), next: AGREED_CLAUSE },
  // "Further details have now been received and after discussion the Councillors resolved to …": what came
  // before the discussion leads in, as long as it only tells what happened (CLAUSE_NOT_TOLD).
  {
    head: new RegExp(
      String.raw`^([^:;]{1,200}?)(?:,|\s+and)\s+(?:after|following)\s+${DISCUSSION}${BODY}\s+${ADVERB}(?:resolved|decided|agreed)\b`,
    ),
    next: WHAT,
  },
];

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
  const starts = [0, ...sentenceStarts(text)];
  for (const [i, start] of starts.entries()) {
    const end = starts[i + 1] ?? text.length;
    const sentence = text.slice(start, end).trim();
    const opening = openingOf(sentence);
    if (opening === undefined) continue;
    const rest = sentence.slice(opening.length);
    if (
      /\?["”’)]*$/.test(sentence) ||
      ANOTHER_TIME.test(sentence) ||
      ANOTHER_DECISION.test(rest) ||
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
