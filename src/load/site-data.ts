import type { Board, CheckSettings, Contact, Membership, Person, Site } from '../model/types.ts';
import { readAccessibility } from './accessibility-data.ts';
import type { Diagnostics } from '../model/diagnostics.ts';
import { Fields } from './fields.ts';
import { isMap, YamlSource } from './yaml-source.ts';
import { contrastRatio, formatRatio, MINIMUM_TEXT_CONTRAST } from '../text/contrast.ts';
import { readBaseUrl, readLocale, readTimeZone } from './site-settings.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const SITE_FIELDS = [
  'authority',
  'short_name',
  'base_url',
  'locale',
  'time_zone',
  'municipal_year_starts',
  'contact',
  'licence',
  'brand_colour',
  'logo',
  'repository',
  'history_link',
  'accessibility',
  'oparl',
  'search_bundles',
  'check',
  'paper_size_limit',
] as const;
/** The settings that turn an output on or off: a misspelling of one is an error, not a warning. */
const OUTPUT_SWITCHES = ['oparl'] as const;
/** The largest paper file, in MB, unless `paper_size_limit` says otherwise. */
const PAPER_SIZE_LIMIT_MB = 50;

export function readSite(source: YamlSource | undefined, file: string, diagnostics: Diagnostics): Site {
  const fields = new Fields(source!, source?.root, diagnostics, 'the site');
  if (!source || !Fields.isMapping(source.root)) {
    if (source)
      diagnostics.error(
        file,
        { line: 1, column: 1 },
        'wrong-type',
        'the site data should be a set of fields such as "authority: ..."',
      );
    return defaultSite();
  }
  fields.checkKnown(SITE_FIELDS, OUTPUT_SWITCHES);
  const authority = fields.text('authority', { required: true }) ?? 'Council';
  const startText = fields.text('municipal_year_starts');
  let municipalYearStarts = 5;
  if (startText !== undefined) {
    const month = Number(startText);
    if (Number.isInteger(month) && month >= 1 && month <= 12) municipalYearStarts = month;
    else
      fields.problem(
        'municipal_year_starts',
        'value-unknown',
        `the site: "municipal_year_starts" should be a month number from 1 to 12, not "${startText}"`,
        'May is 5.',
      );
  }
  const contact = fields.mapping('contact', 'the site contact');
  const licence = fields.mapping('licence', 'the site licence');
  const baseUrl = readBaseUrl(fields);
  const brandColour = fields.text('brand_colour');
  if (brandColour !== undefined && !/^#[0-9a-fA-F]{6}$/.test(brandColour)) {
    fields.problem(
      'brand_colour',
      'value-unknown',
      `the site: "brand_colour" should be a colour written like "#1d4f91", not "${brandColour}"`,
    );
  } else if (brandColour !== undefined) {
    checkBrandContrast(fields, brandColour);
  }
  const siteContact = readContact(fields, contact);
  return {
    authority,
    shortName: fields.text('short_name') ?? authority,
    baseUrl,
    locale: readLocale(fields),
    timeZone: readTimeZone(fields),
    municipalYearStarts,
    contact: siteContact,
    licence: { name: licence?.text('name') ?? 'All rights reserved', ...optional('url', licence?.link('url')) },
    ...optional(
      'brandColour',
      brandColour && /^#[0-9a-fA-F]{6}$/.test(brandColour) ? brandColour.toLowerCase() : undefined,
    ),
    ...optional('logo', fields.text('logo')),
    ...optional('repository', fields.link('repository')),
    ...optional('historyLink', historyLink(fields)),
    accessibility: readAccessibility(fields.mapping('accessibility', 'the accessibility statement'), siteContact),
    // Off unless asked for: three quarters of a large site's files, for readers few UK archives have (docs/open-data.md).
    oparl: fields.flag('oparl') ?? false,
    ...optional('searchBundles', searchBundles(fields)),
    check: checkSettings(fields.mapping('check', 'the check settings')),
    paperSizeLimit: paperSizeLimit(fields),
  };
}

