import type { Contact } from '../model/types.ts';
import type { ContactWay } from '../pages/page.ts';

/** Each way a contact can be reached, in the order the footer and the accessibility statement give them. */
export function contactWays(contact: Contact & { url?: string }): ContactWay[] {
  const ways: ContactWay[] = [];
  if (contact.email) ways.push({ label: 'Email', value: contact.email, href: `mailto:${contact.email}` });
  if (contact.phone)
    ways.push({ label: 'Telephone', value: contact.phone, href: `tel:${contact.phone.replace(/[^+\d]/g, '')}` });
  if (contact.url) ways.push({ label: 'Web', value: contact.url, href: contact.url });
  if (contact.address) ways.push({ label: 'Post', value: contact.address });
  return ways;
}
