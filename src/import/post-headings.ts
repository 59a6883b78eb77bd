import { splitRunInTitle } from './run-in-titles.ts';

/**
 * Where a numbered paragraph's title ends, in minutes published as a website
 * post. A word processor's heading survives the trip to the web as a bold
 * run, a line of its own (Markdown's hard break) or a paragraph of its own;
 * a title written as a label ends at its colon ("1. Minutes: It was proposed
 * …"). Anywhere else the title runs into its text ("1. Election of Chairman
 * It was proposed …") and nothing in the text says where it ends.
 */
export interface PostHeading {
  title: string;
  /** The item's text after its title, on the same paragraph ("" when the paragraph is the title). */
  text: string;
  /** How the end of the title was read. */
  by: 'bold' | 'line break' | 'paragraph' | 'colon' | 'list' | 'run-in' | 'sentence' | 'unmarked';
}

/** A numbered point of a resolution or a list, "1. That the report be noted", "2. RESOLVED: …", is no heading. */
const POINT = /^(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|That|To)\b/i;
const RESOLUTION_POINT = /^(?:RESOLVED|AGREED|DECIDED|RECOMMENDED)\b/i;
/** A sentence ends at a full stop, question or exclamation mark before a capital (not after an initial or a title's short form). */
const SENTENCE_BREAK = /(?<!\b(?:\p{Lu}|\d+|Mr|Mrs|Ms|Dr|Cllr|Cllrs|St|No|Nos|Rev))[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu;
/** A numbered list in the paragraph, "1. Dog fouling … 2. The public bridleway …", after the title. */
const NUMBERED_LIST = /\s(?=1[.)]\s+\p{Lu}.*\s2[.)]\s+\p{Lu})/su;
/** A bullet character: a list the title leads into ("Matters arising • It was requested …"). */
const BULLET = /\s[•·▪●◦‣]\s/u;
/** Words before a colon that a label's colon ends: a short title in capitals or sentence case. */
const LABEL = /^(\p{Lu}[^:.!?\n]{0,79}):\s+(\S[\s\S]*)$/u;

const isCapitals = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
const wordCount = (text: string) => text.trim().split(/\s+/).length;

/**
 * Reads the title of a numbered paragraph from what follows its number:
 * `rest` (hard breaks as "\n"), and the bold run it opens with, if any.
 * Undefined when it is no heading: it starts in lower case, or as a
 * resolution's point.
 */
export function readPostHeading(
  number: string,
  rest: string,
  boldStart: string | undefined,
  { agendaWording = false }: { agendaWording?: boolean } = {},
): PostHeading | undefined {
  const text = rest.trim();
  // A minute numbered within the year ("198/20"), or an item whose place the numbers in turn give, is no point of
  // a resolution: its title may open "To Receive …".
  const point = number.includes('/') || agendaWording ? RESOLUTION_POINT : POINT;
  if (text === '' || !/^[\p{Lu}\p{N}'‘"“(]/u.test(text) || point.test(text)) return undefined;
  if (boldStart !== undefined && boldStart.trim() !== '') {
    const title = boldStart.trim().replace(/\s*:$/, '');
    const after = text.slice(text.indexOf(boldStart) + boldStart.length).replace(/^\s*:?\s*/, '');
    return { title: oneLine(title), text: after, by: 'bold' };
  }
  const lineBreak = text.indexOf('\n');
  if (lineBreak > 0) {
    return { title: text.slice(0, lineBreak).trim(), text: text.slice(lineBreak + 1).trim(), by: 'line break' };
  }
  // The title leads into a list: its own numbered parts ("10. Correspondence 10.1 CPRE …") or bullets ("• It was …").
  // The first of them ends the title.
  const part = [
    new RegExp(`\\s(?=${number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\d{1,2}[a-z]?\\s)`).exec(text),
    BULLET.exec(text),
    NUMBERED_LIST.exec(text),
  ]
    .filter((m) => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  const lead = part ? text.slice(0, part.index).trim().replace(/\.$/, '') : undefined;
  if (part && lead && wordCount(lead) <= 12 && [...lead.matchAll(SENTENCE_BREAK)].length === 0 && !/[:;,]$/.test(lead))
    return { title: lead, text: text.slice(part.index).trim(), by: 'list' };
  // A title that runs into a sentence whose start is plain ("Openness Notice The Chair read the notice."): see
  // run-in-titles.ts. Before a paragraph read whole as a title, and a colon's label: "Planning The Clerk listed
  // the decisions: …" is a title and a sentence.
  const runIn = splitRunInTitle(text);
  if (runIn) return { title: runIn.title, text: runIn.text, by: 'run-in' };
  const sentences = [...text.matchAll(SENTENCE_BREAK)];
  if (isCapitals(text) || (sentences.length === 0 && text.length <= 120 && !/[.!?;:,]["”’)]*$/.test(text)))
    return { title: text, text: '', by: 'paragraph' };
  const label = LABEL.exec(text);
  if (label && wordCount(label[1]!) <= 8 && !POINT.test(label[1]!))
    return { title: label[1]!.trim(), text: label[2]!.trim(), by: 'colon' };
  if (sentences.length === 0) return { title: text, text: '', by: 'sentence' };
  const first = sentences[0]!;
  const end = first.index + first[0].length;
  return { title: text.slice(0, end).trim(), text: text.slice(end).trim(), by: 'unmarked' };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
