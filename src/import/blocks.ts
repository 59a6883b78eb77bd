import type { Block } from './minutes.ts';
import { sentenceStarts, splitAtDecisionMarkedAfter, splitAtSentenceDecision } from './sentence-decisions.ts';
import { markWelshDecision } from './welsh-decisions.ts';
import { splitAtNarrativeDecision } from './narrative-decisions.ts';
import { trimEndWhile } from '../text/linear-text.ts';
import { MINUTE_REFERENCE, readDecisionHead } from '../load/decision-forms.ts';

/** Bullet characters of web pages and of Word and PDF text (U+F0B7 is Symbol font's bullet). */
export const BULLET = /^[·•\uf0b7▪●◦‣⁃∙]\s*|^[-*]\s+/;

const BARE_RESOLVED = /^(?:RESOLVED|RESOLVED THAT|AGREED|DECIDED|And Resolved)\s*(?:[:\-–]\s*)?$/i;
const NUMBERED = /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s/i;

/** Runs of spaces (double spaces after full stops, indents) become one. */
const tidySpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Adds a line of text to the blocks: a bullet starts a list entry, anything else a paragraph. */
export class BlockBuilder {
  readonly blocks: Block[] = [];

  paragraph(text: string): void {
    const clean = tidySpaces(text);
    if (clean !== '') this.blocks.push({ kind: 'paragraph', text: clean });
  }

  bullet(text: string): void {
    const clean = tidySpaces(text);
    if (clean === '') return;
    const last = this.blocks.at(-1);
    if (last?.kind === 'list') last.items.push(clean);
    else this.blocks.push({ kind: 'list', items: [clean] });
  }

  /** A line that is a bullet or a paragraph, as its first character says. */
  line(text: string): void {
    const bullet = BULLET.exec(text.trim());
    if (bullet) this.bullet(text.trim().slice(bullet[0].length));
    else this.paragraph(text);
  }

  /** Adds text to the end of the last block (a paragraph or the last bullet). */
  continueLast(text: string): void {
    const last = this.blocks.at(-1);
    if (last?.kind === 'action' || last?.kind === 'table') return this.paragraph(text);
    if (!last) return this.paragraph(text);
    if (last.kind === 'paragraph') last.text = tidySpaces(`${last.text} ${text}`);
    else last.items[last.items.length - 1] = tidySpaces(`${last.items.at(-1)} ${text}`);
  }
}

/**
 * A paragraph that is only "RESOLVED:" takes the paragraph after it as its
 * text ("RESOLVED: That the report be noted."), unless a numbered list of
 * sub-decisions follows, which the archive reads as belonging to it anyway.
 */
export function joinBareResolutions(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if (
      block.kind === 'paragraph' &&
      BARE_RESOLVED.test(block.text) &&
      next?.kind === 'paragraph' &&
      !NUMBERED.test(next.text)
    ) {
      const word = trimEndWhile(block.text, (c) => /[\s:\-–]/.test(c));
      out.push({ kind: 'paragraph', text: `${word}: ${next.text}` });
      i++;
    } else out.push(block);
  }
  return out;
}

/** "That the report be noted." as the plain text of a block, for counting words. */
export function blockText(block: Block): string {
  if (block.kind === 'action') return block.owner;
  if (block.kind === 'table') return [...(block.header ?? []), ...block.rows.flat()].filter(Boolean).join(' ');
  return block.kind === 'paragraph' ? block.text : block.items.join(' ');
}

/**
 * "RESOLVED - That …", "Resolved that …", "3. RESOLVED that …", "AGREED that …", "5xi) RESOLVED that …": the
 * word, a dash or nothing, then the decision.
 */
const DECISION_WITHOUT_COLON = new RegExp(
  String.raw`^((?:(?:${MINUTE_REFERENCE}|\d{1,3}[.)]|\([a-z0-9]{1,4}\))\s+)?)` +
    /(RESOLVED|Resolved|AGREED|Agreed|DECIDED)(?:\s*[-–—]\s*|\s+)(?=(?:that|That|THAT|to|To|TO)\b)/.source,
);
/**
 * "It was RESOLVED that …", "It was unanimously agreed to …", "It was proposed by …, seconded by … and agreed
 * that …", "On the proposal of …, seconded by …, it was agreed to …", perhaps after the paragraph's own point,
 * "ii)", or the minute it follows up, "4.11i)".
 */
