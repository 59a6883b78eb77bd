/**
 * The ways minutes write a decision at the start of a paragraph. Councils
 * differ ("RESOLVED: That …", "RESOLVED - That …", "It was RESOLVED that …"),
 * and a decision the archive does not recognise is missing from the
 * decisions registers, feeds and open data, so every accepted form is listed
 * here, with the name the check reports it by, and docs/content-format.md
 * lists the same forms.
 *
 * RESOLVED may be written in any case; AGREED and DECIDED only in capitals,
 * as "Agreed that officers would…" is often ordinary prose.
 */

const WORD = '(?:RESOLVED|[Rr]esolved|AGREED|DECIDED)';
const DASH = '[-–—]';

/**
 * Decisions marked after their words, in one sentence or two:
 * - a proposal by a named person, then "This was seconded by Councillor Sheahan and agreed." (or "This was
 *   agreed.", "The proposal was unanimously agreed by the Members.");
 * - a clause in which a person agrees, proposes, suggests, requests or undertakes that (or to) something, then
 *   ", and this was agreed by the councillors.".
 * Each sentence is whole: a full stop inside it only follows an initial or a short form ("Councillor M. Collins",
 * "No. 5"), so narrative before the proposal is never part of the decision. The subject of the clause holds no
 * "that", "whether" or "if" (an agreement reported: "He stated that the Engineer agreed that …"), and the body
 * that agreed is the meeting's (not "agreed by the Clerk"); "agreed to recommend" does not end the sentence, so
 * it is no decision in this form.
 */
const IN_SENTENCE_STOP = String.raw`(?:[^:;.!?]|(?<=(?:^|[\s(])(?:\p{Lu}|Cllrs?|Mrs?|Ms|Dr|St|No|Nos|Co|Ltd|etc|Rev|Prof))\.|(?<=\d)\.(?=\d))`;
const SUBJECT = String.raw`(?:(?!(?:that|whether|if|and|it|was|this)\b)(?:\p{Lu}\.|(?:Cllrs?|Mrs?|Ms|Dr)\.|[\p{L}'’\-]+)\s+){1,6}`;
const BY_THE_MEETING = String.raw`(?:\s+by\s+(?:all\s+)?(?:the\s+)?(?:[Mm]embers|[Cc]ouncillors|[Cc]ommittee|[Mm]eeting|[Cc]ouncil|[Bb]oard|[Pp]anel)(?:\s+present)?)?`;
const PROPOSAL_THEN_AGREED =
  String.raw`(?:${SUBJECT}(?:(?:also|further|then)\s+)?(?:proposed|moved)|It was (?:proposed|moved) by\s)${IN_SENTENCE_STOP}{1,400}?[.!?]["”’)]*\s+` +
  String.raw`(?:This|The (?:proposal|motion|[Pp]roposal|[Mm]otion))\s+was\s+(?:seconded\s+by\s+${IN_SENTENCE_STOP}{1,80}?\s+and\s+)?(?:unanimously\s+)?agreed${BY_THE_MEETING}\.`;
/**
 * A proposal written as what the meeting should do, then AGREED in capitals, the minutes' own mark of a decision:
 * "As a community council we should support this petition. This was AGREED." The first sentence says "should",
 * "ought to", "must" or "shall", with no "that", "whether" or "if" before it (not a view reported); the second is
 * the bare mark, perhaps "unanimously" or "by the Council" ("This was AGREED at the July meeting." is not it).
 */
const PROPOSAL_THEN_MARKED = String.raw`\p{Lu}(?:(?!(?:that|whether|if)\b)${IN_SENTENCE_STOP}){0,200}?\b(?:should|ought\s+to|must|shall)\s${IN_SENTENCE_STOP}{1,300}?[.!]["”’)]*\s+This\s+was\s+(?:unanimously\s+)?(?:AGREED|RESOLVED)${BY_THE_MEETING}\.`;
const CLAUSE_THEN_AGREED = String.raw`${SUBJECT}(?:(?:also|further|then)\s+)?(?:agreed|proposed|suggested|requested|undertook)\s+(?:that|to)\s${IN_SENTENCE_STOP}{1,400}?,?\s+and\s+this\s+was\s+(?:unanimously\s+)?agreed${BY_THE_MEETING}\.`;

/** The meeting as a body, as a decision in its own sentence names it: "The Committee resolved: …", "All Councillors agreed: …". */
const BODY = '(?:Committee|Council|[Cc]ouncillors|[Mm]embers|Panel|Board|Cabinet|Sub-Committee|Meeting)';
/** "much discussion, ", "a brief debate ": the talk that led to a decision (the importer reads it too). */
export const DISCUSSION = String.raw`(?:(?:much|some|further|lengthy|long|brief|short|full|a|the)\s+){0,2}(?:discussion|deliberation|debate)s?,?\s+`;
/** "After (much) discussion,", "Following discussion", or nothing: the meeting talked, then decided. */
export const AFTER_DISCUSSION = String.raw`(?:(?:After|Following)\s+${DISCUSSION})?`;

