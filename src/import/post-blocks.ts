import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { SourceLine } from './source-file.ts';

/**
 * One block of a website post as its Markdown structures it: a paragraph, a
 * heading, the first paragraph of a numbered list's entry (its number apart
 * from its text), a bullet's text, or a block of HTML (Pandoc leaves an empty
 * comment, `<!-- -->`, between two lists).
 */
export interface PostBlock {
  kind: 'paragraph' | 'heading' | 'entry' | 'bullet' | 'html';
  /** The words as a reader sees them: Markdown's marks and escapes gone, a soft line break a space, a hard one "\n". */
  text: string;
  /** Where the text is in bold, as [start, end) offsets. */
  bold: Array<[number, number]>;
  /** The number of a numbered list's entry, as printed ("3"), and its mark ("." or ")"). */
  number?: string;
  mark?: string;
  /** Inside a block quote: Pandoc quotes the paragraphs a word processor indented. */
  quoted: boolean;
  /** Inside a list inside another list. */
  nested: boolean;
  /** The source line the block starts on, from 1. */
  line: number;
  /** The source lines it takes, as written (with Markdown's marks): what the report lists when it sets the block aside. */
  source: string;
}

/** CommonMark, as Pandoc and website generators write it; raw HTML is read as a block (never run: nothing is rendered). */
const parser = new MarkdownIt('commonmark');
// Entities and escapes stay tokens of their own, so that an entity can be kept as written.
parser.core.ruler.disable('text_join');

/** "5^th^": Pandoc's superscript of an ordinal, which CommonMark does not know; the letters are the number's. */
const ORDINAL = /(\d)\^(st|nd|rd|th)\^/g;

/** The post's Markdown (`lines`, numbered from 1) as blocks, in order; lines in `skip` (its front matter) are not read. */
export function postBlocks(lines: readonly SourceLine[], skip: ReadonlySet<number>): PostBlock[] {
  const source = lines.map((l) => (skip.has(l.number) ? '' : l.text)).join('\n');
  const tokens = parser.parse(source, {});
  const written = (token: Token) => {
    const [from, to] = token.map ?? [0, 0];
    return lines
      .slice(from, to)
      .map((l) => l.text.trim())
      .join(' ')
      .trim();
  };
  const blocks: PostBlock[] = [];
  const open: Array<{ type: string; info?: string; mark?: string; paragraphs: number; line: number; at: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const line = (token.map?.[0] ?? 0) + 1;
    const at = { line, source: written(token) };
    const quoted = open.some((o) => o.type === 'blockquote');
    const lists = open.filter((o) => o.type === 'bullet_list' || o.type === 'ordered_list').length;
    if (token.nesting === 1 && /^(?:bullet_list|ordered_list|list_item|blockquote)_open$/.test(token.type)) {
      open.push({
        type: token.type.replace(/_open$/, ''),
        info: token.info,
        mark: token.markup,
        paragraphs: 0,
        line,
        at: blocks.length,
      });
      continue;
    }
    if (token.nesting === -1 && /^(?:bullet_list|ordered_list|list_item|blockquote)_close$/.test(token.type)) {
      const closed = open.pop();
      // A numbered entry with no words ("13." alone) keeps its number as text.
      if (closed?.type === 'list_item' && closed.paragraphs === 0 && open.at(-1)?.type === 'ordered_list')
        blocks.splice(closed.at, 0, {
          kind: 'paragraph',
          text: `${closed.info}${closed.mark}`,
          bold: [],
          quoted,
          nested: lists > 1,
          line: closed.line,
          source: `${closed.info}${closed.mark}`,
        });
      continue;
    }
    if (token.type === 'html_block') {
      blocks.push({ kind: 'html', text: token.content.trim(), bold: [], quoted, nested: false, ...at });
      continue;
    }
    if (token.type === 'code_block' || token.type === 'fence') {
      const text = token.content.replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ kind: 'paragraph', text, bold: [], quoted, nested: lists > 1, ...at });
      continue;
    }
    if (token.type !== 'paragraph_open' && token.type !== 'heading_open') continue;
    const inline = tokens[i + 1];
    if (inline?.type !== 'inline') continue;
    const { text, bold } = inlineText(inline);
    if (text.trim() === '') continue;
    const base = { text, bold, quoted, nested: lists > 1, ...at };
    const entry = open.at(-1)?.type === 'list_item' ? open.at(-1)! : undefined;
    const list = entry ? open.at(-2) : undefined;
    if (token.type === 'heading_open') blocks.push({ kind: 'heading', ...base });
    else if (entry && entry.paragraphs++ === 0 && list?.type === 'ordered_list')
      blocks.push({ kind: 'entry', number: entry.info ?? '', mark: entry.mark ?? '.', ...base });
    else if (entry && entry.paragraphs === 1 && list?.type === 'bullet_list') blocks.push({ kind: 'bullet', ...base });
    else blocks.push({ kind: 'paragraph', ...base });
  }
  return blocks;
}

