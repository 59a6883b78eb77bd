import type { Urls } from './urls.ts';

/**
 * Absolute addresses for feeds, calendars, the sitemap and open data, which
 * are read away from the site and so cannot use relative links.
 *
 * `base_url` is where the site is published. When the site also has a path
 * prefix, the prefix is added unless `base_url` already ends with it, so
 * `https://example.org/` and `https://example.org/minutes/` both work with
 * `--path-prefix /minutes/`.
 */
export class SiteAddress {
  readonly origin: string;
  private readonly root: string;
  private readonly urls: Urls;

  constructor(baseUrl: string, urls: Urls) {
    this.urls = urls;
    const base = new URL(baseUrl);
    this.origin = base.origin;
    const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
    this.root = basePath.endsWith(urls.prefix)
      ? basePath.slice(0, basePath.length - urls.prefix.length)
      : basePath.replace(/\/$/, '');
  }

  /** The absolute URL of a site path (`/cyp/` → `https://minutes.example.org/cyp/`). */
  url(sitePath: string): string {
    return this.origin + this.root + this.urls.href(sitePath);
  }

  /** The host name, for identifiers such as calendar UIDs. */
  get host(): string {
    return new URL(this.origin).host;
  }
}
