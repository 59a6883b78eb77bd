import { isDecisionMarkedAfter } from '../load/decision-forms.ts';

/**
 * Decisions written inside a sentence of discussion, after a clause that leads in to them:
 * - "Councillors considered arrangements for Christmas, and it was agreed (i) that …";
 * - "A brief discussion took place and following discussion it was agreed by all the Members that …";
 * - "The Council were pleased with the new Action plan and it was agreed to adopt its use …";
 * - "Following a discussion, it was proposed by …, seconded by … and unanimously agreed that …";
 * - "Quotations were received … both plus V.A.T. - it was agreed that …" (a dash joins the clauses as a comma does).
 * The sentence becomes a paragraph of its own, marked with a colon after the verb (and after the body that
 * agreed, when the minutes name it), which is how the archive knows a decision. No word is added, dropped
 * or moved: the sentences before and after it stay paragraphs, in their order.
 *
 * Left as text, and so doubted: an agreement reported in a clause of its own ("It was noted … that it was
 * agreed that …", "the Clerk reported that it was agreed …"), an agreement by a person ("it was agreed by
 * the Clerk to …" is an undertaking, not a resolution), a recommendation ("it was agreed to recommend to
 * Council that …", or a lead-in that speaks of one). A sentence that only opens with "It was agreed that …"
 * later in a paragraph is left as it is (a view the meeting shared as often as a decision).
 */
const IN_SENTENCE =
  /(?:,|\band|\bdiscussion|\s[-–—])\s+it was\s+(?:(?:proposed|moved)\s+by\s[^:;]{1,200}?\s(?:and\s+)?(?:(?:unanimously|duly)\s+)?|(?:(?:unanimously|further|therefore|also|then|duly)\s+)?)(?:resolved|agreed|decided)(?:\s+by\s+(?:all\s+(?:the\s+)?|the\s+)?(?:members|councillors|council|committee|panel|board|meeting)(?:\s+present)?)?(?=\s+(?:\((?:[ivx]{1,4}|\d{1,2}|[a-z])\)\s+)?(?:that|to)\b)(?!\s+to\s+recommend)/i;

/** Words of a lead-in that make the agreement reported, conditional or a recommendation, not this meeting's decision. */
const NOT_A_DECISION = /\b(?:that|whether|if|recommend\w*)\b/i;
/**
 * "ii) It was felt that the benches needed refurbishment and it was proposed by …": the meeting's own view, in
 * the voice of its decisions, leads in; its "that" opens the view, and the motion after "and" is the meeting's.
 */
const MEETING_VIEW = /^(?:\S{1,12}\s+)?It was (?:felt|considered|thought|believed|recognised|recognized)\s+that\s/;

/** Words ending in a full stop that do not end a sentence: titles and short forms ("Cllr. Davies", "No. 5"). */
const SHORT_FORM =
  /(?:^|[\s(])(?:Cllrs?|Mrs?|Ms|Dr|St|No|Nos|Co|Ltd|etc|Rev|Prof|Capt|Sgt|Insp|Supt|approx|incl|e\.g|i\.e|\p{L})$/iu;
/** A full stop, question or exclamation mark, perhaps closing a quote or bracket, then a sentence's capital. */
const SENTENCE_END = /[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu;

/** Where each sentence after the first starts: after a full stop that is not a short form's nor a paragraph's own number. */
export function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (const end of text.matchAll(SENTENCE_END)) {
    const before = text.slice(0, end.index);
    if (end[0].startsWith('.') && SHORT_FORM.test(before)) continue;
    if (/^[\s\d.()ivx]*$/i.test(before)) continue;
    starts.push(end.index + end[0].length);
  }
  return starts;
}

/**
 * The paragraph split around its decision's sentence, which is marked, or undefined when it holds no
 * decision in this form. The sentences after it may hold another decision: the caller reads them again.
 */
export function splitAtSentenceDecision(text: string): { before: string; decision: string; after: string } | undefined {
  const match = IN_SENTENCE.exec(text);
  if (!match) return undefined;
  const starts = sentenceStarts(text);
  const headEnd = match.index + match[0].length;
  // The motion's words ("proposed by …, seconded by …") are one sentence with the decision.
  if (starts.some((s) => s > match.index && s < headEnd)) return undefined;
  const start = starts.filter((s) => s <= match.index).at(-1) ?? 0;
  const leadIn = text.slice(start, match.index);
  const view = MEETING_VIEW.exec(leadIn);
  const motion = /^\s*(?:,|and)\s+it was\s+(?:proposed|moved)\s+by\b/i.test(match[0]);
  if (NOT_A_DECISION.test(view && motion ? leadIn.slice(view[0].length) : leadIn)) return undefined;
  const end = starts.find((s) => s > headEnd) ?? text.length;
  return {
    before: text.slice(0, start).trim(),
    decision: `${text.slice(start, headEnd)}:${text.slice(headEnd, end)}`.trim(),
    after: text.slice(end).trim(),
  };
}

/**
 * A decision marked after its words, as the archive reads it (load/decision-forms.ts): a proposal by a named
 * person and "This was seconded by … and agreed.", or "The Engineer agreed that … and this was agreed by the
 * councillors.". The sentence or two become a paragraph of their own, word for word; the sentences before and
 * after stay paragraphs, in their order. Undefined when no sentence, or pair of sentences, reads so whole.
 */
export function splitAtDecisionMarkedAfter(
  text: string,
): { before: string; decision: string; after: string } | undefined {
  const starts = [0, ...sentenceStarts(text)];
  const ends = [...starts.slice(1), text.length];
  for (let i = 0; i < starts.length; i++) {
    for (const end of [ends[i]!, ends[i + 1]]) {
      if (end === undefined) continue;
      const decision = text.slice(starts[i], end).trim();
      if (isDecisionMarkedAfter(decision))
        return { before: text.slice(0, starts[i]).trim(), decision, after: text.slice(end).trim() };
    }
  }
  return undefined;
}
