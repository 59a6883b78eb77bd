import type { Page } from '../pages/page.ts';
import type { OutputContext } from './output-context.ts';
import { OutputPaths } from '../pages/output-paths.ts';
import { element } from './xml.ts';

/** Pages a search engine should list: every HTML page but the "not found" page. */
export function isListedPage(page: Page): boolean {
  return page.outputPath.endsWith('.html') && page.kind !== 'not-found';
}

/** `sitemap.xml` (sitemaps.org protocol 0.9) listing every HTML page by its absolute URL. */
export function sitemap(output: OutputContext, pages: Page[]): string {
  const urls = [...new Set(pages.filter(isListedPage).map((page) => output.url(page.frame.path)))];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `<url>${element('loc', url)}</url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * `robots.txt`: everything may be crawled, and the sitemap is named. Crawlers
 * read it only at the root of a host, so under a path prefix the host's own
 * robots.txt must point to the sitemap (docs/open-data.md says so).
 */
export function robotsTxt(output: OutputContext): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${output.url(OutputPaths.sitemap)}\n`;
}