interface Form {
  /** How the check names the form: "RESOLVED:", "It was RESOLVED that". */
  name: string;
  /** Matches the head of the decision in the paragraph's plain text; the rest is the decision's text. */
  head: RegExp;
}

/**
 * The minute an earlier meeting gave the matter, written before what is now decided on it: "5xi)", "4.11i)",
 * "4.4.4.4.11i)" (a minute of a minute, as some councils number matters arising), "4.9.", "3.1)".
 */
export const MINUTE_REFERENCE =
  '\\d{1,3}(?:\\.\\d{1,3}){0,8}(?:[a-z]|[ivx]{1,5})\\)|\\d{1,3}(?:\\.\\d{1,3}){1,8}\\\\?[.)]';

/** A paragraph's own number before the decision: "3. RESOLVED: …", "(a) AGREED: …", "ii) RESOLVED: …", "5xi) It was agreed: …". */
const NUMBER = `(?:(?:${MINUTE_REFERENCE}|\\d{1,3}\\\\?[.)]|\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,5})\\))\\s+)?`;

const FORMS: readonly Form[] = [
  // Numbered resolutions: "RESOLVED (1): That …", "RESOLVED (b) - That …".
  { name: 'RESOLVED (1):', head: new RegExp(`^${WORD}\\s*\\((?:\\d{1,2}|[a-z]|[ivx]{1,4})\\)\\s*(?::|${DASH})?\\s*`) },
  // "Agreed:" and "Decided:" count in any case with the colon, the mark the importer writes ("Agreed: that BCC would fund …"),
  // and so do "Also resolved:" and "Further agreed:" after another decision.
  {
    name: 'RESOLVED:',
    head: new RegExp(
      `^(?:${WORD}\\s*(?::\\s*|$)|(?:Agreed|Decided)\\s*:\\s*|(?:Also|Further)\\s+(?:${WORD}|agreed|decided|Agreed|Decided)\\s*:\\s*)`,
    ),
  },
  { name: 'RESOLVED -', head: new RegExp(`^${WORD}\\s*${DASH}\\s*`) },
  { name: 'RESOLVED that', head: new RegExp(`^${WORD},?\\s+(?=(?:that|That|THAT)\\b)`) },
  { name: 'It was RESOLVED that', head: new RegExp(`^It was ${WORD}\\s*(?::\\s*|,?\\s+(?=(?:that|That|THAT)\\b))`) },
  // The importer marks a decision after a lead-in with a colon: "It was proposed by …, seconded by … and unanimously agreed: that …".
  {
    name: 'It was … agreed:',
    head: /^It was\s+[^:]{0,200}?\b(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)\s*:\s*/,
  },
  // Welsh minutes, marked by the importer as the English are: "Cynigiwyd gan …, eiliwyd gan … a chytunwyd yn
  // unfrydol: bod …" (it was proposed by …, seconded by … and unanimously agreed: that …), "Cytunwyd: …" and
  // "… ac roedd pawb yn unfrydol: y dylai …" (… and all were unanimous: that … should).
  {
    name: 'Cytunwyd:',
    head: /^(?:(?:Cynigiwyd|Cynigodd)\s[^:]{0,200}?\s)?(?:[Cc]h?ytunwyd(?:\s+yn\s+unfrydol)?|roedd pawb yn unfrydol)\s*:\s*/,
  },
  {
    name: 'The Committee resolved:',
    // "The Council agreed: to review again in 12 months" as the importer marks it: the colon makes it a decision, not prose.
    // So are "All agreed: this was a true record", "All Councillors agreed: that …" and "After discussion, the
    // Councillors resolved: to adopt the seat" (the meeting's members as a body, after the discussion that led to it).
    head: new RegExp(
      `^${AFTER_DISCUSSION}(?:(?:[Tt]he\\s+|[Aa]ll\\s+(?:the\\s+)?)?${BODY}(?:\\s+present)?|[Aa]ll)\\s+` +
        '(?:(?:unanimously|therefore|then|also|further|duly)\\s+)?(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)\\s*:\\s*',
    ),
  },
  // A decision announced for the list that follows it: "The following was unanimously agreed:", "The following
  // responses were agreed:" (the list is the decision's text, meeting-body.ts).
  {
    name: 'The following was agreed:',
    head: /^The following\s+(?:[a-z]+\s+){0,2}?(?:was|were)\s+(?:(?:unanimously|duly)\s+)?(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)\s*:\s*/,
  },
  // Irish councils record a motion as "Proposed by: … / Seconded by: … / And Resolved: “That …”".
  { name: 'And Resolved:', head: /^And\s+(?:RESOLVED|[Rr]esolved)\s*:\s*/ },
  // And "On the proposal of Councillor X, seconded by Councillor Y, it was agreed to …", marked by the importer with a colon.
  {
    name: 'On the proposal of …, it was agreed:',
    head: /^On the (?:proposal|motion) of\s[^:]{0,200}?\bit was\s+(?:unanimously\s+)?(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)\s*:\s*/,
  },
  // A decision inside a sentence, marked by the importer after the clause that leads in to it (last, as the
  // forms above are more particular): "Councillors
  // considered arrangements for Christmas, and it was agreed: (i) that …", "… following discussion it was agreed
  // by all the Members: that …", "Following a discussion, it was proposed by …, seconded by … and agreed: that …".
  {
    name: '…, and it was agreed:',
    // "… and after discussion the Councillors resolved: to …" likewise, the members as a body deciding; and a
    // clause of why or after what, with no comma: "Due to the date of the next meeting it was also resolved: to pay …".
    head: new RegExp(
      '^(?:[^:]{1,300}?(?:,|\\s(?:and|discussion|[-–—]))|(?:Due\\s+to|Owing\\s+to|In\\s+(?:view|light)\\s+of|Because\\s+of|As\\s+a\\s+result\\s+of|Given|Following|After)\\s[^:]{1,200}?)\\s+(?:[Ii]t was\\s+[^:]{0,200}?|' +
        `(?:[Tt]he\\s+|[Aa]ll\\s+(?:the\\s+)?)?(?:[Cc]ouncillors|[Mm]embers)(?:\\s+present)?\\s+(?:(?:unanimously|therefore|then|also|further|duly)\\s+)?)` +
        '\\b(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)(?:\\s+by\\s[^:]{1,60}?)?\\s*:\\s*',
    ),
  },
  // A decision marked after it, as Irish and English minutes write a motion carried: the whole paragraph is the
  // decision, so the head is empty. "Councillor Teskey proposed a Special Meeting be convened. This was seconded
  // by Councillor Sheahan and agreed." and "The Engineer agreed that each resident would be given a key and this
  // was agreed by the councillors." (agreed-afterwards below says exactly which sentences count).
  { name: '… This was seconded by … and agreed.', head: new RegExp(`^(?=${PROPOSAL_THEN_AGREED}$)`, 'u') },
  { name: '… and this was agreed.', head: new RegExp(`^(?=${CLAUSE_THEN_AGREED}$)`, 'u') },
  { name: '… should … This was AGREED.', head: new RegExp(`^(?=${PROPOSAL_THEN_MARKED}$)`, 'u') },
].map((form) => ({ name: form.name, head: new RegExp(`^${NUMBER}${form.head.source.slice(1)}`, form.head.flags) }));

