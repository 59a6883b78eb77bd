import type { AccessibilityStatement, Contact } from '../model/types.ts';
import type { Fields } from './fields.ts';

const FIELDS = [
  'compliance',
  'problems',
  'enforcement',
  'prepared',
  'reviewed',
  'tested',
  'tested_by',
  'contact',
] as const;
const CONTACT_FIELDS = ['email', 'phone', 'url', 'address'] as const;

/**
 * The `accessibility:` fields of `_data/site.yaml`. All are optional: without
 * them the statement says the site is partially compliant (documents linked
 * from the minutes are outside its control), and problems are reported to the
 * site's contact.
 */
export function readAccessibility(fields: Fields | undefined, siteContact: Contact): AccessibilityStatement {
  fields?.checkKnown(FIELDS);
  const contact = fields?.mapping('contact', 'the accessibility contact');
  contact?.checkKnown(CONTACT_FIELDS);
  const given = contact
    ? compact({
        email: contact.text('email'),
        phone: contact.text('phone'),
        url: contact.link('url'),
        address: contact.text('address'),
      })
    : {};
  return {
    compliance: fields?.oneOf('compliance', ['fully', 'partially', 'not'] as const) ?? 'partially',
    problems: fields?.has('problems') ? fields.texts('problems') : DEFAULT_PROBLEMS,
    enforcement: fields?.oneOf('enforcement', ['ehrc', 'ecni'] as const) ?? 'ehrc',
    ...compact({
      prepared: fields?.date('prepared'),
      reviewed: fields?.date('reviewed'),
      tested: fields?.date('tested'),
      testedBy: fields?.text('tested_by'),
    }),
    contact: Object.keys(given).length
      ? given
      : compact({ email: siteContact.email, phone: siteContact.phone, address: siteContact.address }),
  };
}

const DEFAULT_PROBLEMS = [
  'Some documents linked from the minutes, such as reports and appendices in PDF, are published elsewhere by the council and may not be accessible.',
];

function compact<T extends Record<string, string | undefined>>(values: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: string };
}
