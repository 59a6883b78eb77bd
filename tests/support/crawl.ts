import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/**
 * Follows every link and asset reference of every HTML page in a built site,
 * as a visitor would, and returns those that lead nowhere: a missing file,
 * a missing `#anchor`, or an address outside the site's folder (`prefix`).
 * Links to other hosts are not followed, only listed if `external` is asked.
 */
export function crawlSite(site: string, prefix = '/'): { pages: number; links: number; broken: string[] } {
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const pages = htmlFiles(site);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      ids.set(file, new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!)));
    }
    return ids.get(file)!;
  };
  const broken: string[] = [];
  let links = 0;
  for (const page of pages) {
    const { document } = parseHTML(readFileSync(page, 'utf8'));
    const pageUrl = new URL(`http://site.test${base}${path.relative(site, page).split(path.sep).join('/')}`);
    for (const element of document.querySelectorAll('[href], [src], form[action]')) {
      const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action')!;
      if (/^(mailto|tel):/i.test(raw)) continue;
      const url = new URL(raw, pageUrl);
      if (url.host !== 'site.test') continue;
      links++;
      const where = `${path.relative(site, page)}: ${raw}`;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${where} (outside ${base})`);
        continue;
      }
      let target = path.join(site, decodeURIComponent(url.pathname.slice(base.length)));
      if (existsSync(target) && statSync(target).isDirectory()) target = path.join(target, 'index.html');
      if (!existsSync(target)) {
        broken.push(`${where} (no such file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
        broken.push(`${where} (no #${fragment} there)`);
    }
  }
  return { pages: pages.length, links, broken };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(full);
      return entry.name.endsWith('.html') ? [full] : [];
    });
}
