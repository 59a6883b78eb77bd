/**
 * Reads an item heading, `<number> <title>`. The number is the first word
 * when it has a digit in it ("13.", "CYP5", "7(a)", "A12", or "196/20", a
 * minute numbered within the council's year; "2020/21" is a financial year,
 * not one), or a short run of capitals, a space and digits ("EXB 45"). A
 * number printed with a full stop typed twice ("01.26..03") is read as
 * printed, and so is one whose last groups a no-break space parts from its
 * dotted groups ("01.26 08": the importer writes a space printed there so,
 * which keeps the number one word). Either part may be missing.
 */
const NUMBERED =
  /^((?:[A-Z]{1,5} ?)?\d{1,3}\/\d{2}(?=[\s.]|$)|(?:[A-Z]{1,5} (?=\d))?[A-Za-z]{0,6}\d+[A-Za-z]{0,2}(?:\([A-Za-z0-9]{1,4}\))*(?:\.\.?\d+)*(?:(?<=\.\d+)\u00a0\d+(?:\.\.?\d+)*)?)\.?(?=\s|$)\s*(.*)$/s;

export interface ItemHeading {
  number?: string;
  title?: string;
}

export function readItemHeading(text: string): ItemHeading {
  const heading = text.trim();
  const match = NUMBERED.exec(heading);
  if (match) {
    const title = match[2]!.trim();
    return title ? { number: match[1]!, title } : { number: match[1]! };
  }
  return heading ? { title: heading } : {};
}

/** `item-13`, `item-cyp5`, `item-7a`: lower case letters and digits only. */
export function itemAnchor(number: string | undefined, position: number): string {
  const key = number?.toLowerCase().replace(/[^a-z0-9]/g, '');
  return key ? `item-${key}` : `item-at-${position}`;
}

/** Item numbers compare without case, spaces or a trailing full stop. */
export function sameItemNumber(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\.$/, '').replace(/\s+/g, '');
  return norm(a) === norm(b);
}

/**
 * The main number of an item and the letters before it, for the order of
 * items: "13" is 13, "CYP5" is CYP and 5, "7(a)" and "7.1" are 7. Undefined
 * for a number without digits at its start or after its letters.
 */
export function mainNumber(number: string): { prefix: string; value: number } | undefined {
  const match = /^([A-Za-z]*)\s?(\d+)/.exec(number.trim());
  return match ? { prefix: match[1]!.toUpperCase(), value: Number(match[2]) } : undefined;
}

/** "7(a)", "7.1" and "7a" are parts of item 7. */
export function isPartOf(number: string, item: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\.$/, '').replace(/\s+/g, '');
  const part = norm(number);
  const whole = norm(item);
  return part.length > whole.length && part.startsWith(whole) && !/\d/.test(part[whole.length]!);
}
