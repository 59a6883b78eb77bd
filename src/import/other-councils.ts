import { APOLOGIES_TITLE } from './apology-sentences.ts';
import { splitNames } from './attendance.ts';
import type { ImportedMinutes, ImportedPerson } from './minutes.ts';

/**
 * Councillors of another council in a parish's list of apologies. An English parish council's minutes often
 * note the apologies of its district or county councillor beside its own members', marked by that council's
 * initials or by the tier's title: "A Hart EDC and M Ives", "Alan Hart, EDC", "B Lowe (NYCC)", "C Mount, County
 * Councillor", "County Councillor Ann Reid". A principal council's councillors are no members of a parish
 * council: such a person goes under others, with the mark as role. Where the list marks who is not a member,
 * the names it leaves unmarked are the members'.
 *
 * Read only at a parish (or village) council whose name the minutes' title gives ("Milburn Parish Council"), so
 * that its own initials ("MPC") are never taken for another's, and only where every part of the list is a name,
 * with or without such a mark. Not at a community or town council: in Wales and Scotland a county or ward
 * councillor may be a member of the community council too ("Councillors …, Andrew Thomas and County Councillor
 * Joseph Davies" present, "Helen Laing (SBC)"), so the mark does not tell. Anything else is left to the doubts,
 * as a list not read.
 */

/** A council's initials: three to five capitals, the last the C of "Council" ("EDC", "NYCC", "SBC"). */
const COUNCIL_INITIALS = /^\(?(\p{Lu}{2,4}C)\)?$/u;
/** A councillor of a tier of local government, written after the name: "County Councillor", "(District Cllr)". */
const TIER_TITLE = /^\(?((?:County|District|Borough|City|Unitary)\s+(?:Councillor|Cllr\.?))\)?$/i;
/** The same title before the name: "County Councillor A Hart". */
const TIER_BEFORE = /^((?:County|District|Borough|City|Unitary)\s+(?:Councillor|Cllr\.?))\s+(?=\p{Lu})/iu;
/**
 * One person's name: perhaps a title, then initials or given names and a surname, each word an initial or
 * written in small letters after its capital ("A Hart", "Alan Reid-McConnell"), never in capitals ("PCSO Lee").
 */
const NAME =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\.?\s+)?(?:\p{Lu}(?:\.|[\p{Ll}'’-][\p{L}'’-]*)?\s+){1,3}\p{Lu}[\p{Ll}'’-][\p{L}'’-]*$/u;
/** Words of a post or a body, never of a member's name: "Police Scotland", "Parish Clerk", "Town Councillor". */
const POST_OR_BODY =
  /\b(?:Police|Constable|Sergeant|Inspector|Clerk|Officer|Council|Councillors?|Cllrs?|Association|Society|Group|Ltd)\b/;
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\.?\s+/;
/** Honours written after a name, which end as initials do ("OBE"), never a council's. */
const HONOURS = /^(?:OBE|MBE|CBE|KBE|DBE|JP|DL|KC|QC|BEM)$/;

/**
 * "Milburn Parish Council A.G.M." → its initials, "MPC"; undefined where the minutes are not a parish's or a
 * village's council named by its place ("Full Council", a committee, "Ashby Community Council").
 */
