import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** Elements whose address a browser loads by itself, as part of the page. */
const LOADED = [
  [
    'link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="manifest"]',
    'href',
  ],
  ['script[src]', 'src'],
  ['img[src], iframe[src], audio[src], video[src], source[src], embed[src], track[src], input[type=image][src]', 'src'],
  ['object[data]', 'data'],
] as const;
/** Elements whose address a reader follows or a program reads. */
const FOLLOWED = [
  ['a[href], area[href], link[href]', 'href'],
  ['form[action]', 'action'],
] as const;

export interface CrawledResponse {
  status: number;
  headers: Headers;
  contentType: string;
}

export interface Crawl {
  /** Every address fetched (without fragments), with its response. */
  responses: Map<string, CrawledResponse>;
  /** Broken links, missing anchors and addresses outside the site, each with the page it is on. */
  problems: string[];
}

/**
 * Crawls a served site from `siteUrl` (which ends with its prefix) and from
 * every HTML file in `folder`, as a reader's browser would: each page's
 * links, stylesheets, scripts and images, the stylesheets' url()s, and the
 * anchors links point to. A problem is a link that does not answer 200, an
 * anchor the page lacks, an address of this host outside the prefix, or
 * anything a page loads from another host. Links to other sites are not
 * followed (the tests have no network), only noted as fine.
 *
 * crawl.ts checks the built files themselves; this one goes through a
 * real web server, so it also sees what the server makes of them: statuses,
 * headers, content types, folders answered with their index.html.
 */
export async function crawlSite(siteUrl: string, folder: string): Promise<Crawl> {
  const site = new URL(siteUrl);
  const responses = new Map<string, CrawledResponse>();
  const anchors = new Map<string, Set<string>>();
  const problems: string[] = [];
  const wanted: Array<{ url: URL; from: string }> = [{ url: site, from: '(start)' }];
  for (const file of htmlFiles(folder))
    if (file !== '404.html')
      wanted.push({ url: new URL(file.replace(/(^|\/)index\.html$/, '$1'), site), from: '(the built folder)' });
  const fragments: Array<{ url: URL; from: string }> = [];

  while (wanted.length) {
    const { url, from } = wanted.shift()!;
    const address = withoutHash(url);
    if (responses.has(address)) continue;
    const response = await fetch(address, { redirect: 'manual' });
    const contentType = response.headers.get('content-type') ?? '';
    responses.set(address, { status: response.status, headers: response.headers, contentType });
    if (response.status !== 200) {
      problems.push(`${from}: ${address} answers ${response.status}`);
      continue;
    }
    const body = await response.text();
    const refs: Array<{ value: string; loaded: boolean }> = [];
    if (contentType.startsWith('text/html')) {
      const { document } = parseHTML(body);
      anchors.set(
        address,
        new Set(
          [...document.querySelectorAll('[id], a[name]')].map(
            (e) => e.getAttribute('id') ?? e.getAttribute('name') ?? '',
          ),
        ),
      );
      for (const [selector, attribute] of LOADED)
        for (const e of document.querySelectorAll(selector))
          refs.push({ value: e.getAttribute(attribute) ?? '', loaded: true });
      for (const [selector, attribute] of FOLLOWED)
        for (const e of document.querySelectorAll(selector))
          refs.push({ value: e.getAttribute(attribute) ?? '', loaded: false });
      for (const e of document.querySelectorAll('img[srcset], source[srcset]')) {
        for (const candidate of (e.getAttribute('srcset') ?? '').split(','))
          refs.push({ value: candidate.trim().split(/\s+/)[0] ?? '', loaded: true });
      }
    } else if (contentType.startsWith('text/css')) {
      for (const match of body.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/g))
        refs.push({ value: match[1] ?? match[2] ?? '', loaded: true });
    }
    for (const { value, loaded } of refs) {
      if (value === '' || /^(mailto|tel|data):/i.test(value)) continue;
      const target = new URL(value, address);
      if (target.origin !== site.origin) {
        if (loaded) problems.push(`${address}: loads ${target.href} from another host`);
        continue;
      }
      if (!target.pathname.startsWith(site.pathname)) {
        problems.push(`${address}: ${value} is outside the site's folder ${site.pathname}`);
        continue;
      }
      wanted.push({ url: target, from: address });
      if (target.hash.length > 1) fragments.push({ url: target, from: address });
    }
  }
  for (const { url, from } of fragments) {
    const ids = anchors.get(withoutHash(url));
    const id = decodeURIComponent(url.hash.slice(1));
    if (ids && !ids.has(id)) problems.push(`${from}: ${url.href} points to an anchor the page does not have`);
  }
  return { responses, problems: [...new Set(problems)] };
}

function withoutHash(url: URL): string {
  const copy = new URL(url);
  copy.hash = '';
  return copy.href;
}

function htmlFiles(folder: string, prefix = ''): string[] {
  return readdirSync(path.join(folder, prefix), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const name = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? htmlFiles(folder, name) : entry.name.endsWith('.html') ? [name] : [];
    });
}
