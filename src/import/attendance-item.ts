import { readNames, splitNames } from './attendance.ts';
import type { Block, ImportedAttendance, ImportedMinutes, ImportedPerson } from './minutes.ts';

/**
 * Attendance written as the minutes' first item rather than as lists above
 * them, as small councils often write it: "1. Present:- BCC members David
 * Rennie, …, plus local residents … Apologies:- …", "1. Committee Members
 * Present were: Abigail Harding (AH), … Apologies were received from: …".
 * The item stays as printed; its names are read into the attendance.
 *
 * People there who are not members are told apart only where the minutes
 * say so: residents and members of the public after "plus"/"Local
 * residents", and councillors of another council or parliament by their
 * title ("City Councillor Eunis Jassemi", "Patricia Ferguson MP"), who attend
 * a community or parish council's meetings without being members. Where the
 * members present are introduced as the body's members ("BCC members …")
 * with no councillor's title anywhere among them, and every name of the
 * apologies is given one ("Cllrs Eunis Jassemi and Lana Reid-McConnell"),
 * the minutes tell those councillors apart from the members by that title:
 * they are another council's councillors, under others with "Councillor" as
 * role. Where the titles are mixed ("Cllr A Hart and B Lowe", or a title
 * inside the members' list), the names are read as printed and the clerk is
 * asked.
 */

/** An item's title that says it records who was present. */
const ATTENDANCE_TITLE =
  /^(?:(?:Committee|Council|Board)\s+)?(?:Members\s+)?(?:Present|In attendance|Attendance|Sederunt)(?:\s+were)?$/i;
/** Where the apologies start: "Apologies:-", "Apologies were received from:", "Apologies for absence –". */
const APOLOGIES =
  /(?:^|\.?\s+)Apologies(?:\s+for\s+absence)?(?:\s+(?:were|had\s+been)\s+(?:received|given|sent|noted))?(?:\s+from)?\s*(?::-?|[–—]|\s-\s)\s*/i;
/** "BCC members", "Members": the list that follows names the body's members. */
const MEMBERS_INTRO = /^(?:\p{Lu}{2,6}\s+|Committee\s+|Council\s+)?members\s+/iu;
/** Where people who are not members start: "plus local residents …", ". Local residents …", "and 3 members of the public". */
const NOT_MEMBERS =
  /(?:,\s*|\s+)(?:plus|and|with)\s+(?:(?:\d+|several|two|three|four|five)\s+)?(?:local\s+residents|residents|members\s+of\s+the\s+public)\b|(?:\.\s*|\s+)(?:Local\s+)?[Rr]esidents\b|(?:\.\s*|\s+)Members\s+of\s+the\s+public\b/u;
/** A councillor of another council: "City Councillor", "County Cllr". */
const OTHER_COUNCIL = /^(?:City|County|District|Borough|Regional|Unitary)\s+(?:Councillors?|Cllrs?\.?)\s+/i;
/** A member of a parliament or assembly, after the name: "Patricia Ferguson MP". */
const PARLIAMENT = /\s+(?:MP|MSP|MS|MEP|AM|MLA|TD)$/;
/** The title of the body's own members: "Community Councillor", "Cllr". */
const OWN_TITLE = /^(?:(?:Community|Parish|Town)\s+)?(?:Councillors?|Cllrs?\.?)(?:\s+|$)/i;
/** A councillor's title before the apologies' names. */
const COUNCILLOR_TITLE = /^(?:Councillors?|Cllrs?\.?)\s+/i;
/** Initials the minutes use for a person, in the bracket after the name: "AH", "MMcK", "LMcW". */
const INITIALS = /^(?=(?:\P{Lu}*\p{Lu}){2})\p{L}{2,6}$/u;
/** One name: capitalised words, perhaps with initials or a particle. */
const NAME =
  /^(?:\p{Lu}[\p{L}'’.-]*|(?:de|van|von|der|la|le|du|da|di|ap|ab))(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|la|le|du|da|di|ap|ab)){0,4}$/u;

export interface AttendanceItemRead {
  attendance: ImportedAttendance;
  /** What the clerk must settle, when something read is uncertain. */
  doubt?: string;
}

/** The attendance an item of the minutes records, when its title says it does and every name reads as one. */
export function attendanceOfItem(title: string, blocks: Block[]): AttendanceItemRead | undefined {
  if (!ATTENDANCE_TITLE.test(title.trim().replace(/[\s:;.–—-]+$/, ''))) return undefined;
  const text = blocks
    .flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:;–—-]+/, '')
    .trim();
  if (text === '') return undefined;
  const apologiesAt = APOLOGIES.exec(text);
  const presentText = apologiesAt ? text.slice(0, apologiesAt.index) : text;
  const apologiesText = apologiesAt ? text.slice(apologiesAt.index + apologiesAt[0].length) : '';
  const introduced = MEMBERS_INTRO.exec(presentText);
  const membersText = presentText.slice(introduced?.[0].length ?? 0);
  const cut = NOT_MEMBERS.exec(membersText);
  const present = peopleOf(cut ? membersText.slice(0, cut.index) : membersText);
  const apologies = apologiesText === '' ? { members: [], visitors: [] } : peopleOf(apologiesText);
  if (!present || !apologies || present.members.length === 0) return undefined;
  const untitledMembers = introduced !== null && !COUNCILLOR_TITLE.test(membersText);
  // "BCC members David Rennie, …" and "Apologies:- Cllrs Eunis Jassemi and …": councillors, but not of the members.
  const otherCouncillors =
    untitledMembers && !ANY_COUNCILLOR_TITLE.test(membersText) && everyOneCouncillor(apologiesText);
  const attendance: ImportedAttendance = { present: present.members };
  if (apologies.members.length > 0 && !otherCouncillors) attendance.apologies = apologies.members;
  const visitors = [
    ...present.visitors,
    ...apologies.visitors,
    ...(otherCouncillors ? apologies.members.map((person) => ({ ...person, role: person.role ?? 'Councillor' })) : []),
  ];
  if (visitors.length > 0) attendance.others = visitors;
  const doubt =
    untitledMembers && !otherCouncillors && COUNCILLOR_TITLE.test(apologiesText.trim())
      ? `the apologies come from councillors ("${apologiesText.trim().slice(0, 60)}"), where the members present are listed as "${introduced[0].trim()}" without that title: they may be councillors of another council, who are not members`
      : undefined;
  return doubt ? { attendance, doubt } : { attendance };
}

