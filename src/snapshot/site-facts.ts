// The few facts about the authority that a snapshot's labels need, read
// from `_data/site.yaml` as committed.
import { parse } from 'yaml';
import { SnapshotError } from './git.ts';

export interface SiteFacts {
  authority: string;
  shortName: string;
  /** Where the site is published, ending in `/`. */
  baseUrl: string;
  contact: { name?: string; email?: string; phone?: string; address?: string };
  repository?: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function readSiteFacts(yamlText: string | undefined, file = '_data/site.yaml'): SiteFacts {
  if (yamlText === undefined)
    throw new SnapshotError(
      `${file} is not in the commit: a snapshot names the authority it is of. See docs/content-format.md.`,
    );
  let data: unknown;
  try {
    data = parse(yamlText.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SnapshotError(
      `${file} is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}. Run npm run check.`,
    );
  }
  const site = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const authority = text(site.authority);
  if (!authority)
    throw new SnapshotError(`${file} has no authority: a snapshot names the authority as its Source-Organization.`);
  const baseUrl = text(site.base_url);
  let canonical: URL;
  try {
    canonical = new URL(baseUrl ?? '');
  } catch {
    throw new SnapshotError(
      `${file} has no usable base_url (${JSON.stringify(baseUrl ?? '')}): the web archive records each page at its address there.`,
    );
  }
  if (!canonical.pathname.endsWith('/')) canonical.pathname += '/';
  const contact = (site.contact && typeof site.contact === 'object' ? site.contact : {}) as Record<string, unknown>;
  return {
    authority,
    shortName: text(site.short_name) ?? authority,
    baseUrl: canonical.href,
    contact: {
      ...(text(contact.name) ? { name: text(contact.name) } : {}),
      ...(text(contact.email) ? { email: text(contact.email) } : {}),
      ...(text(contact.phone) !== undefined || typeof contact.phone === 'number'
        ? { phone: String(contact.phone).trim() }
        : {}),
      ...(text(contact.address) ? { address: text(contact.address) } : {}),
    },
    ...(text(site.repository) ? { repository: text(site.repository) } : {}),
  };
}