/** The words of an inline run, with where they are bold. */
function inlineText(inline: Token): { text: string; bold: Array<[number, number]> } {
  let text = '';
  const bold: Array<[number, number]> = [];
  let boldFrom: number | undefined;
  let linkTo: string | undefined;
  const children = inline.children ?? [];
  children.forEach((child, k) => {
    // Emphasis inside a word ("**Cllr**s") keeps its marks: without them the word's two parts would run together.
    if (/^(?:strong|em)_(?:open|close)$/.test(child.type) && inWord(text, children[k + 1])) text += child.markup;
    if (child.type === 'text') text += child.content.replace(ORDINAL, '$1$2');
    // Code keeps its backticks, which the archive's Markdown shows as the post did.
    else if (child.type === 'code_inline') text += `${child.markup}${child.content}${child.markup}`;
    // An entity stays as written ("&amp;"), which the archive's Markdown shows as the character.
    else if (child.type === 'text_special') text += child.info === 'entity' ? child.markup : child.content;
    // Raw HTML in a sentence is kept as text: the archive shows it, never runs it.
    else if (child.type === 'html_inline') text += child.content;
    else if (child.type === 'softbreak') text += ' ';
    else if (child.type === 'hardbreak') text += '\n';
    else if (child.type === 'strong_open') boldFrom = text.length;
    else if (child.type === 'strong_close' && boldFrom !== undefined) {
      if (text.length > boldFrom) bold.push([boldFrom, text.length]);
      boldFrom = undefined;
    } else if (child.type === 'link_close' && linkTo !== undefined) {
      // A link's address is kept after its words: nothing of the post is lost.
      if (!text.endsWith(linkTo)) text += ` (${linkTo})`;
      linkTo = undefined;
    } else if (child.type === 'link_open') linkTo = child.attrGet('href') ?? undefined;
    else if (child.type === 'image') text += `${child.content} (${child.attrGet('src') ?? ''})`;
  });
  return { text, bold };
}

/** A mark between a letter or digit and another: inside a word. */
function inWord(before: string, next: Token | undefined): boolean {
  return /[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}]/u.test(next?.content ?? '');
}

/**
 * The bold text from `from` (after spaces) to the end of its bold run, when the run starts there or
 * before ("**1. Apologies** None": from the title, after the number in the same bold); undefined when
 * the text there is not bold.
 */
export function boldAt(block: PostBlock, from: number): string | undefined {
  let at = from;
  while (at < block.text.length && /\s/.test(block.text[at]!)) at++;
  const run = block.bold.find(([start, end]) => start <= at && at < end);
  return run ? block.text.slice(at, run[1]) : undefined;
}

/** All of the block's words are in bold. */
export function isAllBold(block: PostBlock): boolean {
  const plain = [...block.text].map((c, i) => (block.bold.some(([s, e]) => i >= s && i < e) ? '' : c)).join('');
  return block.bold.length > 0 && plain.trim() === '';
}
