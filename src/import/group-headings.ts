import type { SourceLine } from './source-file.ts';

const isBlank = (line: SourceLine | undefined) => line === undefined || line.text.trim() === '';
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** A lettered or numbered point ("(a)", "ii)"), a decision or a label: the start of the minute, not a title. */
const NOT_A_TITLE = /^(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|It was)\b)|:$/i;

/**
 * Minutes that group their items under the service that brings them print the service's name as the
 * heading beside the item's number, then the item's own title as a second heading, then the minute:
 * "3." / "Operations & Maintenance" / "Draft … Bye-Laws 2023" / "Circulated, report …". The heading
 * nearest the minute is the item's title; the one above names the group (a directorate, a service area).
 *
 * Given the line of an item's heading (`at`, whose title is `title`), returns the line of its own title
 * below, or undefined unless the text reads so without doubt:
 * - the heading beside the number is short, as a service's name is (six words at most, no sentence);
 * - the very next line is set apart as a heading too (bold), and reads as a title, not a point or a decision;
 * - the minute's text follows that title at once, and nothing else in the item is set apart as a heading:
 *   where an item holds several headings, they are its parts ("Chair", "Secretary"), and the first is no
 *   more the title than the others, so the importer keeps its doubt.
 */
export function ownTitleBelow(
  lines: readonly SourceLine[],
  at: number,
  title: string,
  isItemStart: (index: number) => boolean,
): number | undefined {
  const group = title.trim();
  if (words(group) > 6 || /[.:;!?,]$/.test(group) || !/^\p{Lu}/u.test(group)) return undefined;
  const own = nextText(lines, at);
  if (own === undefined || isItemStart(own)) return undefined;
  const ownLine = lines[own]!;
  if (!ownLine.heading || ownLine.action || ownLine.row) return undefined;
  const ownTitle = ownLine.text.trim();
  if (!/^\p{Lu}/u.test(ownTitle) || NOT_A_TITLE.test(ownTitle) || words(ownTitle) > 30) return undefined;
  const minute = nextText(lines, own);
  if (minute === undefined || isItemStart(minute) || lines[minute]!.heading) return undefined;
  for (let k = minute; k < lines.length && !isItemStart(k); k++) if (lines[k]!.heading) return undefined;
  return own;
}

function nextText(lines: readonly SourceLine[], from: number): number | undefined {
  for (let k = from + 1; k < lines.length; k++) if (!isBlank(lines[k])) return k;
  return undefined;
}