export function parishInitials(boardName: string | undefined): string | undefined {
  const match = /^((?:\p{Lu}[\p{L}'’-]*\s+){1,4})(Parish|Village)\s+Council\b/u.exec(boardName?.trim() ?? '');
  if (!match) return undefined;
  return `${match[1]!}${match[2]!} Council`
    .split(/\s+/)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** The mark of another council's councillor, as written, or undefined where the words are none (or this council's own). */
function otherCouncilMark(words: string, own: string): string | undefined {
  const initials = COUNCIL_INITIALS.exec(words.trim());
  if (initials) return initials[1] !== own && !HONOURS.test(initials[1]!) ? initials[1] : undefined;
  return TIER_TITLE.exec(words.trim())?.[1];
}

const isName = (text: string) => NAME.test(text) && !POST_OR_BODY.test(text.replace(TITLE, ''));

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => w[0])
    .join('');

/**
 * The members and the other councils' councillors of a list of apologies ("A Hart EDC and M Ives"), or
 * undefined unless every part is a name and at least one is marked as another council's.
 */
export function membersAndOtherCouncillors(
  list: string,
  own: string,
): { members: ImportedPerson[]; others: ImportedPerson[] } | undefined {
  const parts = splitNames(
    list
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\.$/, '')
      .replace(/\s+&\s+/g, ' and '),
    false,
  )
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const people: Array<{ person: ImportedPerson; other: boolean }> = [];
  for (const part of parts) {
    const alone = otherCouncilMark(part, own);
    // "Alan Hart, EDC": a mark alone after a comma is the name's before it.
    if (alone) {
      const last = people.at(-1);
      if (!last || last.other) return undefined;
      last.person.role = alone;
      last.other = true;
      continue;
    }
    const before = TIER_BEFORE.exec(part);
    if (before) {
      const name = part.slice(before[0].length);
      if (!isName(name)) return undefined;
      people.push({ person: { name, role: before[1]! }, other: true });
      continue;
    }
    // "A Hart EDC", "B Lowe (NYCC)": the mark as the last word.
    const at = part.lastIndexOf(' ');
    const after = at > 0 ? otherCouncilMark(part.slice(at + 1), own) : undefined;
    const name = after ? part.slice(0, at).trim() : part;
    if (!isName(name)) return undefined;
    if (after && initialsOf(name) === after) return undefined;
    people.push({ person: after ? { name, role: after } : { name }, other: after !== undefined });
  }
  if (!people.some((p) => p.other)) return undefined;
  const bare = (person: ImportedPerson) => ({ ...person, name: person.name.replace(TITLE, '') });
  return {
    members: people.filter((p) => !p.other).map((p) => bare(p.person)),
    others: people.filter((p) => p.other).map((p) => bare(p.person)),
  };
}

/**
 * Where no apologies were read, the apologies item's list ("18.11.1 Apologies" / "A Hart EDC and M Ives")
 * read as above: the members into the apologies, the other councils' councillors into others.
 */
export function readApologiesWithOtherCouncillors(minutes: ImportedMinutes): void {
  if ((minutes.attendance.apologies?.length ?? 0) > 0) return;
  const own = parishInitials(minutes.boardName);
  const item = minutes.items.find((i) => APOLOGIES_TITLE.test((i.title ?? '').trim()));
  const first = item?.blocks[0];
  if (!own || first?.kind !== 'paragraph') return;
  const read = membersAndOtherCouncillors(first.text, own);
  if (!read) return;
  minutes.attendance.apologies = read.members;
  minutes.attendance.others = [...(minutes.attendance.others ?? []), ...read.others];
}

/**
 * "Councillors D Thompson (Chair), …, P Clarke, A Armstrong, EDC, Clerk J Brampton": at a parish council, a
 * person among those present marked as another council's councillor, by a mark after a comma ("A Armstrong,
 * EDC"), in brackets ("A Armstrong (EDC)") or after the name ("A Armstrong EDC"), is no member: under others,
 * with the mark as role. Read only where each mark follows one person with no role of their own.
 */
export function readOtherCouncillorsPresent(minutes: ImportedMinutes): void {
  const own = parishInitials(minutes.boardName);
  const present = minutes.attendance.present ?? [];
  if (!own || present.length === 0) return;
  const members: ImportedPerson[] = [];
  const others: ImportedPerson[] = [];
  for (const person of present) {
    const alone = person.role === undefined && person.note === undefined && otherCouncilMark(person.name, own);
    if (alone) {
      const last = members.at(-1);
      if (!last || last.role !== undefined) return;
      members.pop();
      others.push({ ...last, role: alone });
      continue;
    }
    const inBrackets = person.role !== undefined && otherCouncilMark(person.role, own);
    const at = person.name.lastIndexOf(' ');
    const after = at > 0 && person.role === undefined ? otherCouncilMark(person.name.slice(at + 1), own) : undefined;
    const name = after ? person.name.slice(0, at) : person.name;
    if ((inBrackets || after) && isName(name) && initialsOf(name) !== (inBrackets || after))
      others.push({ ...person, name, role: (inBrackets || after)! });
    else members.push(person);
  }
  if (others.length === 0) return;
  minutes.attendance.present = members;
  minutes.attendance.others = [...(minutes.attendance.others ?? []), ...others];
}
