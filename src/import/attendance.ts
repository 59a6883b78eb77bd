import { readPostsWithNames } from './officials.ts';
import type { ImportedAttendance, ImportedPerson } from './minutes.ts';
import { WELSH_ATTENDANCE_LABELS, welshNamesAsEnglish } from './welsh-attendance.ts';

/** The attendance headings of minutes, and the list each fills. */
export const ATTENDANCE_LABELS: Array<[RegExp, keyof ImportedAttendance]> = [
  [/^Absence declared on Council business\s*:\s*/i, 'councilBusiness'],
  [/^Apologies(?: for absence)?(?: were received from)?\s*(?::|[–—]|\s-\s)\s*/i, 'apologies'],
  [/^(?:Absent|Absence)\s*:\s*/i, 'absent'],
  [/^Substitutes?\s*:\s*/i, 'substitutes'],
  [/^(?:Officers present|Officers in attendance|Officials in attendance|Officers|In attendance)\s*:\s*/i, 'officers'],
  [/^Also (?:in attendance|present)\s*:\s*/i, 'others'],
  [/^Members of the public\s*:\s*/i, 'others'],
  // "Present:", and "Present– " or "Present - " as a village website prints it.
  // "Members of the Council present were:", as a parish's annual meeting writes it.
  // "PRESENT (Five Councillors):- " as a parish clerk types it.
  [
    /^(?:(?:Members|Councillors)(?:\s+of\s+the\s+(?:Council|Committee|Board|Panel))?\s+)?Present(?:\s+were)?(?:\s*\([^()]{1,40}\))?\s*(?::-?|[–—]|\s-\s)\s*/i,
    'present',
  ],
  [WELSH_ATTENDANCE_LABELS.others, 'others'],
  [WELSH_ATTENDANCE_LABELS.present, 'present'],
  [WELSH_ATTENDANCE_LABELS.apologies, 'apologies'],
  [WELSH_ATTENDANCE_LABELS.absent, 'absent'],
];

/** "PRESENT IN THE CHAIR: Councillor L. Galvin, Cathaoirleach.": the chair, then the chair's title. */
const IN_THE_CHAIR = /^Present in the chair\s*:\s*/i;

export function attendanceLabel(
  text: string,
): { list: keyof ImportedAttendance; rest: string; chair?: true } | undefined {
  const chair = IN_THE_CHAIR.exec(text.trim());
  if (chair) return { list: 'present', rest: text.trim().slice(chair[0].length), chair: true };
  for (const [label, list] of ATTENDANCE_LABELS) {
    const match = label.exec(text.trim());
    if (match) return { list, rest: text.trim().slice(match[0].length) };
  }
  return undefined;
}

const COUNCILLORS =
  /^(?:(?:County |Borough |Town |District )?Councillors?|(?:\p{Lu}\/)?Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Mx)\.?:?\s+/iu;
/** Honours written after a name: "Mr R C Love, OBE". */
const HONOURS = /^(?:OBE|MBE|CBE|KBE|DBE|JP|DL|KC|QC|BEM|FRS|MP|MS|MSP|CC)$/;

/**
 * "Councillors Logan (Chair), C. Plumpton Walsh (Vice-Chair), Begg and Ryan"
 * → names with their roles. A part that starts in lower case ("in accordance
 * with Standing Order number 33") is a note on the name before it. "None" is
 * an empty list. Names are kept as written, without "Councillor".
 */
export function readNames(text: string): ImportedPerson[] {
  const clean = colonsAsCommas(
    welshNamesAsEnglish(text.trim().replace(/\s+/g, ' ').replace(/\.$/, '')).replace(MEMBERS_OF_THE_PUBLIC, ''),
  );
  if (/^(?:none|nil|n\/a|-)?$/i.test(clean)) return [];
  const posts = readPostsWithNames(clean);
  if (posts) return posts;
  const people: ImportedPerson[] = [];
  for (const raw of namesOf(clean.replace(COUNCILLORS, ''))) {
    const part = raw.trim();
    if (part === '') continue;
    if (HONOURS.test(part) && people.length > 0) {
      const last = people.at(-1)!;
      last.note = last.note ? `${last.note}, ${part}` : part;
      continue;
    }
    // "Jane Ritchie, Chairman, …, and Mrs Sue Ryding, Clerk": a post alone after a name is that person's.
    if (LONE_POST.test(part) && people.length > 0 && people.at(-1)!.role === undefined) {
      people.at(-1)!.role = part;
      continue;
    }
    if (/^[a-z]/.test(part) && people.length > 0) {
      const last = people.at(-1)!;
      last.note = last.note ? `${last.note}, ${part}` : part;
      continue;
    }
    const post = nameWithPost(part) ?? postBeforeName(part);
    if (post) {
      people.push(post);
      continue;
    }
    const bracket = closingBracket(part);
    const dashed = bracket ? undefined : POST_AFTER_DASH.exec(part);
    const name = (bracket ? bracket.before : (dashed?.[1] ?? part)).replace(COUNCILLORS, '').trim();
    const role = bracket ? bracket.inside.trim() : dashed?.[2];
    // "Pam Bullas (PB)", "Claire Cann (CC) - Chair": the initials the minutes call the member by are no role.
    const initialled = nameAndInitials(bracket ? part : name);
    if (initialled) people.push(bracket ? { name: initialled } : { name: initialled, ...(role ? { role } : {}) });
    // "(From 196/20-206/20)", "(left at 8.15 pm)": when the member was there, a note, not a role.
    else if (role && bracket && PRESENCE_NOTE.test(role)) people.push({ name, note: role });
    else people.push(role ? { name, role } : { name });
  }
  return people;
}

