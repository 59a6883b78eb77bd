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
