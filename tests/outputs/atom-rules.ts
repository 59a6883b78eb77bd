import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ATOM = 'http://www.w3.org/2005/Atom';
// RFC 3339 date-time, as RFC 4287 section 3.3 requires.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Node = Record<string, unknown>;

const list = (value: unknown): Node[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]) as Node[];
const text = (value: unknown): string =>
  typeof value === 'object' && value !== null ? String((value as Node)['#text'] ?? '') : String(value ?? '');

/**
 * Checks a document against the rules of RFC 4287 that a consumer relies on,
 * and returns every problem found (an empty list when the feed is valid).
 */
export function atomProblems(xml: string): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name),
  }).parse(xml) as Node;
  const feed = doc.feed as Node | undefined;
  const problems: string[] = [];
  if (!feed) return ['the root element is not <feed>'];
  if (feed['@xmlns'] !== ATOM) problems.push(`<feed> is not in the Atom namespace (${String(feed['@xmlns'])})`);

  const checkCommon = (node: Node, where: string) => {
    for (const name of ['id', 'title', 'updated']) {
      const values = list(node[name]);
      if (values.length !== 1) problems.push(`${where} must have exactly one <${name}> (has ${values.length})`);
    }
    const id = text(node.id);
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) problems.push(`${where} <id> is not an absolute IRI: ${id}`);
    const updated = text(node.updated);
    if (!DATE_TIME.test(updated)) problems.push(`${where} <updated> is not an RFC 3339 date-time: ${updated}`);
    const alternates = list(node.link).filter((l) => (l['@rel'] ?? 'alternate') === 'alternate');
    const keys = alternates.map((l) => `${String(l['@type'])}|${String(l['@hreflang'])}`);
    if (new Set(keys).size !== keys.length)
      problems.push(`${where} has two alternate links with the same type and hreflang`);
    for (const link of list(node.link)) if (!link['@href']) problems.push(`${where} has a <link> without href`);
    for (const author of list(node.author))
      if (!text(author.name)) problems.push(`${where} has an <author> without <name>`);
  };

  checkCommon(feed, 'the feed');
  const entries = list(feed.entry);
  if (list(feed.author).length === 0 && entries.some((e) => list(e.author).length === 0)) {
    problems.push('the feed has no <author>, and not every entry has one');
  }
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    checkCommon(entry, where);
    const id = text(entry.id);
    if (ids.has(id)) problems.push(`${where} repeats the id ${id}`);
    ids.add(id);
    const content = entry.content as Node | undefined;
    const hasAlternate = list(entry.link).some((l) => (l['@rel'] ?? 'alternate') === 'alternate');
    if (!content && !hasAlternate) problems.push(`${where} has neither <content> nor an alternate link`);
    if (content && typeof content === 'object' && content['@src'] && !entry.summary)
      problems.push(`${where} has out-of-line content but no <summary>`);
    if (entry.published !== undefined && !DATE_TIME.test(text(entry.published)))
      problems.push(`${where} <published> is not an RFC 3339 date-time`);
  });
  return problems;
}

export function parseFeed(xml: string): Node {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name),
  }).parse(xml) as Node;
}
