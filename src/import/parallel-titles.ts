/**
 * An agenda written as formal motions prints each item's title as a sentence of the same form: "To elect a
 * Cathaoirleach of the Municipal District … to hold office until the next Annual Meeting …" and then "To elect
 * a Leas-Cathaoirleach of the Municipal District … to hold office until …". Where the second is printed as a
 * heading without a number inside the first item's minutes, it is the next item of the agenda (the minutes
 * left its number out), not a heading of a part of the first: the parts of an item are not titled as the item.
 * The reader takes it so only after the last numbered item, where the minutes' numbering stopped.
 *
 * True only where the two read so without doubt: both long (eight words or more, as such titles are, where a
 * part's heading is a word or two), opening with the same three words, differing, and the heading sharing at
 * least four in five of its words with the title.
 */
export function parallelsTitle(heading: string, title: string): boolean {
  const a = wordsOf(heading);
  const b = wordsOf(title);
  if (a.length < 8 || b.length < 8 || a.join(' ') === b.join(' ')) return false;
  if (a.slice(0, 3).join(' ') !== b.slice(0, 3).join(' ')) return false;
  const inTitle = new Set(b);
  return a.filter((w) => inTitle.has(w)).length >= 0.8 * a.length;
}

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
