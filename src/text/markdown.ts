import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { isSafeLink } from './links.ts';

/**
 * The one Markdown renderer of the archive. Raw HTML is shown as text, never
 * run, and only web, mail and relative links survive: pasted text cannot
 * inject script into a reader's browser.
 */
export const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

markdown.validateLink = isSafeLink;

export type { Token };

export function renderTokens(tokens: Token[]): string {
  return markdown.renderer.render(tokens, markdown.options, {});
}

/** The plain text of a run of tokens, paragraphs and list entries on their own lines. */
export function plainText(tokens: Token[]): string {
  const lines: string[] = [];
  for (const token of tokens) {
    if (token.type === 'inline') lines.push(inlineText(token));
  }
  return lines.join('\n').trim();
}

function inlineText(token: Token): string {
  if (!token.children) return token.content;
  return token.children
    .map((child) => (child.type === 'softbreak' || child.type === 'hardbreak' ? ' ' : child.content))
    .join('');
}

export function escapeHtml(text: string): string {
  // One pass, and none for text with nothing to escape (most of it): five passes took half of rendering's time.
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, (c) => ESCAPED[c]!) : text;
}

const UNSAFE = /[&<>"']/;
const UNSAFE_ALL = /[&<>"']/g;
const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text escaped by escapeHtml (or by the Markdown renderer, which escapes the same characters but the apostrophe), read back. */
export function unescapeHtml(html: string): string {
  return html.includes('&') ? html.replace(ESCAPES, (entity) => UNESCAPED[entity]!) : html;
}

const UNESCAPED: Record<string, string> = Object.fromEntries(Object.entries(ESCAPED).map(([c, entity]) => [entity, c]));
const ESCAPES = /&(?:amp|lt|gt|quot|#39);/g;

/**
 * The images whose address names another host (or any scheme), with their
 * lines counted from the body's first: the site shows only its own images,
 * as no request leaves it, and the content security policy would block them.
 */
export function imagesFromElsewhere(tokens: Token[]): Array<{ src: string; line: number }> {
  const found: Array<{ src: string; line: number }> = [];
  for (const token of tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    for (const child of token.children) {
      const src = child.type === 'image' ? (child.attrGet('src') ?? '') : undefined;
      if (src !== undefined && !isOwnAddress(src))
        found.push({ src, line: (token.map?.[0] ?? 0) + lineWithin(token.content, child) });
    }
  }
  return found;
}

/** An address within the site: a path with no scheme and no host (a backslash is read as a slash, so "/\\host" names a host). */
function isOwnAddress(src: string): boolean {
  const address = src.trim();
  return (
    !/^[a-z][a-z0-9+.-]*:/i.test(address) &&
    !/^[/\\]{2}/.test(address.replace(/^\s+/, '')) &&
    !/[\u0000-\u001f]/.test(address)
  );
}

/** The line, counted from 0, of an image inside its paragraph. */
function lineWithin(content: string, image: Token): number {
  const at = content.indexOf(image.attrGet('src') ?? '');
  return at < 0 ? 0 : content.slice(0, at).split('\n').length - 1;
}
