// A WACZ 1.1.1 web archive of the site: a WARC with a response record for
// every file at its canonical address, a CDXJ index, the list of pages, and
// the data package that describes them, in one zip.
import { createHash } from 'node:crypto';
import { unescapeHtml } from '../text/markdown.ts';
import { mediaType } from './media-types.ts';
import { recordId, responseRecord, sha256Label, warcinfoRecord } from './warc.ts';
import { zipStored } from './zip.ts';

export interface WebArchiveInput {
  /** The site's files by path (`cyp/index.html`), as they are served at the canonical address. */
  files: Map<string, Buffer>;
  /** Where the site is published, ending in `/`. */
  baseUrl: string;
  title: string;
  software: string;
  /** The snapshot's moment: seconds since 1970 and ISO 8601. */
  epoch: number;
  iso: string;
  /** Extra addresses that serve the same file, such as Pagefind's `pagefind-entry.json?ts=<tag>`. */
  aliases?: Map<string, string[]>;
}

const WARC_NAME = 'data.warc';

/** The canonical address of a site file: `cyp/index.html` is served as `cyp/`. */
export function canonicalUrl(baseUrl: string, file: string): string {
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return baseUrl + encoded.replace(/(^|\/)index\.html$/, '$1');
}

/** The SURT form of an address, by which web archive indexes sort: `org,example)/cyp/`. */
export function surt(address: string): string {
  const url = new URL(address);
  const host = url.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.')
    .reverse()
    .join(',');
  const port = url.port ? `:${url.port}` : '';
  return `${host}${port})${url.pathname.toLowerCase()}${url.search.toLowerCase()}`;
}

function pageTitle(html: string): string | undefined {
  const match = /<title>([^<]*)<\/title>/i.exec(html);
  if (!match) return undefined;
  return unescapeHtml(match[1]!).trim();
}

function json(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

export function buildWebArchive(input: WebArchiveInput): Buffer {
  const timestamp = input.iso.replace(/[-:TZ]/g, '').slice(0, 14);
  const info = warcinfoRecord({
    filename: WARC_NAME,
    date: input.iso,
    fields: [
      ['software', input.software],
      ['format', 'WARC File Format 1.1'],
      ['isPartOf', input.title],
      ['description', `The pages of ${input.baseUrl} as built, not crawled`],
    ],
  });
  const warcinfoId = recordId(`warcinfo ${WARC_NAME} ${input.iso}`);
  const records: Buffer[] = [info];
  const index: string[] = [];
  const pages: Array<{ url: string; line: string }> = [];
  let offset = info.length;

  for (const [file, body] of input.files) {
    const addresses = [canonicalUrl(input.baseUrl, file), ...(input.aliases?.get(file) ?? [])];
    const mime = mediaType(file);
    for (const url of addresses) {
      const bytes = responseRecord({ url, date: input.iso, contentType: mime, body, warcinfoId });
      index.push(
        `${surt(url)} ${timestamp} ${JSON.stringify({ url, mime: mime.split(';')[0], status: '200', digest: sha256Label(body), length: String(bytes.length), offset: String(offset), filename: WARC_NAME })}`,
      );
      records.push(bytes);
      offset += bytes.length;
    }
    if (file.endsWith('.html') && file !== '404.html') {
      const url = addresses[0]!;
      const title = pageTitle(body.toString('utf8'));
      pages.push({
        url,
        line: JSON.stringify({
          id: createHash('sha256').update(url).digest('hex').slice(0, 32),
          url,
          ...(title ? { title } : {}),
          ts: input.iso,
        }),
      });
    }
  }

  const resources = [
    { name: WARC_NAME, path: `archive/${WARC_NAME}`, bytes: Buffer.concat(records) },
    {
      name: 'index.cdx',
      path: 'indexes/index.cdx',
      bytes: Buffer.from(
        index
          .sort()
          .map((line) => `${line}\n`)
          .join(''),
        'utf8',
      ),
    },
    {
      name: 'pages.jsonl',
      path: 'pages/pages.jsonl',
      bytes: Buffer.from(
        [
          JSON.stringify({ format: 'json-pages-1.0', id: 'pages', title: 'All pages' }),
          ...pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)).map((page) => page.line),
        ]
          .map((line) => `${line}\n`)
          .join(''),
        'utf8',
      ),
    },
  ];
  // ReplayWeb.page 2.5 needs the profile "data-package" and wacz_version 1.1.1 (it rejects the 1.2 profile "wacz").
  const datapackage = json({
    profile: 'data-package',
    wacz_version: '1.1.1',
    title: input.title,
    software: input.software,
    created: input.iso,
    mainPageUrl: input.baseUrl,
    mainPageDate: input.iso,
    resources: resources.map((resource) => ({
      name: resource.name,
      path: resource.path,
      hash: sha256Label(resource.bytes),
      bytes: resource.bytes.length,
    })),
  });
  const digest = json({ path: 'datapackage.json', hash: sha256Label(datapackage) });
  return zipStored(
    [
      ...resources.map((resource) => ({ name: resource.path, bytes: resource.bytes })),
      { name: 'datapackage.json', bytes: datapackage },
      { name: 'datapackage-digest.json', bytes: digest },
    ],
    input.epoch,
  );
}
