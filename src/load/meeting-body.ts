import type { Decision, Item } from '../model/types.ts';
import type { Diagnostics } from '../model/diagnostics.ts';
import { escapeHtml, imagesFromElsewhere, markdown, plainText, renderTokens, type Token } from '../text/markdown.ts';
import { approvedDates } from './approval-sentence.ts';
import { itemAnchor, readItemHeading } from './item-heading.ts';
import { looksLikeDecision, mentionsResolved, readDecisionHead, withoutHead } from './decision-forms.ts';
import { reportHeadingSlips } from './heading-slips.ts';
import { isSafeLink } from '../text/links.ts';

/** Every form of a decision has one of these words (decision-forms.ts). */
const DECISION_WORD = /resolved|AGREED|DECIDED|cytunwyd|unfrydol/i;
// Each ends in (.*) with the s flag, which never backtracks; what it takes is trimmed where it is used.
const ACTION = /^Action\s*:(.*)$/is;
const CUT_SHORT = /^Cut short\s*:(.*)$/is;
const TOPICS = /^Topics\s*:(.*)$/is;

/** An item as read from the body, with its plain text, before names are resolved and documents attached. */
export type BodyItem = Omit<Item, 'actions' | 'documents' | 'text'> & { text: string; actionOwners: string[] };

export interface MeetingBody {
  preambleHtml: string;
  items: BodyItem[];
  /** Numbers of items whose headings were mistyped (already reported): the gaps they leave are explained. */
  lostNumbers: string[];
}

/** A top-level block of tokens: a paragraph, a list, a heading... */
interface Block {
  tokens: Token[];
  line: number;
}

/**
 * Splits a meeting's Markdown body into its items (`## <number> <title>`),
 * finding each item's decisions, actions, topics and whether it was cut short.
 */
export function readMeetingBody(body: string, bodyLine: number, file: string, diagnostics: Diagnostics): MeetingBody {
  const tokens = markdown.parse(body, {});
  reportDeepNesting(tokens, bodyLine, file, diagnostics);
  reportImagesFromElsewhere(tokens, bodyLine, file, diagnostics);
  const blocks = topLevelBlocks(tokens, bodyLine);
  const preamble: Block[] = [];
  const items: BodyItem[] = [];
  let current: { heading: Block; blocks: Block[] } | undefined;
  const groups: Array<{ heading: Block; blocks: Block[] }> = [];
  for (const block of blocks) {
    const first = block.tokens[0]!;
    if (first.type === 'heading_open' && first.tag === 'h2') {
      current = { heading: block, blocks: [] };
      groups.push(current);
    } else if (current) current.blocks.push(block);
    else preamble.push(block);
  }
  const numbers = groups.map((group) => readItemHeading(group.heading.tokens[1]?.content ?? '').number);
  const lostNumbers = [
    ...reportHeadingSlips(preamble, undefined, numbers[0], file, diagnostics),
    ...groups.flatMap((group, index) =>
      reportHeadingSlips(group.blocks, numbers[index], numbers[index + 1], file, diagnostics),
    ),
  ];
  for (const block of preamble) {
    const text = paragraphText(block);
    if (text === undefined) continue;
    const plain = plainText(block.tokens);
    if (readDecisionHead(text, plain) || looksLikeDecision(plain)) {
      diagnostics.error(
        file,
        { line: block.line, column: 1 },
        'decision-outside-item',
        'this decision (RESOLVED:) is not under any item',
        'Put an item heading such as "## 5. Budget" above it.',
      );
    }
  }
  const problems: ItemProblems = {
    unsafeLink: (line, link) =>
      diagnostics.error(
        file,
        { line, column: 1 },
        'link-unsafe',
        `"Cut short:" names a link the site cannot publish: "${link.slice(0, 60)}"`,
        'Links must start with https://, http://, mailto: or tel:, or be an address within the site.',
      ),
    unknownForm: (line, plain) =>
      diagnostics.error(
        file,
        { line, column: 1 },
        'decision-form-unknown',
        `"${excerpt(plain)}" starts like a decision, but not in a form the archive reads, so it would be missing from the decisions registers, feeds and open data`,
        'Write it "RESOLVED: That …"; docs/content-format.md lists the forms of a decision.',
      ),
    notRead: (line, plain, where) =>
      diagnostics.warning(
        file,
        { line, column: 1 },
        'decision-not-read',
        `"${excerpt(plain)}" ${where}, so it is not counted as a decision`,
        'If it records a decision, start its own paragraph with "RESOLVED: That …"; if not, leave it.',
      ),
    impossibleApproval: (line, written) =>
      diagnostics.error(
        file,
        { line, column: 1 },
        'date-impossible',
        `the item records approving the minutes of a meeting held on ${written}, a date that does not exist`,
        'Check the day and the month in that sentence.',
      ),
  };
  groups.forEach((group, index) => items.push(readItem(group.heading, group.blocks, index + 1, problems)));
  return { preambleHtml: renderTokens(preamble.flatMap((b) => b.tokens)), items, lostNumbers };
}

