import { dateFromProse, PROSE_DATE_PATTERN } from '../text/dates.ts';

/**
 * Finds the sentence with which minutes record approving earlier minutes:
 * "The minutes of the meeting (of the Board) held on (Monday,) 9 June 2025
 * were approved / signed / agreed … as a correct record."
 *
 * It finds what one regular expression once found,
 *   minutes of the (last |…)?meeting( of the [^.]*?)? held on <date>[^.]*?<verb>[^.]*?correct record
 * but in time linear in the text. That expression, run by a backtracking
 * engine, took time growing with the fourth power of a sentence repeating its
 * parts without a full stop (46 s for an 85 KB file). Here each part is found
 * once, by a pattern with no choice to backtrack over, and the parts are
 * joined by walking their positions in order.
 */
const MINUTES = /minutes of the (?:last |previous |ordinary |special |extraordinary )?meeting/gi;
const HELD_ON = new RegExp(` held on (?:[A-Z][a-z]+day,? )?${PROSE_DATE_PATTERN.replaceAll('\\s+', ' ')}`, 'gi');
const VERB = /signed|approved|agreed|confirmed|accepted/gi;
const CORRECT_RECORD = /correct record/gi;

interface Span {
  start: number;
  end: number;
}

interface HeldOn extends Span {
  date: string | undefined;
  /** The date as written ("31 June 2025"), for saying which does not exist. */
  written: string;
}

/**
 * Dates of earlier meetings whose minutes this text records as approved, in
 * the order written, each once; `impossible` is told of each date written
 * that does not exist ("31 June 2025").
 */
export function approvedDates(text: string, impossible?: (written: string) => void): string[] {
  const dates: string[] = [];
  // Most items approve nothing: skip the work unless the sentence can be there.
  if (!/correct record/i.test(text)) return dates;
  // No part of the sentence crosses a full stop, so each stretch between two is read alone.
  for (const stretch of text.replace(/\s+/g, ' ').split('.')) {
    for (const { date, written } of approvalsIn(stretch)) {
      if (!date) impossible?.(written);
      else if (!dates.includes(date)) dates.push(date);
    }
  }
  return dates;
}

/** The dates (undefined for an impossible one) of the approval sentences in a stretch of text without a full stop. */
function approvalsIn(stretch: string): HeldOn[] {
  const records = spans(stretch, CORRECT_RECORD);
  if (records.length === 0) return [];
  const lastRecord = records[records.length - 1]!.start;
  const verbs = spans(stretch, VERB);
  // A "held on <date>" can end a sentence when a verb follows it and "correct record" follows the verb; the sentence then ends at that record.
  const sentenceEnds = new Map<HeldOn, number>();
  const heldOns: HeldOn[] = [];
  for (const match of stretch.matchAll(HELD_ON)) {
    const end = match.index + match[0].length;
    // Verbs do not contain one another, so the first to start after the date is also the first to end.
    const verb = verbs[firstAtOrAfter(verbs, end)];
    if (!verb || verb.end > lastRecord) continue;
    const heldOn = {
      start: match.index,
      end,
      date: dateFromProse(match[1]!, match[2]!, match[3]!),
      written: `${match[1]} ${match[2]} ${match[3]}`,
    };
    heldOns.push(heldOn);
    sentenceEnds.set(heldOn, records[firstAtOrAfter(records, verb.end)]!.end);
  }
  const found: HeldOn[] = [];
  let from = 0;
  for (const minutes of spans(stretch, MINUTES)) {
    if (minutes.start < from) continue;
    const heldOn = heldOnFor(stretch, minutes, heldOns);
    if (!heldOn) continue;
    found.push(heldOn);
    from = sentenceEnds.get(heldOn)!;
  }
  return found;
}

/**
 * The "held on" that completes the sentence begun by "minutes of the meeting":
 * the one right after it, or, after " of the <name of the board>", the first
 * that can end a sentence.
 */
function heldOnFor(stretch: string, minutes: Span, heldOns: HeldOn[]): HeldOn | undefined {
  const next = heldOns[firstAtOrAfter(heldOns, minutes.end)];
  if (next?.start === minutes.end) return next;
  if (!stretch.startsWith(' of the ', minutes.end)) return undefined;
  return heldOns[firstAtOrAfter(heldOns, minutes.end + ' of the '.length)];
}

function spans(text: string, pattern: RegExp): Span[] {
  return Array.from(text.matchAll(pattern), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The index of the first span (sorted, not overlapping) starting at or after `position`, or the length of the list. */
function firstAtOrAfter(list: Span[], position: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
