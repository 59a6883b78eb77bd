// Rewriting the site's root-relative links (`/cyp/`), so the same pages work
// from any folder, from file://, and at the site's canonical address.
import path from 'node:path';

const ATTRIBUTE = /(\s(?:href|src|action|poster)\s*=\s*)(["'])(\/(?!\/)[^"']*)\2/gi;
const CSS_URL = /url\(\s*(["']?)(\/(?!\/)[^"')]*)\1\s*\)/gi;

/** Splits `/cyp/?q=1#item-3` into its path and the rest. */
function splitTarget(target: string): { pathname: string; rest: string } {
  const cut = target.search(/[?#]/);
  return cut === -1 ? { pathname: target, rest: '' } : { pathname: target.slice(0, cut), rest: target.slice(cut) };
}

/**
 * The link from the file `fromFile` (relative to the site's root, such as
 * `cyp/2025-09-08/index.html`) to the site path `target` (such as `/cyp/`),
 * naming `index.html` so that it also works where no server adds it.
 */
export function relativeLink(fromFile: string, target: string): string {
  const { pathname, rest } = splitTarget(target);
  const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const relative = path.posix.relative(path.posix.dirname(`/${fromFile}`), file);
  return `${relative || 'index.html'}${rest}`;
}

/** Every root-relative link of an HTML page made relative to the page's own place. */
export function relativeLinksInHtml(html: string, fromFile: string): string {
  return html
    .replace(
      ATTRIBUTE,
      (_all, before: string, quote: string, target: string) =>
        `${before}${quote}${relativeLink(fromFile, target)}${quote}`,
    )
    .replace(
      CSS_URL,
      (_all, quote: string, target: string) => `url(${quote}${relativeLink(fromFile, target)}${quote})`,
    );
}

/** Every root-relative `url(...)` of a stylesheet made relative to the stylesheet's place. */
export function relativeLinksInCss(css: string, fromFile: string): string {
  return css.replace(
    CSS_URL,
    (_all, quote: string, target: string) => `url(${quote}${relativeLink(fromFile, target)}${quote})`,
  );
}

/** Root-relative links moved under the folder the site is published in (`/minutes/`), for its canonical copy. */
export function prefixedLinksInHtml(html: string, basePath: string): string {
  if (basePath === '/') return html;
  const prefix = basePath.replace(/\/$/, '');
  return html
    .replace(
      ATTRIBUTE,
      (_all, before: string, quote: string, target: string) => `${before}${quote}${prefix}${target}${quote}`,
    )
    .replace(CSS_URL, (_all, quote: string, target: string) => `url(${quote}${prefix}${target}${quote})`);
}

export function prefixedLinksInCss(css: string, basePath: string): string {
  if (basePath === '/') return css;
  const prefix = basePath.replace(/\/$/, '');
  return css.replace(CSS_URL, (_all, quote: string, target: string) => `url(${quote}${prefix}${target}${quote})`);
}