/** What readItem reports, each with the line of the file. */
interface ItemProblems {
  unsafeLink(line: number, link: string): void;
  unknownForm(line: number, plain: string): void;
  notRead(line: number, plain: string, where: string): void;
  impossibleApproval(line: number, written: string): void;
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 50 ? `${oneLine.slice(0, 49)}…` : oneLine;
}

/**
 * markdown-it stops reading a block nested deeper than its limit (100
 * levels of quotes and lists together) and drops the rest without a word:
 * the text there would be lost from the record.
 */
function reportDeepNesting(tokens: Token[], bodyLine: number, file: string, diagnostics: Diagnostics): void {
  const limit = (markdown.options as { maxNesting?: number }).maxNesting ?? 100;
  let line = 0;
  for (const token of tokens) {
    if (token.map) line = token.map[0];
    if (token.nesting === 1 && token.level >= limit - 1) {
      diagnostics.error(
        file,
        { line: line + bodyLine, column: 1 },
        'nesting-too-deep',
        `the text here is nested ${limit} levels deep (quotes or lists inside each other), deeper than the site can show, so the text beyond this line would be dropped`,
        'Take out the extra ">" marks or list indentation.',
      );
      return;
    }
  }
}

function readItem(heading: Block, blocks: Block[], position: number, problems: ItemProblems): BodyItem {
  const { number, title } = readItemHeading(heading.tokens[1]?.content ?? '');
  const anchor = itemAnchor(number, position);
  const decisions: Decision[] = [];
  const actionOwners: string[] = [];
  const topics: string[] = [];
  let cutShort: { link?: string } | undefined;
  const htmlParts: string[] = [];
  const textTokens: Token[] = [];

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const text = paragraphText(block);
    if (text !== undefined) {
      const directives = text.split('\n');
      if (directives.every((line) => ACTION.test(line) || CUT_SHORT.test(line) || TOPICS.test(line))) {
        for (const line of directives) {
          const action = ACTION.exec(line);
          const cut = CUT_SHORT.exec(line);
          const topic = TOPICS.exec(line);
          if (action && action[1]!.trim()) actionOwners.push(action[1]!.trim());
          const link = cut?.[1]!.trim();
          if (cut) cutShort = link && isSafeLink(link) ? { link } : {};
          if (link && !isSafeLink(link)) problems.unsafeLink(block.line, link);
          if (topic) for (const name of topic[1]!.split(',')) if (name.trim()) topics.push(name.trim());
        }
        continue;
      }
      // Most paragraphs hold no decision: read their plain text only when one may be there.
      const plain = DECISION_WORD.test(text) ? plainText(block.tokens) : '';
      const head = plain ? readDecisionHead(text, plain) : undefined;
      if (head) {
        const parts: Block[] = [block];
        // "RESOLVED:" alone takes the next paragraph as its text, or the list after it ("The following was agreed:").
        if (head.rest === '' && paragraphText(blocks[i + 1]) !== undefined) parts.push(blocks[++i]!);
        else if (head.rest === '' && blocks[i + 1]?.tokens[0]?.type === 'bullet_list_open') parts.push(blocks[++i]!);
        if (blocks[i + 1]?.tokens[0]?.type === 'ordered_list_open') parts.push(blocks[++i]!);
        const { decision, html } = readDecision(parts, anchor, decisions.length + 1, head.form);
        decisions.push(decision);
        htmlParts.push(html);
        for (const part of parts) appendAll(textTokens, part.tokens);
        continue;
      }
      if (plain && looksLikeDecision(plain)) problems.unknownForm(block.line, plain);
      else if (plain && mentionsResolved(plain))
        problems.notRead(block.line, plain, 'has RESOLVED in the middle of a paragraph');
    } else if (block.tokens[0]?.type !== 'heading_open') {
      // A decision inside a list or a quote is not read as one: say so.
      let line = block.line;
      for (const token of block.tokens) {
        if (token.map) line = token.map[0] + block.line - (block.tokens[0]!.map?.[0] ?? 0);
        if (token.type !== 'inline' || !DECISION_WORD.test(token.content)) continue;
        const plain = plainText([token]);
        if (readDecisionHead(token.content, plain) || looksLikeDecision(plain) || mentionsResolved(plain)) {
          problems.notRead(line, plain, 'is inside a list or a quote');
          break;
        }
      }
    }
    htmlParts.push(renderTokens(block.tokens));
    appendAll(textTokens, block.tokens);
  }
  const text = plainText(textTokens);
  return {
    ...(number !== undefined ? { number } : {}),
    ...(title !== undefined ? { title } : {}),
    anchor,
    position,
    html: htmlParts.join(''),
    text,
    decisions,
    actionOwners,
    topics,
    ...(cutShort ? { cutShort } : {}),
    approves: approvedDates(text, (written) => problems.impossibleApproval(heading.line, written)),
    line: heading.line,
  };
}

