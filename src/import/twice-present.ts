import type { ImportedPerson } from './minutes.ts';

/** A name's surname (its last word) and the initial of its first word, in lower case, apostrophes alike. */
function parts(name: string): { surname: string; initial: string; initialOnly: boolean } | undefined {
  const words = name
    .replace(/[’‘]/g, "'")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length < 2) return undefined;
  const first = words[0]!;
  return {
    surname: words.at(-1)!.toLowerCase(),
    initial: first[0]!.toLowerCase(),
    initialOnly: /^\p{Lu}\.?$/u.test(first),
  };
}

/**
 * Two people present whose names may be one member's: written in full in one place and by initial in another
 * ("PRESENT IN THE CHAIR: Martin Ryan" and "Members present: Councillors … E. Ryan, M. Ryan …"). The surname and
 * the first initial agree, and one of the two gives only the initial. Which it is the minutes do not say (two
 * members may share a surname and an initial), so the first such pair, for a doubt.
 */
export function presentTwice(present: readonly ImportedPerson[]): [string, string] | undefined {
  for (const [i, one] of present.entries()) {
    const a = parts(one.name);
    if (!a) continue;
    for (const other of present.slice(i + 1)) {
      const b = parts(other.name);
      if (!b || a.surname !== b.surname || a.initial !== b.initial) continue;
      if (a.initialOnly !== b.initialOnly) return [one.name, other.name];
    }
  }
  return undefined;
}

const COUNCILLOR = String.raw`(?:Councillor|Cllr\.?)\s+((?:\p{Lu}[\p{L}'-]*\.?\s+){0,3}\p{Lu}[\p{L}'-]+)`;

/**
 * The chair named in full with their post ("PRESENT IN THE CHAIR: Martin Ryan, An Leas Cathaoirleach") and by
 * initial among the members ("Councillors: … E. Ryan, M. Ryan …") are one member when the minutes themselves give
 * that post to the initialled name, the first time they pair the post with a councillor ("The outgoing Leas
 * Cathaoirleach, Councillor M Ryan invited nominations"). Then one entry is kept: the chair's, in full, with the
 * post. Without that sentence (two members may share a surname and an initial), or when the first councillor given
 * the post is another, both stay, for a doubt. A deputy's post is not the chair's ("Leas Cathaoirleach" is not
 * "Cathaoirleach").
 */
export function chairNamedByInitial(present: readonly ImportedPerson[], text: string): ImportedPerson[] | undefined {
  const pair = presentTwice(present);
  if (!pair) return undefined;
  const [chair, member] = pair
    .map((name) => present.find((person) => person.name === name)!)
    .sort((a, b) => Number(parts(a.name)!.initialOnly) - Number(parts(b.name)!.initialOnly));
  if (!chair!.role || member!.role) return undefined;
  const initialled = parts(member!.name)!;
  const alike = present.filter((person) => {
    const p = parts(person.name);
    return p && p.surname === initialled.surname && p.initial === initialled.initial;
  });
  if (alike.length !== 2) return undefined;
  const post = chair!.role
    .replace(/^(?:An|The)\s+/i, '')
    .replace(/[.,;:]+$/, '')
    .trim();
  if (!/\p{L}/u.test(post)) return undefined;
  const postPattern = `(?<![\\p{L}-])(?<!\\b(?:Leas|Vice|Deputy)[\\s-]+)${post
    .split(/[\s-]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s-]+')}(?![\\p{L}-])`;
  const flat = text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  const given = new RegExp(
    `${postPattern},?\\s+${COUNCILLOR}|${COUNCILLOR},\\s+(?:[Aa]n\\s+|[Tt]he\\s+)?${postPattern}`,
    'gu',
  );
  const first = given.exec(flat);
  const named = first && (first[1] ?? first[2])!;
  const words = named?.split(/\s+/) ?? [];
  if (
    words.length !== 2 ||
    !/^\p{Lu}\.?$/u.test(words[0]!) ||
    words[0]![0]!.toLowerCase() !== initialled.initial ||
    words[1]!.toLowerCase() !== initialled.surname
  )
    return undefined;
  return present.filter((person) => person !== member);
}
