import { readNames } from './attendance.ts';
import type { Block, ImportedItem, ImportedPerson } from './minutes.ts';

const HONORIFIC = '(?:Councillor|Cllr\\.?|Mr|Mrs|Ms|Miss|Dr|Mx|Sir|Dame|Professor)';
/**
 * The sentences minutes record apologies in: "Apologies for absence were
 * received from Councillors X and Y", "Apologies received from Cllrs. X and
 * Y", "The Clerk reported apologies from Mr A, Mrs B and Mr C". The list runs
 * to the full stop that ends a word (an initial's full stop, "R.", and a
 * title's, "Cllrs.", "Mrs.", do not end it), or to the paragraph's end where
 * the sentence is the whole paragraph and was printed without one. "No
 * apologies had been received from …" contradicts itself, and is not read.
 */
const APOLOGY_SENTENCE =
  /\b(?<!\bno\s+)(?:(?:apologies|an\s+apology)(?:\s+for\s+absence)?\s+(?:(?:were|had\s+been|have\s+been|was)\s+)?(?:received|reported|given|submitted|tendered|noted)\s+from|reported\s+apologies(?:\s+for\s+absence)?\s+from|apologies(?:\s+for\s+absence)?\s+from)\s+(.+?)(?:(?<=\p{Ll}{2})(?<!\b(?:Cllrs?|Mrs))\.(?:\s|$)|\.?$)/iu;

/** "Councillors", "County Councillors", "Cllrs.": the list that follows names members. */
const COUNCILLORS = /^(?:County\s+)?(?:Councillors|Cllrs\.?)\s+/i;

const WORD = "\\p{Lu}[\\p{L}'’.-]*";
/** A name of one to four capitalised words, after "Councillors": "Logan", "Alun Davies". */
const NAME = new RegExp(`^${WORD}(?:\\s+${WORD}){0,3}$`, 'u');
/** A title and a name: "Mr R Love", "Miss Carey". */
const TITLED_NAME = new RegExp(`^${HONORIFIC}\\s+${WORD}(?:\\s+${WORD}){0,3}$`, 'u');
/** A given name and a surname without a title: "Dylan Jeffrey" (one word alone, "Director", may be a post). */
const FULL_NAME = new RegExp(`^${WORD}(?:\\s+${WORD}){1,3}$`, 'u');
/** Honours after a name: "Mr R Love OBE". */
const TRAILING_HONOURS = /,?\s+(?:OBE|MBE|CBE|KBE|DBE|JP|DL|BEM)$/;

/** Words that name a post or a body, not a member: "Police Scotland CPO", "the Clerk", "PCSO Jones". */
const POST_OR_BODY = /\b(?:Police|PCSO|CPO|Constable|Sergeant|Inspector|Clerk|Officer|Council|Association|Ltd)\b/;

/**
 * A name followed by the initials the minutes use for the member, "Isabel
 * Kellie (IK)", and a body in braces, "Jim Fullarton {SBC} (JF)": the name,
 * with the body as a role in brackets as attendance lists write it.
 */
function withoutInitials(part: string): string {
  const match = /^(.*?)\s*\((\p{Lu}{2,4})\)$/u.exec(part);
  const name = match && initialsOf(match[1]!.replace(/\s*\{[^}]*\}/, '')) === match[2] ? match[1]! : part;
  return name.replace(/\s*\{([^}]*)\}/, ' ($1)');
}

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/** The same in Welsh minutes: "Derbyniwyd ymddiheuriadau gan y Cynghorwyr X, Y ac Z." (apologies were received from Councillors …). */
const WELSH_APOLOGY_SENTENCE =
  /\bDerbyniwyd\s+ymddiheuriadau\s+gan\s+(?:y\s+)?Cynghorwyr\s+(.+?)(?<=\p{Ll}{2})\.(?:\s|$)/iu;

/**
 * Apologies written as a sentence in the minutes' text, when no "Apologies:"
 * list gave them. A list is taken only when every name in it is a member's,
 * as the minutes mark them ("Councillors X and Y", or a title before each
 * name): "the Clerk, Cathy Fleet" leaves the sentence as text, unread.
 */
export function apologiesFromSentences(preamble: Block[], items: ImportedItem[]): ImportedPerson[] | undefined {
  const blocks = [...preamble, ...items.flatMap((i) => i.blocks)];
  const listed = apologiesListed(blocks) ?? apologiesUnderTheirHeading(items);
  const own = blocks.flatMap((block) => (block.kind === 'paragraph' ? ownApology(block.text) : []));
  if (!listed && own.length === 0) return undefined;
  return [...(listed ?? []), ...own];
}

/**
 * A member's own apologies, told as a paragraph of its own: "Cllr Jones sent
 * his apologies.", "Ms Grehan had given her formal apologies but was attending
 * the meeting virtually" (in England a member who joins remotely is not
 * present in law, so gives apologies; the sentence stays in the minutes). Any
 * other clause ("… but arrived at 7.45pm", "… for lateness") may undo the
 * absence, and leaves the sentence unread, so doubted.
 */
const OWN_APOLOGY = new RegExp(
  `^(${HONORIFIC}\\s+${WORD}(?:\\s+${WORD}){0,3}?)\\s+(?:had\\s+)?(?:given|gave|sent|tendered|submitted)\\s+(?:his|her|their)\\s+(?:formal\\s+)?apologies(?:\\s+for\\s+absence)?` +
    `(?:\\s+but\\s+(?:was|were)\\s+(?:attending|present|joining)(?:\\s+the\\s+meeting)?\\s+(?:virtually|remotely|online))?\\.?$`,
  'u',
);

