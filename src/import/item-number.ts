import { readItemHeading } from '../load/item-heading.ts';

export interface ItemNumber {
  /** The number as printed, without a trailing full stop and without "Item": "1", "CYP1", "76/24", "3.1", "5(a)". */
  number: string;
  title?: string;
}

/** "Item 1", "Item 1:", "Minute 12", "Agenda Item 4." */
const WORDED =
  /^(?:Agenda\s+)?(?:Item|Minute)\s+(?:No\.?\s*)?([A-Z]{0,5}\d+[A-Za-z]?(?:\([A-Za-z0-9]{1,4}\))*(?:\.\d+)*)\s*[.:)\-–—]?\s*(.*)$/i;
/** "(1) Title", "(a) Title" is a list point, not an item: only digits in brackets. */
const BRACKETED = /^\((\d{1,3})\)\s*(.*)$/;
/** "76/24 Title", "CYP 76/24": a minute numbered within the council's year. */
const YEARLY = /^((?:[A-Z]{1,5}\s?)?\d{1,4}\/\d{2}(?:\/\d{2})?)\.?(?=\s|$)\s*(.*)$/;
/** A line that opens with a date ("11th of October 2023"), or with "On" and a date ("ON 30th October 2025" under a title), is the meeting's date. */
const DATE_START =
  /^(?:(?:held\s+)?on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:the\s+)?)?\d{1,2}(?:(?:st|nd|rd|th)(?:\s+of)?)?\.?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/i;
/** The title set apart from the number by a colon or dash: "5: Budget", "5 - Budget". */
const SEPARATOR = /^[:\-–—]\s*/;

/**
 * Reads an item's number and title in the forms councils print: 1, 1., (1),
 * Item 1, 28., CYP1, EXB 45, 76/24, 3.1, 5(a). Returns nothing for text that
 * does not start with a number. (A planning reference such as
 * "24/00412/FUL" is a title, not a minute number.)
 */
export function readItemNumber(text: string): ItemNumber | undefined {
  // "1.. Present": a full stop typed twice after the number is one.
  const t = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(\d{1,3})\.\.(?=\s)/, '$1.');
  // "11 November 2020", "9th December 2020" is a date, not item 11.
  if (DATE_START.test(t)) return undefined;
  const worded = WORDED.exec(t);
  if (worded) return withTitle(worded[1]!, worded[2]!);
  const bracketed = BRACKETED.exec(t);
  if (bracketed) return withTitle(bracketed[1]!, bracketed[2]!);
  const yearly = YEARLY.exec(t);
  if (yearly && !/^\d{2,4}\/\d{3,}/.test(t)) return withTitle(yearly[1]!, yearly[2]!);
  if (/^\d{2,4}\/\d/.test(t)) return undefined;
  const heading = readItemHeading(t);
  // "01.26..03" is read only where its place between the items says it is one (otherwise-printed-numbers.ts).
  if (heading.number === undefined || heading.number.includes('..')) return undefined;
  return withTitle(heading.number, heading.title ?? '');
}

function withTitle(number: string, rest: string): ItemNumber {
  const title = rest.replace(SEPARATOR, '').trim();
  return title ? { number: number.replace(/\.$/, ''), title } : { number: number.replace(/\.$/, '') };
}
