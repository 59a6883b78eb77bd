import type { ImportedPerson } from './minutes.ts';

/** A person's title inside the bracket after a post: "(Mr. V. Murray)", "(MS. K. Butler)", "(Mr T McKechnie)". */
const TITLED_NAME = /^(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+\S/i;

/**
 * Irish councils list officials as posts, each with its holder's name in
 * brackets: "Director, Planning and Place-Making (Mr. V. Murray), Meetings
 * Administrator, Newcastle West (Ms. H. Supple)". Commas run through the
 * posts as well as between them, so the list is read bracket by bracket:
 * each bracket holds a name, and the words before it, back to the bracket
 * before, are that person's post. Undefined unless the whole text reads so.
 */
export function readPostsWithNames(text: string): ImportedPerson[] | undefined {
  const clean = text.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
  const people: ImportedPerson[] = [];
  let rest = clean;
  while (rest !== '') {
    const open = rest.indexOf('(');
    const close = rest.indexOf(')', open + 1);
    if (open < 0 || close < 0) return undefined;
    const post = rest.slice(0, open).trim().replace(/^,\s*/, '').replace(/,$/, '').trim();
    const name = rest.slice(open + 1, close).trim();
    if (post === '' || post.includes(')') || !TITLED_NAME.test(name) || /[(),]/.test(name)) return undefined;
    people.push({ name, role: post });
    rest = rest.slice(close + 1).trim();
    if (rest !== '' && !rest.startsWith(',')) return undefined;
  }
  return people.length > 0 ? people : undefined;
}

/** The role that reads as a person with a title ("Mr. P. Vallely"): the list was read the wrong way round. */
export function roleIsAName(person: ImportedPerson): boolean {
  return person.role !== undefined && TITLED_NAME.test(person.role);
}
