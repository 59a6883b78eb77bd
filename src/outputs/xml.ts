/**
 * Escaping for XML text and attribute values. Characters XML 1.0 forbids
 * (most control characters) are dropped, since no escape can carry them.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(value: string): string {
  return value
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** One element with escaped text, or nothing when there is no value. */
export function element(name: string, value: string | undefined, attributes: Record<string, string> = {}): string {
  if (value === undefined) return '';
  return `<${name}${attributeList(attributes)}>${escapeXml(value)}</${name}>`;
}

export function attributeList(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
}
