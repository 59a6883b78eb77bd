import { IANAZone } from 'luxon';
import type { Fields } from './fields.ts';
import { closest } from '../text/closest.ts';

/**
 * The settings of `_data/site.yaml` that the build hands to the platform
 * (the pages' `lang`, luxon's time zones, `new URL`): each is checked here, so
 * a slip is an error at its line rather than a build that fails, or a site
 * that publishes the slip, without naming the file.
 */

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * `locale`: a language tag the pages declare as their `lang` (WCAG 3.1.1), such
 * as en-GB or cy. It must be well formed and name a language (and region) the
 * platform knows; a tag written in another case is taken in its standard form.
 */
export function readLocale(fields: Fields): string {
  const written = fields.text('locale');
  if (written === undefined) return 'en-GB';
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(written)[0];
  } catch {
    canonical = undefined;
  }
  if (canonical && /^[a-z]{2,3}(?:-|$)/i.test(canonical) && LANGUAGE_NAMES.of(canonical) !== undefined)
    return canonical;
  const likely = written.replace(/_/g, '-');
  const suggestion = likely !== written ? tryCanonical(likely) : undefined;
  fields.problem(
    'locale',
    'locale-invalid',
    `the site: "locale" is "${written}", which is not a language tag, so the pages could not say which language they are in`,
    suggestion && LANGUAGE_NAMES.of(suggestion)
      ? `Write ${suggestion} (${LANGUAGE_NAMES.of(suggestion)}).`
      : 'Write a language tag such as en-GB (British English) or cy (Welsh).',
  );
  return 'en-GB';
}

function tryCanonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** `time_zone`: the name of a time zone in the IANA database, such as Europe/London, for meeting times in calendars and open data. */
export function readTimeZone(fields: Fields): string {
  const written = fields.text('time_zone');
  if (written === undefined) return 'Europe/London';
  if (IANAZone.isValidZone(written)) return written;
  const nearest = closest(written, Intl.supportedValuesOf('timeZone'), 1)[0];
  fields.problem(
    'time_zone',
    'time-zone-invalid',
    `the site: "time_zone" is "${written}", which is not the name of a time zone`,
    nearest ? `Did you mean ${nearest}?` : 'Write the name of a time zone in the IANA database, such as Europe/London.',
  );
  return 'Europe/London';
}

/**
 * `base_url`: where the site is published, for the absolute addresses of
 * feeds, calendars and open data. A full web address (http or https) with no
 * user name, query or fragment, which `new URL` accepts.
 */
export function readBaseUrl(fields: Fields): string {
  const fallback = 'http://localhost:8080/';
  const written = fields.text('base_url');
  if (written === undefined) return fallback;
  const problem = baseUrlProblem(written);
  if (problem) {
    fields.problem(
      'base_url',
      'base-url-invalid',
      `the site: "base_url" is "${written}": ${problem}`,
      'Write the address the site is published at, such as https://minutes.example.org/.',
    );
    return fallback;
  }
  return written.endsWith('/') ? written : `${written}/`;
}

function baseUrlProblem(written: string): string | undefined {
  if (!/^https?:\/\//i.test(written)) return 'a web address starts with http:// or https://';
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    const port = /^https?:\/\/[^/]*:(\d+)/i.exec(written)?.[1];
    if (port !== undefined && Number(port) > 65535) return `the port ${port} does not exist (the largest is 65535)`;
    return 'it is not a web address (check for spaces and stray characters)';
  }
  if (url.hostname === '') return 'it has no host name';
  if (url.username || url.password) return 'it carries a user name or password, which must never be published';
  if (url.search || url.hash) return 'it has a ? or # part, which a site address cannot have';
  return undefined;
}