/** A decision, and its HTML for the item's. */
function readDecision(
  parts: Block[],
  anchor: string,
  index: number,
  form: string,
): { decision: Decision; html: string } {
  const id = `decision-${anchor.replace(/^item-/, '')}-${index}`;
  const tokens = parts.flatMap((p) => p.tokens);
  const list = parts.find((p) => p.tokens[0]?.type === 'ordered_list_open');
  const subDecisions = list ? list.tokens.filter((t) => t.type === 'inline').map((t) => plainText([t])) : [];
  const text = withoutHead(plainText(tokens))
    .replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space))
    .trim();
  const html = `<div class="decision" id="${escapeHtml(id)}"><p class="decision-label">Decision</p>${renderTokens(tokens)}</div>`;
  return { decision: { id, text, parts: subDecisions, form, line: parts[0]!.line }, html };
}

/** The text of a paragraph block, or undefined for any other block. */
function paragraphText(block: Block | undefined): string | undefined {
  if (!block || block.tokens[0]?.type !== 'paragraph_open') return undefined;
  return block.tokens[1]?.content.trim();
}

/** Groups the token stream into top-level blocks, each with its line in the file. */
function topLevelBlocks(tokens: Token[], bodyLine: number): Block[] {
  const blocks: Block[] = [];
  let depth = 0;
  let current: Token[] = [];
  for (const token of tokens) {
    current.push(token);
    depth += token.nesting;
    if (depth === 0) {
      const line = (current[0]!.map?.[0] ?? 0) + bodyLine;
      blocks.push({ tokens: current, line });
      current = [];
    }
  }
  return blocks;
}

/** Appends one list to another without spreading it into arguments: a list of 25,000 entries is more tokens than the call stack takes. */
function appendAll<T>(list: T[], more: T[]): void {
  for (const entry of more) list.push(entry);
}

/** An image from another host is an error: the site would show a request to that host to every reader (or, under its security policy, a broken image). */
export function reportImagesFromElsewhere(
  tokens: Token[],
  bodyLine: number,
  file: string,
  diagnostics: Diagnostics,
): void {
  for (const image of imagesFromElsewhere(tokens)) {
    diagnostics.error(
      file,
      { line: bodyLine + image.line, column: 1 },
      'image-elsewhere',
      `this image is on another site ("${image.src.slice(0, 80)}"), and the site shows only its own images`,
      'Put the image in the site (for example in a folder beside the content) and link it by its path, or link to the page it is on instead.',
    );
  }
}
