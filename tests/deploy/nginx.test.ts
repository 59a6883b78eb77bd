import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { announceNginxTests, serveWithNginx, type NginxServer } from '../support/nginx.ts';
import { crawlSite, type Crawl } from '../support/link-crawler.ts';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src/site/security.ts';

const ready = announceNginxTests('deployment tests with nginx');

for (const prefix of ['/minutes/', '/']) {
  describe.runIf(ready)(`the site served by nginx at ${prefix}, configured as docs/deploying.md says`, () => {
    let server: NginxServer;
    let crawl: Crawl;
    beforeAll(async () => {
      // The prefix comes from the environment, as on hosts whose settings are variables (--path-prefix is tested elsewhere).
      const build = await buildSite(prefix === '/' ? {} : { env: { MINUTE_BOOK_PATH_PREFIX: prefix } });
      expect(build.exitCode, build.stderr).toBe(0);
      server = await serveWithNginx(build.out, prefix);
      crawl = await crawlSite(server.url, build.out);
    });
    afterAll(() => server?.close());

    it('has no broken link, no missing anchor and nothing loaded from outside its folder', () => {
      expect(crawl.problems).toEqual([]);
      const pages = [...crawl.responses]
        .filter(([, r]) => r.contentType.startsWith('text/html'))
        .map(([url]) => new URL(url).pathname);
      // The crawl reached the pages a reader would, not only the home page.
      expect(pages).toEqual(
        expect.arrayContaining([
          prefix,
          `${prefix}cyp/`,
          `${prefix}cyp/2025-09-08/`,
          `${prefix}cyp/reports/annual-report-2024-25/`,
        ]),
      );
      expect(crawl.responses.get(new URL('assets/minute-book.css', server.url).href)?.contentType).toMatch(
        /^text\/css/,
      );
    });

    it('sends the content security policy and the other headers with every response', () => {
      for (const [url, response] of crawl.responses) {
        expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY_HEADER);
        expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
      }
    });

    it("answers a missing page with the site's own 404 page, under the prefix", async () => {
      const response = await fetch(new URL('cyp/1999-01-01/', server.url));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
      const page = await response.text();
      expect(page).toContain(`href="${prefix}assets/minute-book.css"`);
    });

    it('serves calendars as calendars, and lets pages be checked again on every visit', () => {
      const ics = [...crawl.responses].find(([url]) => url.endsWith('.ics'));
      expect(ics?.[1].contentType).toBe('text/calendar; charset=utf-8');
      expect(crawl.responses.get(server.url)?.headers.get('cache-control')).toBe('no-cache');
    });
  });
}
