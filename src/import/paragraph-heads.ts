import { splitRunInTitle } from './run-in-titles.ts';

/**
 * Where the heading of a minute ends and its text begins, for the two forms
 * that give no line of its own to the heading:
 *
 * - a heading run in, in bold, before the text in the body's type ("3.
 *   **Councillor reports** Local Place Plan identified …"): the bold words are
 *   the title (`boldHead`);
 * - minutes written as numbered paragraphs, with no headings at all ("2. The
 *   minutes from the last AGM were approved", "11. Recruitment - Two people had
 *   put their names forward …"): the paragraph's head is its title
 *   (`paragraphHead`).
 */

export interface Head {
  title: string;
  /** The minute's text after its title, as printed (may be empty). */
  text: string;
  /** A mark parts the title from the text: a colon, a dash, or the full stop that ends the title's sentence. */
  parted?: true;
}

/** The longest first sentence read as a title: longer, it is the minute, and the clerk must say where its title is. */
const LONGEST_SENTENCE_TITLE = 200;

/** The first word of a sentence a minute is written as: "The minutes … were approved", "There were no …", "Following this …". */
const SENTENCE_OPENER =
  /^(?:The|This|That|These|Those|It|There|A|An|All|No|None|Following|Further|Note|Noted|Members|Councillors|Cllrs?)\s/;

/** A verb of a sentence's predicate, in minutes: a heading before a dash or a colon has none. */
const VERB =
  /\b(?:\p{Ll}+ed|had|has|have|was|were|is|are|said|gave|took|made|met|felt|will|would|could|should|may|can|did)\b/u;

/**
 * "Present:- BCC members …" with "Present" in bold: the bold words the text
 * after the number opens with are the title, without the punctuation that
 * parts it from the text. Undefined when the text does not open with them.
 */
export function boldHead(rest: string, lead: string | undefined): Head | undefined {
  if (!lead) return undefined;
  const flat = rest.trim().replace(/\s+/g, ' ');
  const bold = lead
    .trim()
    .replace(/\s+/g, ' ')
    // The number may be printed in bold with the title: "3. Councillor reports".
    .replace(/^\(?\d{1,3}[a-z]?[.)]{0,2}\s+/, '');
  if (bold === '' || !flat.startsWith(bold) || flat.length === bold.length) return undefined;
  const title = bold.replace(/\s*[:–—-]+$/, '').trim();
  if (!/\p{L}/u.test(title)) return undefined;
  const text = flat
    .slice(bold.length)
    .replace(/^\s*[:;,.–—-]+/, '')
    .trim();
  return { title, text };
}

/**
 * The head of a numbered paragraph in minutes that have no headings, in the
 * order a reader looks for it:
 * - a title run into a sentence ("Public Open Forum The main concern raised
 *   was …", as run-in-titles.ts reads it);
 * - a label before a colon, ending no sentence ("Committee Members Present
 *   were: Abigail Harding …", "Office Bearers reports:");
 * - a short heading before a dash, with no verb ("Recruitment - Two people
 *   had …", "AOCB - none");
 * - else the paragraph's first sentence, up to a full stop before a capital: a
 *   heading phrase with no verb before its text ("Minutes of Previous Meetings.
 *   Approved online …"), or a sentence that opens as one does, the whole
 *   paragraph when it is one ("The minutes from the last AGM were approved").
 * Undefined when that sentence is too long to be anyone's title, or opens
 * otherwise ("Roads and footpaths potholes remain …": a heading may run into
 * the text there, with nothing to show where it ends).
 */
export function paragraphHead(paragraph: string): Head | undefined {
  const flat = paragraph.trim().replace(/\s+/g, ' ');
  if (!/^[\p{Lu}‘'"“]/u.test(flat)) return undefined;
  const sentenceEnd = firstSentenceEnd(flat);
  const runIn = splitRunInTitle(flat);
  if (runIn && runIn.title.length < sentenceEnd) return runIn;
  const colon = /^([^.:;!?]{3,80}?)\s*:-?\s*/.exec(flat);
  if (colon && colon[1]!.split(' ').length <= 8 && colon[0].length <= sentenceEnd + 1)
    return { title: colon[1]!, text: flat.slice(colon[0].length), parted: true };
  const dash = /^([^.:;!?]{2,50}?)\s+[-–—]\s+(?=\S)/.exec(flat);
  if (dash && dash[1]!.split(' ').length <= 5 && !VERB.test(dash[1]!) && dash[0].length <= sentenceEnd + 1)
    return { title: dash[1]!, text: flat.slice(dash[0].length), parted: true };
  const sentence = flat.slice(0, sentenceEnd).replace(/[.!?]$/, '');
  const text = flat.slice(sentenceEnd).trim();
  if (sentence.length > LONGEST_SENTENCE_TITLE) return undefined;
  // A heading alone ("Updates"), or before a full stop and the text ("Minutes of Previous Meetings. Approved …"), or a sentence that
  // opens as one does; else words in the body's type may be a heading run into its text, which no mark shows.
  const headingPhrase =
    (text !== '' || !/[.!?]$/.test(flat)) && sentence.split(' ').length <= 8 && !VERB.test(sentence);
  if (!headingPhrase && !SENTENCE_OPENER.test(sentence)) return undefined;
  return text === '' ? { title: sentence, text } : { title: sentence, text, parted: true };
}

/**
 * Where the first sentence ends: after a full stop (or ! or ?) that a space
 * and a capital follow, or at the paragraph's end. "see 4. above" and "c. 12
 * years" go on; an initial ("G. Alan") does not end a sentence either.
 */
function firstSentenceEnd(text: string): number {
  const end = /(?<!\b\p{Lu})[.!?](?=\s+[\p{Lu}‘'"“])/u.exec(text);
  return end ? end.index + 1 : text.length;
}
