import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Measures what an import reproduced of a corpus fixture's hand-written
 * facts (tests/import/corpus/README.md describes them), and lays the
 * result out as a table docs can quote. Nothing here knows how the
 * importer works: it compares the facts it is given.
 */

export interface ExpectedItem {
  number: string | null;
  title: string;
}

export interface ExpectedDecision {
  /** The item's number, or its title when the item has none. */
  item: string;
  opening: string;
}

export interface ExpectedFacts {
  authority: string;
  body: string;
  date: string;
  items: ExpectedItem[];
  decisions: ExpectedDecision[];
  recommendations?: ExpectedDecision[];
  present: string[];
  apologies?: string[];
  actions?: { item: string; owner: string }[];
  notes?: string;
}

export interface Fixture {
  slug: string;
  folder: string;
  source: string;
  expected: ExpectedFacts;
}

/** What an import gave, in the same terms as the expected facts. */
export interface ImportedFacts {
  items: { number?: string; title?: string; decisions: string[]; actions?: string[] }[];
  present: string[];
  apologies: string[];
}

export type Verdict = 'written' | 'refused';

export interface Share {
  right: number;
  of: number;
}

export interface FixtureScore {
  slug: string;
  verdict: Verdict;
  items: Share;
  decisions: Share;
  names: Share;
  /** Owners of an Action column, by item (only where the document has one). */
  actions: Share;
  /** Every item right, in order, and no item more: what a written file must be. */
  everyItemRight: boolean;
  /** The expected decisions the import did not give, as "item: opening" (a written file must give them all). */
  missingDecisions: string[];
  /** The expected names (present, then apologies) the import did not give (a written file must give them all). */
  missingNames: string[];
  /** Recommendations to another body that the import counted as this meeting's decisions. */
  recommendationsAsDecisions: number;
  /** Why the importer refused, in its words (first line). */
  refusal?: string;
}

const SOURCE_NAMES = ['source.html', 'source.htm', 'source.pdf', 'source.txt'];

/** The corpus's fixtures, in the order of their folder names. */
export function loadCorpus(folder: string): Fixture[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((slug) => {
      const dir = path.join(folder, slug);
      const files = readdirSync(dir);
      const source = SOURCE_NAMES.find((name) => files.includes(name));
      if (!source) throw new Error(`${slug} has no source file (one of ${SOURCE_NAMES.join(', ')})`);
      const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as ExpectedFacts;
      return { slug, folder: dir, source: path.join(dir, source), expected };
    });
}

/** Case, accents of quotes and dashes, punctuation and spacing do not count. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}£€%]+/gu, ' ')
    .trim();
}

/** An item number as printed, without a trailing full stop or spaces: "5(a)", "CYP1", "76/24". */
export function normaliseNumber(number: string | null | undefined): string {
  return (number ?? '').trim().replace(/\.$/, '').replace(/\s+/g, '').toLowerCase();
}

const HONORIFICS =
  /^(?:county councillor|councillor|cllr|cyng|cynghorydd|cynghorwyr|mr|mrs|ms|miss|dr|sir|dame|lord|lady|professor|prof|rev|revd)\b\.?\s*/i;

/** A person's name without honorifics, honours or a role in brackets: "Mr R C Love, OBE" → "r c love". */
export function normaliseName(name: string): string {
  let text = name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/,?\s*\b(?:CBE|OBE|MBE|KBE|JP|DL|BEM)\b/g, ' ')
    .trim();
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(HONORIFICS, '').trim();
  }
  return normaliseText(text);
}

/** A surname alone matches a full name ending in it, and initials match the given name they begin. */
export function sameName(a: string, b: string): boolean {
  const x = normaliseName(a).split(' ').filter(Boolean);
  const y = normaliseName(b).split(' ').filter(Boolean);
  if (x.length === 0 || y.length === 0) return false;
  if (x.at(-1) !== y.at(-1)) return false;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  // Given names or initials, where both give them, must agree letter for letter at their start.
  const givenShort = shorter.slice(0, -1);
  const givenLong = longer.slice(0, -1);
  return givenShort.every(
    (part, i) => givenLong[i] === undefined || givenLong[i]!.startsWith(part) || part.startsWith(givenLong[i]!),
  );
}

/** The expected entries no imported entry stands for; each imported entry stands for one at most. */
function unmatched<E, I>(expected: E[], imported: I[], matches: (e: E, i: I) => boolean): E[] {
  const used = new Set<number>();
  return expected.filter((e) => {
    const index = imported.findIndex((candidate, k) => !used.has(k) && matches(e, candidate));
    if (index >= 0) used.add(index);
    return index < 0;
  });
}

/** Takes each expected entry at most once: `matches` says whether an imported entry stands for it. */
function countMatched<E, I>(expected: E[], imported: I[], matches: (e: E, i: I) => boolean): number {
  return expected.length - unmatched(expected, imported, matches).length;
}

const sameItem = (e: ExpectedItem, i: { number?: string; title?: string }) =>
  normaliseNumber(e.number) === normaliseNumber(i.number) && normaliseText(e.title) === normaliseText(i.title ?? '');

/** The opening words, without a leading "that", so "RESOLVED – That…" and "RESOLVED that…" read alike. */
const opening = (text: string) => normaliseText(text).replace(/^that /, '');