/** `paper_size_limit`: the largest paper file the archive takes, in MB. */
function paperSizeLimit(fields: Fields): number {
  const written = fields.text('paper_size_limit');
  if (written === undefined) return PAPER_SIZE_LIMIT_MB * 1_000_000;
  const megabytes = Number(written.replace(/\s*MB$/i, ''));
  if (Number.isFinite(megabytes) && megabytes > 0) return Math.round(megabytes * 1_000_000);
  fields.problem(
    'paper_size_limit',
    'value-unknown',
    `the site: "paper_size_limit" should be a number of megabytes, such as 50, not "${written}"`,
  );
  return PAPER_SIZE_LIMIT_MB * 1_000_000;
}

const CONTACT_FIELDS = ['name', 'email', 'phone', 'address'] as const;

/**
 * `contact`: how the public reaches the council's democratic services, shown
 * in every page's footer and in the accessibility statement. A site without a
 * way to reach anyone is refused: the accessibility regulations ask for one,
 * and so does anyone who finds a mistake in the minutes.
 */
function readContact(fields: Fields, contact: Fields | undefined): Contact {
  contact?.checkKnown(CONTACT_FIELDS);
  const siteContact: Contact = {
    ...optional('name', contact?.text('name')),
    ...optional('email', contact?.text('email')),
    ...optional('phone', contact?.text('phone')),
    ...optional('address', contact?.text('address')),
  };
  if (siteContact.email !== undefined && !/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(siteContact.email)) {
    contact!.problem(
      'email',
      'contact-invalid',
      `the site contact: "email" is "${siteContact.email}", which is not an email address`,
      'Write it as democratic.services@council.gov.uk, without "mailto:".',
    );
    delete siteContact.email;
  }
  if (siteContact.phone !== undefined && !/\d/.test(siteContact.phone)) {
    contact!.problem(
      'phone',
      'contact-invalid',
      `the site contact: "phone" is "${siteContact.phone}", which has no digits`,
      'Write the number as the public dials it, such as 0151 555 0100.',
    );
    delete siteContact.phone;
  }
  if (!siteContact.email && !siteContact.phone && !siteContact.address) {
    const where = contact ?? fields;
    where.problem(
      contact ? 'email' : 'contact',
      'contact-missing',
      'the site: "contact" gives no way to reach democratic services, so the footer and the accessibility statement could not say how to report a mistake or ask for another format',
      'Add at least one of email, phone or address under "contact:", such as "  email: democratic.services@council.gov.uk".',
    );
  }
  return siteContact;
}

/**
 * `search_bundles`: the search bundles of other sites on the same host, each
 * the address of its `pagefind/` folder, such as `/other-board/pagefind/`.
 * Same host only: the pages' content security policy lets the search page
 * fetch from the site's own origin and nowhere else, and no request leaves the site.
 */
