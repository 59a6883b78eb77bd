import type { NameRef, Person } from '../model/types.ts';
import { closest } from '../text/closest.ts';

const TITLES = /^(?:councillors?|cllrs?|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|revd|the)\.?\s+/i;

/**
 * The key a name is matched by: lower case, without titles, with full stops,
 * hyphens and apostrophes read as spaces. "Cllr P. Lloyd-Jones" and
 * "p lloyd jones" have the same key.
 */
export function nameKey(name: string): string {
  let key = name.normalize('NFKC').trim();
  while (TITLES.test(key)) key = key.replace(TITLES, '');
  return key
    .toLowerCase()
    .replace(/[.\-‐–'’`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when `written` (a name key) is a shorter form of `known`: the same
 * surname, with the given names left out, cut to initials or shortened, in
 * their order ("Councillor Lloyd-Jones", "P. Lloyd-Jones", "Geoff Logan" for
 * Peter Lloyd-Jones and Geoffrey Logan). Any other difference, one letter of
 * the surname included, is taken as a slip rather than another form of the
 * name: a misspelling is corrected in the minutes, never made an alias.
 */
export function isAnotherForm(written: string, known: string): boolean {
  const w = written.split(' ').filter(Boolean);
  const k = known.split(' ').filter(Boolean);
  if (w.length === 0 || w.length > k.length) return false;
  // The surname: the longest run of words at the end of both, one word at least.
  for (let shared = Math.min(w.length, k.length - 1); shared >= 1; shared--) {
    if (w.slice(-shared).join(' ') !== k.slice(-shared).join(' ')) continue;
    if (givenNamesFit(w.slice(0, -shared), k.slice(0, -shared))) return true;
  }
  return false;
}

/** Each written given name stands for one of the known ones, in order: whole, an initial, or its first three letters or more. */
function givenNamesFit(written: string[], known: string[]): boolean {
  let at = 0;
  for (const word of written) {
    while (at < known.length && !standsFor(word, known[at]!)) at++;
    if (at === known.length) return false;
    at++;
  }
  return true;
}

function standsFor(word: string, name: string): boolean {
  return word === name || (word.length === 1 && name.startsWith(word)) || (word.length >= 3 && name.startsWith(word));
}

/** Finds people by any name the minutes write them under. */
export class PeopleDirectory {
  private readonly byKey = new Map<string, string>();
  private readonly byId = new Map<string, Person>();
  /** Keys claimed by two different people: they resolve to nobody. */
  readonly ambiguous = new Map<string, string[]>();

  constructor(people: readonly Person[]) {
    for (const person of people) this.byId.set(person.id, person);
    for (const person of people) {
      for (const name of [person.id, person.name, ...person.aliases]) this.claim(nameKey(name), person.id);
    }
  }

  private claim(key: string, id: string): void {
    if (key === '') return;
    const owner = this.byKey.get(key);
    if (owner === undefined && !this.ambiguous.has(key)) this.byKey.set(key, id);
    else if (owner !== undefined && owner !== id) {
      this.byKey.delete(key);
      this.ambiguous.set(key, [owner, id]);
    } else if (this.ambiguous.has(key) && !this.ambiguous.get(key)!.includes(id)) this.ambiguous.get(key)!.push(id);
  }

  get(id: string): Person | undefined {
    return this.byId.get(id);
  }

  /** The name as written, with the person it belongs to when one matches. */
  resolve(written: string): NameRef {
    const personId = this.byKey.get(nameKey(written));
    return personId ? { written, personId } : { written };
  }

  /**
   * What to tell a clerk about a name that matches nobody. When it is another
   * form of one member's name (see `isAnotherForm`), they may add it to that
   * member's aliases; otherwise it is taken as a slip, and the closest members
   * are offered, for the minutes to be corrected.
   */
  hint(written: string): { otherFormOf: Person[] } | { closest: string[] } {
    const key = nameKey(written);
    const otherFormOf = [...this.byId.values()].filter((person) =>
      [person.name, ...person.aliases].some((name) => isAnotherForm(key, nameKey(name))),
    );
    if (otherFormOf.length) return { otherFormOf };
    return { closest: this.suggest(written) };
  }

  /** Known names closest to an unknown one, for the clerk's hint. */
  suggest(written: string): string[] {
    const key = nameKey(written);
    const names = new Map<string, string>();
    for (const person of this.byId.values()) {
      for (const name of [person.name, ...person.aliases]) names.set(nameKey(name), person.name);
    }
    const surname = key.split(' ').at(-1) ?? key;
    const sameSurname = [...names.entries()].filter(([k]) => k.split(' ').at(-1) === surname).map(([, n]) => n);
    const near = closest(key, names.keys(), 3).map((k) => names.get(k)!);
    return [...new Set([...near, ...sameSurname])].slice(0, 3);
  }
}
