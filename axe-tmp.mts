import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium } from './tests/support/browser.ts';
import { serveFolder } from './tests/support/static-server.ts';
import { readdirSync } from 'node:fs';
const site = '/tmp/site2';
const pages = readdirSync(site, { recursive: true }).map(String).filter((f) => f.endsWith('index.html') && !f.startsWith('oparl') && !f.startsWith('data')).map((f) => '/' + f.replace(/index\.html$/, ''));
const server = await serveFolder(site);
const browser = await launchChromium();
for (const p of pages) {
  for (const [scheme, width] of [['light', 1280], ['dark', 1280], ['light', 360]] as const) {
    const ctx = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 800 } }); const page = await ctx.newPage();
    await page.goto(server.url + p.slice(1));
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    if (r.violations.length) console.log(p, scheme, width, r.violations.map((v) => `${v.id}: ${v.nodes.length} ${v.nodes[0]?.target}`).join(' | '));
    await ctx.close();
  }
}
console.log('checked', pages.length);
await browser.close(); await server.close();
