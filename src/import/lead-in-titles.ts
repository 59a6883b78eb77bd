/**
 * A heading that runs on, after a dash, into the sentence that leads into
 * the item's list or table: "Planning - the following planning documents had
 * been received and discussed:", "Planning –The following applications were
 * considered:". The title is the part before the dash; the sentence, which
 * says what follows and ends in a colon, is the item's first paragraph.
 */
const LEAD_IN = /^(.*?\S)\s*[-–—]\s*((?:the|The)\s+following\b[^:]*:)$/u;

export interface LeadIn {
  title: string;
  /** The sentence after the dash, as printed. */
  text: string;
}

export function splitLeadIn(heading: string): LeadIn | undefined {
  const match = LEAD_IN.exec(heading.trim().replace(/\s+/g, ' '));
  if (!match || !/^\p{Lu}/u.test(match[1]!) || match[1]!.split(' ').length > 8) return undefined;
  return { title: match[1]!, text: match[2]! };
}