const DECISION_AFTER_LEAD_IN = new RegExp(
  String.raw`^((?:(?:${MINUTE_REFERENCE}|\(?(?:[ivx]{1,5}|[a-z]|\d{1,2})\))\s+)?` +
    String.raw`(?:(?:The\s+)?(?:Committee|Council|Councillors|Members|Panel|Board|Cabinet|Sub-Committee|Meeting)\s+(?:unanimously\s+)?|It was\s+(?:(?:unanimously|further|therefore|also|then)\s+)?|It was (?:proposed|moved) by [^:]{1,200}?\s(?:and\s+)?(?:(?:unanimously|duly)\s+)?|On the (?:proposal|motion) of\s[^:]{1,200}?,\s*it was\s+(?:unanimously\s+)?))` +
    // "… seconded by … and unanimously agreed, that …": the colon takes the comma's place.
    String.raw`(RESOLVED|resolved|Resolved|AGREED|agreed|Agreed|DECIDED|decided),?\s+(?=(?:that|to)\b)`,
  'i',
);

/**
 * Councils write decisions as "RESOLVED - That …", "RESOLVED that …", "It
 * was agreed that …"; the archive knows a decision by the colon after the
 * word ("RESOLVED:", "It was agreed: that …"). The colon is the only change:
 * no word is added or removed.
 */
export function markDecisions(blocks: Block[]): Block[] {
  return withAnnouncedPoints(
    splitAtDecisions(blocks).flatMap((block): Block[] =>
      block.kind === 'paragraph' ? markParagraph(block.text).map((text) => ({ kind: 'paragraph', text })) : [block],
    ),
  );
}

/** A point of a resolution, "i) Approve …", "(b) Note …", "2. Defer …". */
const POINT = /^\(?(?:[ivx]{1,5}|[a-z]|\d{1,2})[.)]\s+\S/;

/**
 * "Committee resolved to:" over its points ("i) Approve the proposals …", "ii) Note the details …"): the decision
 * is the points, so they join its paragraph, in order and word for word; read apart, the decision would be "to:".
 */
function withAnnouncedPoints(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    out.push(block);
    if (block.kind !== 'paragraph' || !/^(?:to|that)\s*:$/i.test(readDecisionHead(block.text, block.text)?.rest ?? ''))
      continue;
    const points: string[] = [];
    for (let next = blocks[i + 1]; next?.kind === 'paragraph' && POINT.test(next.text); next = blocks[i + 1]) {
      points.push(next.text);
      i++;
    }
    if (points.length > 0) out[out.length - 1] = { kind: 'paragraph', text: [block.text, ...points].join(' ') };
  }
  return out;
}

/** A paragraph with its decision marked: still one paragraph, or several when the decision is inside a sentence. */
function markParagraph(text: string, part = false): string[] {
  const welsh = markWelshDecision(text);
  if (welsh) return [welsh];
  const narrative = splitAtNarrativeDecision(text);
  const fromStart = markedFromStart(text);
  // A paragraph read whole from its start stays whole, unless a later sentence may hold another decision.
  if (narrative && (narrative.before || !fromStart || ANY_DECISION_WORD.test(narrative.after)))
    return [
      ...(narrative.before ? markParagraph(narrative.before, true) : []),
      narrative.decision,
      ...(narrative.after ? markParagraph(narrative.after, true) : []),
    ];
  // A part of a paragraph split above is not read whole as one decision when it holds a second word of deciding
  // ("Resolved to pay the fees Also resolved to pay …", lines run together): left as text, it is doubted.
  if (fromStart && !runsOnIntoAnother(text, part)) return [fromStart];
  const split = splitAtSentenceDecision(text);
  if (split)
    // What follows the decision's sentence is a paragraph of its own now, read as any other ("It was agreed to …").
    return [
      ...(split.before ? [split.before] : []),
      split.decision,
      ...(split.after ? markParagraph(split.after) : []),
    ];
  // A decision marked after its words needs no mark: its sentences only become a paragraph of their own.
  const after = splitAtDecisionMarkedAfter(text);
  if (!after) return [text];
  return [...(after.before ? [after.before] : []), after.decision, ...(after.after ? markParagraph(after.after) : [])];
}

/**
 * A decision read from its paragraph's start that may hold another: in a part of a split paragraph, a second word
 * of deciding ("Resolved to pay the fees and resolved to pay …"); in a whole paragraph, a second "resolved" or
 * "decided" before its first full stop, as lines printed without full stops run decisions together ("Councillors
 * resolved to donate £65 a letter … was read, after discussion, the Councillors resolved not to support it").
 * Left as text, it is doubted. A decision in capitals ("RESOLVED that …") is the minutes' own mark, and read whole.
 */
