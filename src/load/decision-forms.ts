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

interface Form {
  /** How the check names the form: "RESOLVED:", "It was RESOLVED that". */
  name: string;
  /** Matches the head of the decision in the paragraph's plain text; the rest is the decision's text. */
  head: RegExp;
}

/** A paragraph's own number before the decision: "3. RESOLVED: …", "(a) AGREED: …", "ii) RESOLVED: …". */
const NUMBER = '(?:(?:\\d{1,3}\\\\?[.)]|\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,5})\\))\\s+)?';

const FORMS: readonly Form[] = [
  // Numbered resolutions: "RESOLVED (1): That …", "RESOLVED (b) - That …".
  { name: 'RESOLVED (1):', head: new RegExp(`^${WORD}\\s*\\((?:\\d{1,2}|[a-z]|[ivx]{1,4})\\)\\s*(?::|${DASH})?\\s*`) },
  { name: 'RESOLVED:', head: new RegExp(`^${WORD}\\s*(?::\\s*|$)`) },
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
    head: /^(?:The\s+)?(?:Committee|Council|Panel|Board|Cabinet|Sub-Committee|Meeting)\s+(?:unanimously\s+)?(?:RESOLVED|resolved|AGREED)\s*:\s*/,
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
    head: /^[^:]{1,300}?(?:,|\s(?:and|discussion))\s+[Ii]t was\s+[^:]{0,200}?\b(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)(?:\s+by\s[^:]{1,60}?)?\s*:\s*/,
  },
].map((form) => ({ name: form.name, head: new RegExp(`^${NUMBER}${form.head.source.slice(1)}`) }));

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
