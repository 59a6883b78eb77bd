import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { copyOfSampleArchive, meetingFile } from '../support/archive-copy.ts';
import { readPage, textOf } from '../support/html.ts';
import { announceBrowserTests, launchChromium } from '../support/browser.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';
import { loadArchive } from '../../src/load/archive.ts';

const hostile = readFileSync(path.join(import.meta.dirname, 'fixtures/hostile-meeting.md'), 'utf8');
let site: string;

beforeAll(async () => {
  const result = await buildSite({ root: copyOfSampleArchive({ 'content/cyp/2025-12-01.md': hostile }) });
  expect(result.exitCode, result.stderr).toBe(0);
  site = result.out;
});

/** Every element attribute of a page that could run script. */
function dangerousMarkup(document: Document): string[] {
  const found: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (
      ['script', 'iframe', 'object', 'embed', 'style', 'svg', 'img', 'form'].includes(tag) &&
      !(tag === 'form' && element.closest('header'))
    )
      found.push(`<${tag}>`);
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) found.push(`${tag}[${attribute.name}]`);
      if (
        ['href', 'src', 'action', 'formaction'].includes(attribute.name) &&
        /^\s*(javascript|data|vbscript):/i.test(attribute.value)
      )
        found.push(`${tag}[${attribute.name}=${attribute.value}]`);
    }
  }
  return found;
}

describe('text from anywhere cannot inject markup or script', () => {
  it('publishes the hostile meeting with no element, attribute or link that could run script', () => {
    const page = readPage(site, '/cyp/2025-12-01/');
    expect(dangerousMarkup(page)).toEqual([]);
  });

  it('keeps the hostile text visible as text, so nothing is lost', () => {
    const text = textOf(readPage(site, '/cyp/2025-12-01/').querySelector('main'));
    for (const fragment of [
      "<script>alert('venue')</script> Town Hall",
      "<script>alert('body')</script>",
      '<iframe src="https://evil.example/"></iframe>',
      "That <script>alert('decision')</script> be noted.",
      "Action: <img src=x onerror=alert('action')>",
      "<b onclick=alert('name')>Logan</b>",
    ]) {
      expect(text).toContain(fragment);
    }
  });

  it('shows links with unsafe schemes as text, not as links', () => {
    const page = readPage(site, '/cyp/2025-12-01/');
    const hrefs = [...page.querySelectorAll('#item-1 a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([]);
    expect(textOf(page.querySelector('#item-1'))).toContain('[javascript link](javascript:alert');
  });

  it('refuses unsafe links in front matter with a diagnostic, and publishes nothing', async () => {
    const root = copyOfSampleArchive({
      'content/cyp/2025-12-01.md': meetingFile(
        "date: 2025-12-01\nstatus: draft\ndocuments:\n  - title: Report\n    link: \"javascript:alert('x')\"\nsource:\n  link: ' JaVaScRiPt:alert(1)'",
      ),
      'content/cyp/2025-12-02.md': meetingFile(
        'date: 2025-12-02\nstatus: draft',
        '## 1. Minutes\n\nCut short.\n\nCut short: data:text/html,<script>alert(1)</script>\n',
      ),
    });
    const diagnostics = loadArchive(root).diagnostics.filter((d) => d.code === 'link-unsafe');
    expect(diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual([
      'content/cyp/2025-12-01.md:6',
      'content/cyp/2025-12-01.md:8',
      'content/cyp/2025-12-02.md:10',
    ]);
    expect((await buildSite({ root })).exitCode).toBe(1);
  });

  it('carries a content security policy with no inline script and no eval on every page', () => {
    const policy =
      readPage(site, '/cyp/2025-12-01/')
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content') ?? '';
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });
});

describe.runIf(announceBrowserTests('injection tests in Chromium'))('in a real browser', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveFolder(site);
  });
  afterAll(() => server?.close());

  it('runs no script and sends no request outside localhost when the hostile page is read', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const dialogs: string[] = [];
      const outside: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname !== '127.0.0.1') {
          outside.push(url.href);
          return route.abort();
        }
        return route.continue();
      });
      await page.goto(`${server.url}cyp/2025-12-01/`);
      await page.mouse.move(200, 300);
      // Every element a reader can point at: those folded away in a closed details element cannot be hovered, so they are passed over, not waited for.
      for (const element of await page.locator('main *').all()) {
        if (await element.isVisible()) await element.hover({ trial: true, timeout: 2_000 }).catch(() => {});
      }
      const scriptsRun = await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran === true);
      expect(dialogs).toEqual([]);
      expect(outside).toEqual([]);
      expect(scriptsRun).toBe(false);
      expect(await page.locator('h1').textContent()).toContain('Monday 1 December 2025');
    } finally {
      await browser.close();
    }
  });
});