function runsOnIntoAnother(text: string, part: boolean): boolean {
  if (part) return (text.match(ANY_DECISION_WORDS) ?? []).length > 1;
  if (/^(?:\S+\s+)?(?:It was\s+)?(?:RESOLVED|AGREED|DECIDED)\b/.test(text)) return false;
  const first = text.slice(0, sentenceStarts(text)[0] ?? text.length);
  return (first.match(/\b(?:resolved|decided)\b/g) ?? []).length > 1;
}

/** Any word of deciding, in any case: a sentence that may hold a decision of its own. */
const ANY_DECISION_WORD = /\b(?:resolved|agreed|decided)\b/i;
const ANY_DECISION_WORDS = new RegExp(ANY_DECISION_WORD.source, 'gi');

/** The paragraph with its decision marked, when it opens with one in a form read from its start ("Resolved that …"). */
function markedFromStart(text: string): string | undefined {
  if (DECISION_WITHOUT_COLON.test(text)) return text.replace(DECISION_WITHOUT_COLON, '$1$2: ');
  const leadIn = DECISION_AFTER_LEAD_IN.exec(text);
  // The lead-in is one sentence: "Cllr. J. Davies" has full stops, "… were noted. It was" ends one.
  if (leadIn && !/(?:^|\s)[a-z]{3,}[.!?]\s/.test(leadIn[1]!)) return text.replace(DECISION_AFTER_LEAD_IN, '$1$2: ');
  return undefined;
}

/**
 * "Cllrs Ives and Ellis. Committee resolved to note the apologies.": the decision's sentence starts a paragraph of
 * its own, as does one where the council or its members agreed ("… plan ahead. The Councillors agreed that they
 * held no objections …"). So does an arrangement agreed later in a paragraph ("… Respite Care. It was agreed that a Workshop would
 * take place on Wednesday, 5th March"): "It was agreed that …" there is as often a view the meeting shared, but
 * that something take place or be held, or to hold it, is what the meeting decided; and so does "It was decided
 * to …" (no view is "decided"), unless it is to recommend.
 */
const DECISION_SENTENCE =
  /(?<=[a-z)][.!?])\s+(?=(?:The\s+)?(?:Committee|Council|Panel|Board|Cabinet|Sub-Committee|Meeting)\s+(?:unanimously\s+)?(?:RESOLVED|resolved|AGREED)\s+(?:that|to)\b|(?:The\s+)?(?:Council|Councillors|Members)\s+(?:unanimously\s+)?agreed\s+(?:that|to)\b|It was\s+(?:(?:unanimously|further)\s+)?(?:RESOLVED|AGREED)\s+(?:that|to)\b|It was (?:proposed|moved) by [^:]{1,200}?\s(?:agreed|resolved)\s+(?:that|to)\b|It was\s+(?:(?:also|further)\s+)?agreed\s+(?:that\s[^.;:]{1,120}?\s(?:would|will|should)\s+(?:take place|be held)\b|to hold\s)|It was\s+(?:(?:unanimously|also|further)\s+)?decided\s+(?:that|to)\s(?!recommend)|RESOLVED\b)/;

/**
 * "… a deposit being left on a driveway. It was agreed that a polite request via the village Facebook page would
 * best address the issue." with an owner printed beside it in the Action column: the meeting gave someone the
 * agreement to act on, so it decided something; its sentence, the paragraph's last, starts a paragraph of its own.
 * Without an owner the sentence stays text, a view the meeting shared as often as a decision.
 */
const OWNED_AGREEMENT =
  /(?<=[a-z)][.!?])\s+(?=It was\s+(?:(?:unanimously|also|further|therefore|then)\s+)?(?:agreed|decided)\s+(?:that|to)\s(?!recommend)(?:[^.!?]|(?<=(?:^|[\s(])(?:Cllrs?|Mrs?|Ms|Dr|St|No|Nos|\p{Lu}))\.)*[.!?]?["”’)]*$)/u;

function splitAtDecisions(blocks: Block[]): Block[] {
  return blocks.flatMap((block, index): Block[] => {
    if (block.kind !== 'paragraph') return [block];
    const owned = blocks[index + 1]?.kind === 'action';
    return block.text
      .split(DECISION_SENTENCE)
      .flatMap((text, part, parts) => (owned && part === parts.length - 1 ? text.split(OWNED_AGREEMENT) : [text]))
      .map((text) => ({ kind: 'paragraph', text }));
  });
}