function itemKey(item: { number?: string | null; title?: string }): string[] {
  const keys = [normaliseText(item.title ?? '')];
  if (item.number) keys.unshift(normaliseNumber(item.number));
  return keys;
}

/** The decisions of the imported item(s) an expected decision names, each with an id unique in the import. */
function decisionsOf(imported: ImportedFacts, item: string): { id: string; text: string }[] {
  const key = normaliseNumber(item);
  const title = normaliseText(item);
  return imported.items.flatMap((i, k) =>
    itemKey(i).includes(key) || itemKey(i).includes(title)
      ? i.decisions.map((text, n) => ({ id: `${k}/${n}`, text }))
      : [],
  );
}

/** The decision's text holds the expected opening words (a decision's text may begin with its lead-in). */
function opensWith(text: string, wanted: ExpectedDecision): boolean {
  return opening(text).includes(opening(wanted.opening));
}

/** How much of a fixture's facts an import reproduced. */
export function scoreFixture(
  fixture: Fixture,
  verdict: Verdict,
  imported: ImportedFacts | undefined,
  refusal?: string,
): FixtureScore {
  const e = fixture.expected;
  const apologies = e.apologies ?? [];
  const got: ImportedFacts = imported ?? { items: [], present: [], apologies: [] };

  const itemsRight = countMatched(e.items, got.items, sameItem);
  const everyItemRight =
    got.items.length === e.items.length && e.items.every((item, k) => sameItem(item, got.items[k]!));

  // Each imported decision stands for one expected decision at most: two alike resolutions need two.
  const taken = new Set<string>();
  const missingDecisions: string[] = [];
  for (const decision of e.decisions) {
    const found = decisionsOf(got, decision.item).find((d) => !taken.has(d.id) && opensWith(d.text, decision));
    if (found) taken.add(found.id);
    else missingDecisions.push(`${decision.item}: ${decision.opening}`);
  }
  const recommendationsAsDecisions = (e.recommendations ?? []).filter((r) =>
    decisionsOf(got, r.item).some((d) => opensWith(d.text, r)),
  ).length;

  const missingNames = [
    ...unmatched(e.present, got.present, sameName),
    ...unmatched(apologies, got.apologies, sameName),
  ];

  const expectedActions = e.actions ?? [];
  const importedActions = got.items.flatMap((i) => (i.actions ?? []).map((owner) => ({ item: i, owner })));
  const actionsRight = countMatched(
    expectedActions,
    importedActions,
    (a, b) => itemKey(b.item).includes(normaliseNumber(a.item)) && normaliseText(a.owner) === normaliseText(b.owner),
  );

  return {
    slug: fixture.slug,
    verdict,
    items: { right: itemsRight, of: e.items.length },
    decisions: { right: e.decisions.length - missingDecisions.length, of: e.decisions.length },
    names: {
      right: e.present.length + apologies.length - missingNames.length,
      of: e.present.length + apologies.length,
    },
    actions: { right: actionsRight, of: expectedActions.length },
    everyItemRight,
    missingDecisions,
    missingNames,
    recommendationsAsDecisions,
    ...(refusal !== undefined ? { refusal: refusal.split('\n')[0] } : {}),
  };
}

const add = (a: Share, b: Share): Share => ({ right: a.right + b.right, of: a.of + b.of });

export function totals(scores: FixtureScore[]): {
  items: Share;
  decisions: Share;
  names: Share;
  actions: Share;
  written: number;
  refused: number;
} {
  const zero = { right: 0, of: 0 };
  return {
    items: scores.reduce((sum, s) => add(sum, s.items), zero),
    decisions: scores.reduce((sum, s) => add(sum, s.decisions), zero),
    names: scores.reduce((sum, s) => add(sum, s.names), zero),
    actions: scores.reduce((sum, s) => add(sum, s.actions), zero),
    written: scores.filter((s) => s.verdict === 'written').length,
    refused: scores.filter((s) => s.verdict === 'refused').length,
  };
}

/** The share as a fraction (1 when there was nothing to find). */
export function fraction(share: Share): number {
  return share.of === 0 ? 1 : share.right / share.of;
}

function cell(share: Share): string {
  if (share.of === 0) return '–';
  return `${share.right}/${share.of} (${Math.round((100 * share.right) / share.of)}%)`;
}

/**
 * The scores as a Markdown table, one row a fixture and a total row, in
 * the fixtures' order: the same scores always give the same text.
 */
export function scoreTable(scores: FixtureScore[]): string {
  const lines = [
    '| fixture | verdict | items | decisions | names | actions |',
    '| --- | --- | --- | --- | --- | --- |',
    ...scores.map(
      (s) =>
        `| ${s.slug} | ${s.verdict} | ${cell(s.items)} | ${cell(s.decisions)} | ${cell(s.names)} | ${cell(s.actions)} |`,
    ),
  ];
  const t = totals(scores);
  lines.push(
    `| **all ${scores.length}** | ${t.written} written, ${t.refused} refused | ${cell(t.items)} | ${cell(t.decisions)} | ${cell(t.names)} | ${cell(t.actions)} |`,
  );
  return `${lines.join('\n')}\n`;
}