function ownApology(paragraph: string): ImportedPerson[] {
  const match = OWN_APOLOGY.exec(paragraph.replace(/\s+/g, ' ').trim());
  return match ? readNames(match[1]!) : [];
}

/**
 * "52. Apologies for Absence" / "Cllrs Ives, Ward and Ellis.", "1. To receive apologies for absence" /
 * "Councillor Paula Kellingray and Councillor Tom Foy.": an item titled as the apologies whose text opens with a
 * paragraph that is only members' names, marked as members ("Councillors", "Cllrs", or a title before each name).
 * "None received", "The Clerk, Mr Smith" or a sentence ("Cllr Lee, who was unwell") leave it unread, as text.
 */
export const APOLOGIES_TITLE =
  /^(?:To\s+receive\s+(?:and\s+accept\s+)?)?apologies(?:\s+for\s+absence)?(?:\s+received)?\.?$/i;
const TITLED = `${HONORIFIC}\\s+${WORD}(?:\\s+${WORD}){0,3}?`;
/** Only names, each with its title: "Councillor Paula Kellingray and Councillor Tom Foy". */
const TITLED_NAMES = new RegExp(`^${TITLED}(?:(?:,\\s*|\\s+and\\s+)${TITLED})*$`, 'u');

function apologiesUnderTheirHeading(items: ImportedItem[]): ImportedPerson[] | undefined {
  const item = items.find((i) => APOLOGIES_TITLE.test(i.title?.trim() ?? ''));
  const first = item?.blocks[0];
  if (first?.kind !== 'paragraph') return undefined;
  const list = first.text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  const onlyNames = COUNCILLORS.test(list) ? !/[.;:]/.test(list.replace(COUNCILLORS, '')) : TITLED_NAMES.test(list);
  return onlyNames ? membersIn(list) : undefined;
}

/** The first sentence that lists the apologies, read when every name in it is a member's. */
function apologiesListed(blocks: Block[]): ImportedPerson[] | undefined {
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const text = block.text.replace(/\s+/g, ' ');
    const welsh = WELSH_APOLOGY_SENTENCE.exec(text);
    const match = welsh ?? APOLOGY_SENTENCE.exec(text);
    if (!match) continue;
    // "… and Nancy Sayer who was substituted by Roxanne Hills": the clause after the last name is not a name.
    match[1] = match[1]!.replace(/\s+(?:who|whose)\s+.*$/, '');
    // Welsh lists end "… ac Andrew Thomas" or "… a Peter Harries": read as " and ".
    const list = welsh
      ? `Councillors ${match[1]!.trim().replace(/\s+(?:ac|a)\s+(?=\p{Lu})/gu, ' and ')}`
      : match[1]!.trim();
    // "… and the Clerk, Cathy Fleet": the officer named last, after the post, sent the officer's apologies.
    const officer = welsh ? undefined : officerNamedLast(list);
    const members = membersIn(officer?.members ?? list);
    if (!members) continue;
    return officer ? [...members, officer.officer] : members;
  }
  return undefined;
}

/** "… and the Clerk, Cathy Fleet", "… and the Clerk (Cathy Fleet)": the post, then the officer's name, at the list's end. */
const OFFICER_LAST =
  /\s+and\s+the\s+((?:(?:Parish|Town|Deputy|Assistant|Locum|Proper)\s+)?(?:Clerk|Officer|RFO|Responsible Financial Officer))(?:,\s*|\s*\()(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\)?$/u;

/**
 * "Cllr David Rogers and the Clerk, Cathy Fleet": the list's last part, after
 * "and", is a post with the officer's name set off after it, so the name is
 * the officer's and the apologies are the officer's. Read only there: "Mr A,
 * the Clerk and Cathy Fleet" may be three people, and stays unread. The
 * officer, with the post as role, and the list before.
 */
function officerNamedLast(list: string): { officer: ImportedPerson; members: string } | undefined {
  const match = OFFICER_LAST.exec(list);
  if (!match || match[0].includes('(') !== match[0].endsWith(')')) return undefined;
  const role = match[1]!;
  return {
    officer: { name: match[2]!, role: role[0]!.toUpperCase() + role.slice(1) },
    members: list.slice(0, match.index),
  };
}

/** The people of a list of apologies, when every name in it is a member's as the minutes mark them. */
function membersIn(list: string): ImportedPerson[] | undefined {
  const named = list
    .replace(COUNCILLORS, '')
    // "Councillors P Moran & R Healey": an ampersand joins the last two names as "and" does.
    .split(/,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/)
    .map((p) => withoutInitials(p.trim()));
  // "… and Police Scotland CPO": an officer or a body named last is no member; the sentence keeps it.
  if (named.length > 1 && /^\p{Lu}/u.test(named.at(-1)!) && POST_OR_BODY.test(named.at(-1)!)) named.pop();
  const parts = named.map((p) => p.replace(TRAILING_HONOURS, ''));
  const bare = parts.map((p) => p.replace(/\s+\(\p{Lu}{2,6}\)$/u, ''));
  const allMembers = COUNCILLORS.test(list)
    ? bare.every((p) => NAME.test(p))
    : bare.every((p) => TITLED_NAME.test(p) || FULL_NAME.test(p));
  if (!allMembers) return undefined;
  // Honours become the name's note, as in the "Present:" lists: "R Love, OBE".
  return readNames(
    (COUNCILLORS.test(list) ? 'Councillors ' : '') +
      named.join(' and ').replace(/,?\s+(OBE|MBE|CBE|KBE|DBE|JP|DL|BEM)\b/g, ', $1'),
  );
}