// Segments of URL path characters only: no backslash, which browsers read as a slash, so "/\host/" would name another host.
const SAME_SITE_FOLDER = /^\/(?:[A-Za-z0-9._~!$&'()*+,;=:@%-]+\/)*$/;

function searchBundles(fields: Fields): string[] | undefined {
  const bundles = fields.texts('search_bundles').filter((bundle) => {
    if (SAME_SITE_FOLDER.test(bundle)) return true;
    fields.problem(
      'search_bundles',
      'value-unknown',
      `the site: each of "search_bundles" should be the address of another site's search bundle on this host, starting and ending with /, not "${bundle}"`,
      'For example /other-board/pagefind/.',
    );
    return false;
  });
  return bundles.length ? bundles : undefined;
}

/** `history_link`: a web address with `{file}` where the file's path in the repository goes. */
function historyLink(fields: Fields): string | undefined {
  const link = fields.link('history_link');
  if (link === undefined || link.includes('{file}')) return link;
  fields.problem(
    'history_link',
    'value-unknown',
    `the site: "history_link" should show where the file's path goes, as {file}: "${link}"`,
    'For example https://github.com/council/minutes/commits/main/{file}.',
  );
  return undefined;
}

/**
 * The brand colour is the background of the site's header, under white text
 * and links, so it must reach 4.5:1 against white (WCAG 2.2, 1.4.3).
 */
function checkBrandContrast(fields: Fields, colour: string): void {
  const ratio = contrastRatio(colour, '#ffffff');
  if (ratio >= MINIMUM_TEXT_CONTRAST) return;
  fields.problem(
    'brand_colour',
    'brand-contrast',
    `the site: "brand_colour" ${colour} is too light: white text on it has a contrast of ${formatRatio(ratio)}, and readers need at least 4.5:1`,
    'The header shows white text on the brand colour. Choose a darker shade of it, such as one a contrast checker rates 4.5:1 or more against white.',
  );
}

function defaultSite(): Site {
  return {
    authority: 'Council',
    shortName: 'Council',
    baseUrl: 'http://localhost:8080/',
    locale: 'en-GB',
    timeZone: 'Europe/London',
    municipalYearStarts: 5,
    contact: {},
    licence: { name: 'All rights reserved' },
    accessibility: readAccessibility(undefined, {}),
    oparl: false,
    check: { strictNames: false },
    paperSizeLimit: PAPER_SIZE_LIMIT_MB * 1_000_000,
  };
}

/** `check:`: how strict `npm run check` is. `strict_names: true` makes an unknown name in approved minutes an error. */
function checkSettings(check: Fields | undefined): CheckSettings {
  check?.checkKnown(['strict_names']);
  return { strictNames: check?.flag('strict_names') ?? false };
}

const PERSON_FIELDS = ['id', 'name', 'aliases', 'role', 'title'] as const;

export function readPeople(source: YamlSource | undefined, file: string, diagnostics: Diagnostics): Person[] {
  const people: Person[] = [];
  const seen = new Set<string>();
  for (const entry of entries(source, file, diagnostics, 'the people data')) {
    const fields = new Fields(source!, entry, diagnostics, 'a person');
    const id = fields.text('id', { required: true });
    const what = id ? `person ${id}` : 'a person';
    const named = new Fields(source!, entry, diagnostics, what);
    named.checkKnown(PERSON_FIELDS);
    const name = named.text('name', { required: true });
    if (!id || !name) continue;
    if (!ID.test(id)) {
      named.problem(
        'id',
        'id-format',
        `person "${id}": an id is lower case letters, digits and hyphens`,
        'For example peter-lloyd-jones.',
      );
      continue;
    }
    if (seen.has(id)) {
      named.problem('id', 'id-duplicate', `person "${id}" is listed twice`);
      continue;
    }
    seen.add(id);
    people.push({
      id,
      name,
      aliases: named.texts('aliases'),
      ...optional('role', named.text('role')),
      ...optional('title', named.text('title')),
    });
  }
  return people;
}

/**
 * Folders the site itself writes at its root (see src/pages/urls.ts and
 * src/outputs/output-context.ts). A board with one of these ids would have its
 * pages written over them, or write over them.
 */
export const RESERVED_BOARD_IDS = [
  'accessibility',
  'actions',
  'assets',
  'data',
  'decisions',
  'meetings',
  'oparl',
  'pagefind',
  'people',
  'search',
  'topics',
] as const;

const BOARD_FIELDS = [
  'id',
  'name',
  'short_name',
  'purpose',
  'venue',
  'standing_items',
  'members',
  'lead_officer',
  'portfolio_holder',
] as const;
const MEMBER_FIELDS = ['person', 'role', 'from', 'until'] as const;

export function readBoards(
  source: YamlSource | undefined,
  file: string,
  diagnostics: Diagnostics,
  people: ReadonlySet<string>,
): Board[] {
  const boards: Board[] = [];
  const seen = new Set<string>();
  for (const entry of entries(source, file, diagnostics, 'the boards data')) {
    const id = new Fields(source!, entry, diagnostics, 'a board').text('id', { required: true });
    const fields = new Fields(source!, entry, diagnostics, id ? `board ${id}` : 'a board');
    fields.checkKnown(BOARD_FIELDS);
    const name = fields.text('name', { required: true });
    if (!id || !name) continue;
    if (!ID.test(id)) {
      fields.problem(
        'id',
        'id-format',
        `board "${id}": an id is lower case letters, digits and hyphens`,
        'For example cyp or planning-committee.',
      );
      continue;
    }
    if ((RESERVED_BOARD_IDS as readonly string[]).includes(id)) {
      fields.problem(
        'id',
        'id-reserved',
        `board "${id}": the site uses /${id}/ for its own pages, so a board cannot have this id`,
        `Choose another id, such as ${id}-committee.`,
      );
      continue;
    }
    if (seen.has(id)) {
      fields.problem('id', 'id-duplicate', `board "${id}" is listed twice`);
      continue;
    }
    seen.add(id);
    const members: Membership[] = [];
    for (const member of fields.list('members')) {
      const m = new Fields(source!, member, diagnostics, `a member of board ${id}`);
      if (!isMap(member)) {
        diagnostics.error(
          file,
          source!.placeOf(member),
          'wrong-type',
          `board ${id}: each member should be written as "person: <id>" with an optional "role"`,
        );
        continue;
      }
      m.checkKnown(MEMBER_FIELDS);
      const personId = m.text('person', { required: true });
      if (!personId) continue;
      if (!people.has(personId)) {
        m.problem(
          'person',
          'person-unknown',
          `board ${id}: member "${personId}" is not in the people data`,
          'Add them to _data/people.yaml, or use their id.',
        );
        continue;
      }
      members.push({
        personId,
        role: m.text('role') ?? 'Member',
        ...optional('from', m.date('from')),
        ...optional('until', m.date('until')),
      });
    }
    const leadOfficerId = personField(fields, 'lead_officer', people, id);
    const portfolioHolderId = personField(fields, 'portfolio_holder', people, id);
    boards.push({
      id,
      name,
      shortName: fields.text('short_name') ?? name,
      ...optional('purpose', fields.text('purpose')),
      ...optional('venue', fields.text('venue')),
      standingItems: fields.texts('standing_items'),
      members,
      ...optional('leadOfficerId', leadOfficerId),
      ...optional('portfolioHolderId', portfolioHolderId),
    });
  }
  return boards;
}

function personField(fields: Fields, key: string, people: ReadonlySet<string>, boardId: string): string | undefined {
  const personId = fields.text(key);
  if (personId !== undefined && !people.has(personId)) {
    fields.problem(
      key,
      'person-unknown',
      `board ${boardId}: "${key}" is "${personId}", who is not in the people data`,
      'Use the id of a person in _data/people.yaml.',
    );
    return undefined;
  }
  return personId;
}

function entries(source: YamlSource | undefined, file: string, diagnostics: Diagnostics, what: string) {
  if (!source || source.root === null) return [];
  const root = source.root;
  if (!('items' in root) || isMap(root)) {
    diagnostics.error(
      file,
      source.placeOf(root),
      'wrong-type',
      `${what} should be a list, each entry starting with "- id: ..."`,
    );
    return [];
  }
  const items = (root as { items: unknown[] }).items as Parameters<YamlSource['placeOf']>[0][];
  return items.filter((item) => {
    if (isMap(item)) return true;
    diagnostics.error(
      file,
      source.placeOf(item),
      'wrong-type',
      `${what}: each entry should be a set of fields starting with "- id: ..."`,
    );
    return false;
  });
}

/** `{ key: value }` when value is defined, `{}` otherwise: keeps optional fields absent rather than undefined. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
