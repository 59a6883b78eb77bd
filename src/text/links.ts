/**
 * Links an archive may publish: web pages, e-mail and telephone, and
 * addresses within the site. Anything else (javascript:, data:, vbscript:,
 * file:) could run code or leak data in a reader's browser.
 */
const SAFE = /^(?:https?:\/\/|mailto:|tel:|#|\/(?!\/)|\.{1,2}\/)/i;

export function isSafeLink(url: string): boolean {
  const trimmed = url.trim();
  // Browsers ignore tabs, newlines and control characters inside a scheme ("java\tscript:").
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return false;
  if (SAFE.test(trimmed)) return true;
  // A relative path without a scheme, such as "minutes.pdf".
  return !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !trimmed.startsWith('//');
}