/** A councillor's title anywhere in a list: "…, Cllr Morag McKerrell, …". */
const ANY_COUNCILLOR_TITLE = /\b(?:Councillors?|Cllrs?)\b/i;
/** Any person's title. */
const ANY_TITLE = /\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Mx)\b/;

/**
 * Every name of the list is given a councillor's title: "Cllrs Eunis Jassemi and Lana Reid-McConnell" (one title
 * for all, no other title after it), "Cllr A Hart and Cllr B Lowe" (each its own).
 */
function everyOneCouncillor(list: string): boolean {
  const parts = partsOf(list);
  if (parts.length === 0) return false;
  if (/^(?:Councillors|Cllrs)\.?\s/i.test(parts[0]!)) return parts.slice(1).every((part) => !ANY_TITLE.test(part));
  return parts.every((part) => COUNCILLOR_TITLE.test(part));
}

/**
 * Reads the first item that records the attendance into the minutes, where
 * no list above the items gave those present; a doubt goes with it where
 * the apologies may not be members'.
 */
export function readAttendanceItem(minutes: ImportedMinutes): void {
  if ((minutes.attendance.present?.length ?? 0) > 0) return;
  for (const item of minutes.items.slice(0, 2)) {
    const read = attendanceOfItem(item.title ?? '', item.blocks);
    if (!read) continue;
    for (const [list, people] of Object.entries(read.attendance) as Array<[keyof ImportedAttendance, ImportedPerson[]]>)
      minutes.attendance[list] = [...(minutes.attendance[list] ?? []), ...people];
    if (read.doubt)
      (minutes.doubts ??= []).push({
        line: item.line ?? 1,
        what: read.doubt,
        todo: 'check who they are; keep under attendance: apologies: only members of this council, and move the others to attendance: others:',
      });
    return;
  }
}

/** The members and the visitors of a list of names; undefined when a part does not read as a name. */
function peopleOf(list: string): { members: ImportedPerson[]; visitors: ImportedPerson[] } | undefined {
  const members: ImportedPerson[] = [];
  const visitors: ImportedPerson[] = [];
  // "Isobel Yates (IY) City Councillor Lana Reid-McConnell": another council's title starts another person.
  const parts = partsOf(
    list.replace(
      /(?<=[^\s,])(?<!\band)\s+(?=(?:City|County|District|Borough|Regional)\s+(?:Councillor|Cllr)\b)/g,
      ', ',
    ),
  );
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i]!;
    // "Community Councillor , Barbara McTavish": a title alone, printed with a stray comma, is the next name's.
    if (OWN_TITLE.test(part) && part.replace(OWN_TITLE, '') === '' && i + 1 < parts.length) {
      parts[i + 1] = `${part} ${parts[i + 1]}`;
      continue;
    }
    // A visitor keeps the title that says what they are: "City Councillor", "MP".
    const title = OTHER_COUNCIL.exec(part)?.[0].trim() ?? PARLIAMENT.exec(part)?.[0].trim();
    part = part.replace(OTHER_COUNCIL, '').replace(OWN_TITLE, '');
    const [person, ...more] = readNames(part);
    if (!person || more.length > 0) return undefined;
    const name = person.name.replace(PARLIAMENT, '');
    if (!NAME.test(name)) return undefined;
    const role = person.role
      ?.split(/\s*,\s*/)
      .filter((word) => word !== '' && !INITIALS.test(word))
      .join(', ');
    const read: ImportedPerson = role || title ? { name, role: title ?? role! } : { name };
    if (person.note) read.note = person.note;
    (title ? visitors : members).push(read);
  }
  return { members, visitors };
}

/** The parts of a list at its commas and "and", not inside brackets; empty parts and a closing full stop dropped. */
function partsOf(list: string): string[] {
  return splitNames(list.trim().replace(/\s*\.$/, ''), false)
    .map((p) => p.trim().replace(/\s*\.$/, ''))
    .filter((p) => p !== '');
}