/** A post written alone, after its holder's name and a comma: "Chairman", "Vice-Chair", "Clerk". */
const LONE_POST =
  /^(?:(?:(?:Vice|Deputy)[- ]?)?(?:Chairman|Chairwoman|Chairperson|Chair)|(?:(?:Parish|Town|Assistant|Deputy)\s+)?Clerk|Responsible Financial Officer|RFO)$/i;

/** "Pam Bullas (PB)": the name, where the bracket holds its initials; undefined otherwise. */
function nameAndInitials(part: string): string | undefined {
  const match = /^(.+?)\s*\((\p{Lu}{2,4})\)$/u.exec(part.replace(COUNCILLORS, '').trim());
  if (!match) return undefined;
  const initials = match[1]!
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return initials === match[2] ? match[1] : undefined;
}

/** A bracket after a name that says when the member was there: "(From 196/20-206/20)", "(left 8.15 pm)", "(arrived at item 5)". */
const PRESENCE_NOTE = /^(?:from|until|till|to|left|leaving|arrived|arriving|joined|joining|departed|for)\b/i;

/** "… C. Humphries together with 5 members of the public": the public are no attendees, and not a name's part. */
const MEMBERS_OF_THE_PUBLIC =
  /,?\s+(?:together|along)\s+with\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|no)\s+members?\s+of\s+the\s+public$/i;
/** "R. Lankfer - Chairman": a member's post after a dash. */
const POST_AFTER_DASH =
  /^(.+?)\s+[-–—]\s+((?:Vice[- ]?)?(?:Chairman|Chairwoman|Chairperson|Chair)|Mayor|Deputy Mayor|Clerk|Secretary|Treasurer)$/i;

/**
 * "R. Lankfer - Chairman: Mrs. Willis: P. Markwell : D. Pickston": a list
 * whose names are parted by colons, with no comma or semicolon, reads as one
 * parted by commas. A single colon is left alone.
 */
function colonsAsCommas(text: string): string {
  if (/[,;]/.test(text) || (text.match(/\s?:\s/g)?.length ?? 0) < 2) return text;
  return text.replace(/\s?:\s+/g, ', ');
}

/**
 * A title that starts a person's name: in a list run together without commas ("Cllr Sue Lintern (Chair)
 * Cllr Kit Hesketh-Harvey (Vice-Chair) Cllr …"), each one starts the next name. "County Councillor" is
 * one title, not the end of a name.
 */
const NEXT_NAME = /^ (?:Cllr|Councillor|Mrs|Mr|Ms|Miss|Dr)\.? (?=\p{Lu})/u;
const TITLE_QUALIFIER = /(?:^|\s)(?:County|Borough|Town|District|City|Parish|Community)$/;

/**
 * The parts of a list, one a name. Titles split a list run together only where each part is then one
 * name: a part of four words or more ("Cllr Donna Stocking Helen Richardson (Parish Clerk)") may be two
 * people, one written without a title, so the list is read as before and the names are doubted.
 */
function namesOf(text: string): string[] {
  const byTitles = splitNames(text, true);
  const wordsOfName = (part: string) =>
    (closingBracket(part.trim())?.before ?? part).replace(COUNCILLORS, '').trim().split(/\s+/).length;
  if (!byTitles.some((part) => wordsOfName(part) >= 4)) return byTitles;
  return officerAfterLastMember(byTitles, wordsOfName) ?? splitNames(text, false);
}

/** A post that only an officer holds, never a member: "Parish Clerk", "Responsible Financial Officer". */
const OFFICERS_POST = /\b(?:Clerk|Officer|RFO)\b/i;

/**
 * "Cllr Gail Reeve Cllr Donna Stocking Helen Richardson (Parish Clerk and RFO)": the clerk, who has no
 * member's title, named last after the last member. Read so only where every other name of the list is a
 * given name and a surname, the last part is four such words, and its bracket gives an officer's post: the
 * member is its first two words, the officer the last two with the post.
 */
