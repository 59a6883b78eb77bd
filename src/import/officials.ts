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
    // After the posts, a list of another form may follow: the Garda officers of a joint policing committee.
    if ((open < 0 || close < 0) && people.length > 0) return withRanks(people, rest.replace(/^,\s*/, ''));
    if (open < 0 || close < 0) return undefined;
    const post = rest.slice(0, open).trim().replace(/^,\s*/, '').replace(/,$/, '').trim();
    const name = rest.slice(open + 1, close).trim();
    if (post === '' || post.includes(')') || !TITLED_NAME.test(name) || /[(),]/.test(name)) return undefined;
    people.push(...twoGrades(post, name));
    rest = rest.slice(close + 1).trim();
    // No comma after the bracket: a new line of the print, where a list of another form starts.
    if (rest !== '' && !rest.startsWith(',')) return withRanks(people, rest);
  }
  return people.length > 0 ? people : undefined;
}

/** What the minutes print for a post whose holder they do not name. */
export const NO_NAME = 'no name in the minutes';

/** An engineer's grade: "Executive Engineer", "Senior Executive Engineer", "A/ Senior Engineer". */
const ENGINEERS_GRADE = /^(?:A\/\s*|Acting\s+)?(?:(?:Senior|Executive|Assistant)\s+){1,2}Engineer$/;
/** A clerical or administrative grade: "Clerical Officer", "Assistant Staff Officer", "Senior Executive Officer". */
const CLERKS_GRADE =
  /^(?:A\/\s*|Acting\s+)?(?:Clerical|(?:Senior\s+|Assistant\s+)?Staff|Administrative|(?:Senior\s+)?Executive)\s+Officer$/;

/**
 * "Executive Engineer, Clerical Officer, Newcastle West (Ms. A. Lenihan)": a post printed whole with no name,
 * then the next post with its holder's. An engineer's grade and a clerk's are two people (nobody holds both), so
 * the first grade is a post the minutes print with no name and the name is the second's. Where the two posts
 * could be one person's ("Senior Executive Officer, Corporate Services & Meetings Administrator (Mr X)", "Executive
 * Engineer, Safety Officer"), the post stays whole, for a doubt.
 */
function twoGrades(post: string, name: string): ImportedPerson[] {
  const comma = post.indexOf(',');
  if (comma < 0) return [{ name, role: post }];
  const first = post.slice(0, comma).trim();
  const rest = post.slice(comma + 1).trim();
  const next = rest.split(',')[0]!.trim();
  const engineerThenClerk = ENGINEERS_GRADE.test(first) && CLERKS_GRADE.test(next);
  const clerkThenEngineer = CLERKS_GRADE.test(first) && ENGINEERS_GRADE.test(next);
  if (!engineerThenClerk && !clerkThenEngineer) return [{ name, role: post }];
  return [
    { name: first, note: NO_NAME },
    { name, role: rest },
  ];
}

function withRanks(people: ImportedPerson[], rest: string): ImportedPerson[] | undefined {
  const ranked = readRanksAndNames(rest);
  return ranked ? [...people, ...ranked] : undefined;
}

/** "P. Brennan", "Y. O’Keeffe-Fox": a name given by its initials and surname, which mark where it starts and ends. */
const INITIALLED = String.raw`(?:\p{Lu}\.\s*){1,3}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?`;
const NAME_ALONE = new RegExp(`^${INITIALLED}$`, 'u');
/** "Inspector O. Nally", "Detective Sergeant M. Reidy": a rank or post in words, then the initialled name. */
const RANK_THEN_NAME = new RegExp(`^((?:\\p{Lu}[\\p{Ll}-]+\\s+){1,4})(${INITIALLED})$`, 'u');
/** "Acting Superintendent", "District Clerk": words that end in a post's or rank's word, with no name. */
const POST_ALONE =
  /^(?:\p{Lu}[\p{Ll}-]+\s+){0,4}(?:Superintendent|Inspector|Sergeant|Garda|Constable|Commissioner|Clerk|Officer|Engineer|Administrator|Manager|Director|Secretary|Treasurer)$/u;

/**
 * Officers listed by rank and name, as a joint policing committee's minutes give the Garda present: "Acting
 * Superintendent, P. Brennan, Inspector O. Nally, Detective Sergeant M. Reidy, Y. O’Keeffe-Fox, District
 * Clerk". Initials mark where a name starts, so a rank written before it in the same part is its role; a
 * name alone takes the post alone written next to it: the one before, else the one after. Undefined where
 * that pairing is not certain (a post with no name beside it, or a name between two posts) or a part
 * reads as none of these.
 */
export function readRanksAndNames(text: string): ImportedPerson[] | undefined {
  const parts = text
    .replace(/\.$/, '')
    .split(',')
    .map((p) => p.trim());
  const people: ImportedPerson[] = [];
  let post: string | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const ranked = RANK_THEN_NAME.exec(part);
    if (POST_ALONE.test(part)) {
      if (post !== undefined) return undefined;
      post = part;
    } else if (NAME_ALONE.test(part)) {
      const next = parts[i + 1] ?? '';
      if (post !== undefined) {
        people.push({ name: part, role: post });
        post = undefined;
      } else if (POST_ALONE.test(next)) {
        // "Y. O’Keeffe-Fox, District Clerk": unless a name follows that post, which could as well be its holder.
        if (NAME_ALONE.test(parts[i + 2] ?? '')) return undefined;
        people.push({ name: part, role: next });
        i++;
      } else people.push({ name: part });
    } else if (ranked && post === undefined) people.push({ name: ranked[2]!, role: ranked[1]!.trim() });
    else return undefined;
  }
  return post === undefined && people.length > 0 ? people : undefined;
}

/** The role that reads as a person with a title ("Mr. P. Vallely"): the list was read the wrong way round. */
export function roleIsAName(person: ImportedPerson): boolean {
  return person.role !== undefined && TITLED_NAME.test(person.role);
}
