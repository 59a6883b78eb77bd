import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';

const BASE = 'https://minutes.example.org/minutes/';
let site: string;

beforeAll(async () => {
  const build = await buildSite({ pathPrefix: '/minutes/' });
  expect(build.exitCode, build.stderr).toBe(0);
  site = build.out;
});

function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Whether a site path (with an optional #fragment) is a file of the built site, and the fragment an id in it. */
function resolves(sitePath: string): boolean {
  const [pathname, fragment] = sitePath.split('#') as [string, string | undefined];
  const file = path.join(site, pathname.endsWith('/') || pathname === '' ? `${pathname}index.html` : pathname);
  if (!existsSync(file)) return false;
  return fragment === undefined || readFileSync(file, 'utf8').includes(` id="${fragment}"`);
}

it('every address of the site in the feeds, calendars, sitemap and data resolves, anchors included', () => {
  const checked = new Set<string>();
  for (const name of files(site).filter((f) => /\.(xml|ics|json|csv|txt)$/.test(f))) {
    const text = readFileSync(path.join(site, name), 'utf8').replace(/\r\n /g, '');
    for (const [url] of text.matchAll(/https:\/\/minutes\.example\.org\/[^\s"<>,\\&]*/g)) {
      if (checked.has(url)) continue;
      checked.add(url);
      expect(url.startsWith(BASE), `${url} in ${name} is outside the prefix`).toBe(true);
      expect(resolves(url.slice(BASE.length)), `${url} in ${name}`).toBe(true);
    }
  }
  expect(checked.size).toBeGreaterThan(100);
  expect(checked).toContain(`${BASE}cyp/2025-09-08/#decision-17-1`);
});

it('every <link rel="alternate"> in the pages\' heads resolves', () => {
  for (const name of files(site).filter((f) => f.endsWith('.html'))) {
    const head = readFileSync(path.join(site, name), 'utf8').split('</head>')[0]!;
    for (const [, href] of head.matchAll(/<link rel="alternate"[^>]* href="([^"]+)"/g)) {
      expect(href!.startsWith('/minutes/'), `${href} in ${name}`).toBe(true);
      expect(resolves(href!.slice('/minutes/'.length)), `${href} in ${name}`).toBe(true);
    }
  }
});