function officerAfterLastMember(parts: string[], wordsOfName: (part: string) => number): string[] | undefined {
  const last = parts.at(-1)!.trim();
  const bracket = closingBracket(last);
  if (!bracket || !OFFICERS_POST.test(bracket.inside) || !COUNCILLORS.test(last)) return undefined;
  if (parts.length < 3 || !parts.slice(0, -1).every((part) => wordsOfName(part) === 2)) return undefined;
  const title = COUNCILLORS.exec(last)![0];
  const names = bracket.before.slice(title.length).trim().split(/\s+/);
  if (names.length !== 4 || !names.every((word) => /^\p{Lu}[\p{L}'’-]+$/u.test(word))) return undefined;
  return [
    ...parts.slice(0, -1),
    `${title}${names.slice(0, 2).join(' ')}`,
    `${names.slice(2).join(' ')} (${bracket.inside})`,
  ];
}

/** A name straight after a bracket, with no comma: an initial or a given name, then a surname ("R Healey", "Neil Cresswell"). */
const NAME_AFTER_BRACKET = /^ (?:\p{Lu}\.? |\p{Lu}\p{Ll}+ )+\p{Lu}\p{Ll}/u;

/**
 * Splits at commas and at " and " (and, if asked, before a title that starts a name, and after a bracket that a
 * name follows), but not inside brackets.
 */
export function splitNames(text: string, byTitles: boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    // "D Richardson (Chair) R Healey, …": the bracket closes the name its role follows, and the next name starts.
    if (byTitles && c === ')' && depth === 0 && NAME_AFTER_BRACKET.test(text.slice(i + 1))) {
      parts.push(current + c);
      current = '';
      i++;
      continue;
    }
    if (depth === 0 && (c === ',' || c === ';')) {
      parts.push(current);
      current = '';
      continue;
    }
    if (depth === 0 && text.startsWith(' and ', i)) {
      parts.push(current);
      current = '';
      i += 4;
      continue;
    }
    if (
      byTitles &&
      depth === 0 &&
      current.trim() !== '' &&
      NEXT_NAME.test(text.slice(i)) &&
      !TITLE_QUALIFIER.test(current)
    ) {
      parts.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts;
}

/**
 * "Logan (Chair)": the text before the bracket that closes the part, and the
 * bracket's text. What /^(.*?)\s*\(([^)]*)\)\s*$/ found, without its time
 * growing with the square of the part's length.
 */
function closingBracket(part: string): { before: string; inside: string } | undefined {
  const close = part.length - 1;
  if (part[close] !== ')') return undefined;
  const open = part.indexOf('(', part.lastIndexOf(')', close - 1) + 1);
  if (open < 0 || open > close) return undefined;
  return { before: part.slice(0, open).trimEnd(), inside: part.slice(open + 1, close) };
}

/**
 * The one name of "Present in the chair": "Councillor L. Galvin,
 * Cathaoirleach." is L. Galvin, whose role is the words after the comma.
 */
export function readChair(text: string): ImportedPerson[] {
  const clean = text.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
  const comma = clean.lastIndexOf(',');
  if (comma < 0) return readNames(clean);
  const [person] = readNames(clean.slice(0, comma));
  const role = clean.slice(comma + 1).trim();
  if (!person || readNames(clean.slice(0, comma)).length !== 1 || role === '') return readNames(clean);
  return [{ ...person, role }];
}

/** "Olive O’Sullivan – Town Clerk": a name, a dash, and the holder's post. */
const NAME_DASH_POST = /^((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]+)\s+[-–—]\s+(.+)$/u;

/** A person written with a post after a dash, the post being one (a clerk's, an officer's): the post is the role. */
function nameWithPost(part: string): ImportedPerson | undefined {
  const match = NAME_DASH_POST.exec(part);
  if (!match || !POST_AFTER_NAME.test(match[2]!)) return undefined;
  return { name: match[1]!.replace(COUNCILLORS, ''), role: match[2]! };
}

/** "Clerk J Brampton", "Parish Clerk Mrs A Lee": an officer's post, then its holder's name, in a list. */
const POST_BEFORE_NAME =
  /^((?:(?:Parish|Town|Assistant|Deputy)\s+)?Clerk|RFO)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?((?:\p{Lu}\.?\s+){0,3}\p{Lu}[\p{Ll}'’-][\p{L}'’-]*)$/u;

/** A person written after the officer's post they hold: the post is the role (and makes them an officer). */
function postBeforeName(part: string): ImportedPerson | undefined {
  const match = POST_BEFORE_NAME.exec(part);
  return match ? { name: match[2]!, role: match[1]! } : undefined;
}

/** The word that closes the members' names: "…, Mr David Dent, Councillors, and Mr Richard Nolan, Clerk". */
const MEMBERS_WORD = /^(?:(?:Parish|Town|Community|District|County)\s+)?(?:Councillors|Members)$/i;
/** A post written after its holder's name, as a name of its own: "Clerk", "Assistant Clerk". */
const POST_AFTER_NAME = /^(?:\p{Lu}\p{L}*\s+){0,4}(?:Clerk|Officer|Secretary|Treasurer|Manager|Administrator|RFO)$/u;

/**
 * Parish minutes list everyone present in one sentence, each name followed by what they are: "Miss Jane
 * Ritchie, …, and Mr David Dent, Councillors, and Mr Richard Nolan, Clerk". The names before "Councillors"
 * are the members; after it, each name is followed by the holder's post. Undefined unless the whole list
 * reads so (then the names stay as read, and a collective word among them is doubted).
 */
export function membersThenOfficers(
  people: ImportedPerson[],
): { members: ImportedPerson[]; officers: ImportedPerson[] } | undefined {
  const at = people.findIndex((p) => p.role === undefined && MEMBERS_WORD.test(p.name));
  if (at < 1) return undefined;
  const officers: ImportedPerson[] = [];
  const after = people.slice(at + 1);
  for (let i = 0; i < after.length; i++) {
    const person = after[i]!;
    if (person.role !== undefined) {
      officers.push(person);
      continue;
    }
    const post = after[i + 1];
    if (!post || post.role !== undefined || post.note !== undefined || !POST_AFTER_NAME.test(post.name))
      return undefined;
    officers.push({ name: person.name, role: post.name });
    i++;
  }
  return { members: people.slice(0, at), officers };
}

/** An officer's post, as a role: "Clerk", "Parish Clerk", "Responsible Financial Officer". */
const OFFICER_POST = /^(?:(?:Parish|Town|Assistant|Deputy)\s+)?Clerk$|^Responsible Financial Officer$|^RFO$/i;

/**
 * Those present who are written with an officer's post as their role ("Mrs Sue Ryding, Clerk", "Peter King, Parish
 * Clerk") are officers, not members.
 */
function officersByPost(
  people: ImportedPerson[],
): { members: ImportedPerson[]; officers: ImportedPerson[] } | undefined {
  const officers = people.filter(
    (p) => p.role !== undefined && (OFFICER_POST.test(p.role.trim()) || OFFICERS_POST.test(p.role)),
  );
  if (officers.length === 0 || officers.length === people.length) return undefined;
  return { members: people.filter((p) => !officers.includes(p)), officers };
}

/**
 * Adds the names read under an attendance label to its list. A "present" list that names the members and
 * then each officer with a post ("…, Councillors, and Mr Richard Nolan, Clerk") gives the officers their own
 * list, whether it came from a PDF's text or a saved page.
 */
export function addToAttendance(
  attendance: ImportedAttendance,
  list: keyof ImportedAttendance,
  people: ImportedPerson[],
): void {
  if (list === 'officers') people = postsAfterNames(people);
  const split = list === 'present' ? (membersThenOfficers(people) ?? officersByPost(people)) : undefined;
  attendance[list] = [...(attendance[list] ?? []), ...(split?.members ?? people)];
  if (split) attendance.officers = [...(attendance.officers ?? []), ...split.officers];
}

/**
 * "In attendance: Peter King, Parish Clerk": among the officers, a post after a name is that person's. Read so
 * only where the whole list is names each followed by such a post; anything else (a name between two posts)
 * is left as read, and doubted.
 */
function postsAfterNames(people: ImportedPerson[]): ImportedPerson[] {
  const isPost = (person: ImportedPerson) =>
    person.role === undefined && person.note === undefined && POST_AFTER_NAME.test(person.name);
  const pairs = people.length % 2 === 0 && people.every((person, i) => (i % 2 === 1) === isPost(person));
  if (!pairs || people.some((person, i) => i % 2 === 0 && person.role !== undefined)) return people;
  return people.flatMap((person, i) => (i % 2 === 0 ? [{ ...person, role: people[i + 1]!.name }] : []));
}

/**
 * Names written the same in the members present and in the apologies (or the absent): the minutes contradict
 * themselves. Both lists are kept as printed; the clerk is told, to check against the signed minutes.
 */
export function presentAndAway(attendance: ImportedAttendance): string[] {
  const key = (name: string) => name.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  const present = new Set((attendance.present ?? []).map((p) => key(p.name)));
  const away = [...(attendance.apologies ?? []), ...(attendance.absent ?? [])];
  return [...new Set(away.filter((p) => present.has(key(p.name))).map((p) => p.name))];
}
