/**
 * Pieces of ModernGov's web pages that every council's site shares, whatever
 * its committees and wording.
 */

/** "MINUTES pdf icon PDF 173 KB": the link to an item's document, with its format and size. */
// Searched for, not anchored at the start: `^(.*?)\s*` before it took time growing with the square of a run of spaces.
const DOCUMENT_LINK =
  /\b(?:pdf|doc|docx|xls|xlsx|ppt|pptx|rtf|odt|html?|txt|zip|jpg|png)\s+icon\s+(?:PDF|DOC|DOCX|XLS|XLSX|PPT|PPTX|RTF|ODT|HTML?|TXT|ZIP|JPG|PNG)\s+(\d+(?:\.\d+)?\s*[KMG]B)$/i;

export interface DocumentLink {
  /** The text before the link: an item's title or a document's name. */
  title: string;
  /** The link's own words, "pdf icon PDF 173 KB". */
  link: string;
  size: string;
}

export function readDocumentLink(line: string): DocumentLink | undefined {
  const text = line.trim();
  const match = DOCUMENT_LINK.exec(text);
  if (!match) return undefined;
  const title = text.slice(0, match.index).trim();
  return { title, link: match[0], size: match[1]!.replace(/\s+/g, ' ').replace(/(\d)([KMG]B)/i, '$1 $2') };
}

/** "…  view the full minutes text for item 16." at the end of an item the page cut short. */
const CUT_SHORT = /(?:\.\.\.|…)\s*view the full (?:minutes|decision)(?: text)? for item\s+([^\s.|]+(?:\.\d+)?)\.?\s*$/i;

export interface CutShort {
  /** The text before the marker. */
  text: string;
  /** The marker's own words, dropped as the page's link. */
  marker: string;
  item: string;
}

export function readCutShort(text: string): CutShort | undefined {
  const match = CUT_SHORT.exec(text);
  if (!match) return undefined;
  return { text: text.slice(0, match.index).trimEnd(), marker: match[0].trim(), item: match[1]! };
}

/** The labels ModernGov writes inside each item: "Minutes:", "Additional documents:", "Supporting documents:", "Decision:". */
export const ITEM_LABEL = /^(?:Minutes|Decision|Additional documents|Supporting documents|Documents)\s*:\s*$/i;
export const MINUTES_LABEL = /^(?:Minutes|Decision)\s*:\s*$/i;

/** Lines of the page's frame, not of the minutes: "Agenda and minutes", "Agenda, decisions and minutes", "Items", "No. Item". */
export const PAGE_FURNITURE =
  /^(?:Agenda(?:,?\s+(?:and\s+)?(?:reports|decisions|minutes|draft minutes))*|Minutes|Decisions|Agenda item|Items|No\.?\s+Item|Item\s+No\.?|Item|Issue history|Media|Webcast)\s*$/i;

/**
 * ModernGov's links inside an item: "View the background to item 2.", "View
 * the reasons why item 3 is restricted", "View the decision for item 5.",
 * "View the reasons item 6 was withdrawn". A line that starts "View the"
 * and names an item is the page's link, never minutes or a title.
 */
// Such a link is one short line: the first look-ahead turns away a long one at once, where the rest would try its words again and again.
export const ITEM_LINK = /^(?=.{0,300}$)View the\b.{0,60}?\bitems?\s+[^\s\d]*\d\S*.{0,40}$/i;
