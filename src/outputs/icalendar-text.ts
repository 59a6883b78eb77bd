/**
 * The text rules of iCalendar (RFC 5545): escaped values (3.3.11), lines
 * folded at 75 octets (3.1) and CRLF line endings.
 */

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function icsText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** The length of one character (a code point) in UTF-8. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so that no line is longer than 75 octets, never
 * splitting a UTF-8 character; continuation lines start with one space.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Joins content lines into a calendar stream: folded, CRLF-terminated. */
export function icsLines(lines: string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