const MARKED_AFTER = [PROPOSAL_THEN_AGREED, CLAUSE_THEN_AGREED, PROPOSAL_THEN_MARKED].map(
  (form) => new RegExp(`^(?:${form})$`, 'u'),
);

/** The text is, whole, a decision marked after its words ("… This was seconded by … and agreed."), and nothing else. */
export function isDecisionMarkedAfter(text: string): boolean {
  return MARKED_AFTER.some((form) => form.test(text));
}

/** The start of something that reads like a decision: the word, perhaps after "It was". */
const LOOKS_LIKE = new RegExp(`^(?:It was\\s+)?${WORD}\\b`);
/** RESOLVED in capitals anywhere in a paragraph. */
const CAPITAL_RESOLVED = /\bRESOLVED\b/;

export interface DecisionHead {
  /** The form's name, with asterisks when the head was bold ("**RESOLVED:**"). */
  form: string;
  /** The plain text after the head: the decision itself. */
  rest: string;
}

/** The plain text of a decision without its head ("RESOLVED: That X" gives "That X"). */
export function withoutHead(plain: string): string {
  for (const { head } of FORMS) {
    const match = head.exec(plain);
    if (match) return plain.slice(match[0].length);
  }
  return plain;
}

/**
 * Reads the head of a decision from a paragraph: `source` as written (to see
 * bold) and `plain`, its text without Markdown marks. Undefined when the
 * paragraph is not a decision in an accepted form.
 */
export function readDecisionHead(source: string, plain: string): DecisionHead | undefined {
  for (const { name, head } of FORMS) {
    const match = head.exec(plain);
    if (!match) continue;
    const bold = /^(\*\*|__)/.test(source);
    return { form: bold ? `**${name}**` : name, rest: plain.slice(match[0].length).trim() };
  }
  return undefined;
}

/** The paragraph starts like a decision but in none of the accepted forms ("RESOLVED. That…", "Resolved; that…"). */
export function looksLikeDecision(plain: string): boolean {
  return LOOKS_LIKE.test(plain);
}

/** The paragraph has RESOLVED in capitals somewhere other than its start ("The Board RESOLVED that…"). */
export function mentionsResolved(plain: string): boolean {
  return CAPITAL_RESOLVED.test(plain);
}

/** The accepted forms, by name, for documentation and messages. */
export const DECISION_FORMS: readonly string[] = FORMS.map((f) => f.name);
