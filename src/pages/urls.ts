/**
 * Addresses of the site's pages. Every link goes through here, so the site
 * works at a domain's root or under a folder (`/minutes/`).
 */
export class Urls {
  readonly prefix: string;

  constructor(pathPrefix = '/') {
    const trimmed = pathPrefix.replace(/^\/+|\/+$/g, '');
    this.prefix = trimmed ? `/${trimmed}/` : '/';
  }

  /** A site path (`/cyp/`) as a link, with the prefix. */
  href(sitePath: string): string {
    return this.prefix + sitePath.replace(/^\//, '');
  }

  static home = '/';
  static board = (boardId: string) => `/${boardId}/`;
  static meeting = (key: string) => `/${key}/`;
  static report = (key: string) => `/${key}/`;
  static asset = (name: string) => `/assets/${name}`;
  static search = '/search/';
  static meetings = '/meetings/';
  static decisions = '/decisions/';
  static boardDecisions = (boardId: string) => `/${boardId}/decisions/`;
  static actions = '/actions/';
  static people = '/people/';
  static person = (personId: string) => `/people/${personId}/`;
  static topics = '/topics/';
  static topic = (slug: string) => `/topics/${slug}/`;
  static item = (meetingKey: string, anchor: string) => `/${meetingKey}/#${anchor}`;
  /** A paper's file, as kept in the archive: `/cyp/2025-09-08/papers/annual-report.pdf`. */
  static paperFile = (meetingKey: string, file: string) => `/${meetingKey}/papers/${file}`;
  /** The page of a paper's text: `/cyp/2025-09-08/papers/annual-report-pdf/`. */
  static paperText = (meetingKey: string, file: string) => `/${meetingKey}/papers/${file.replace(/\./g, '-')}/`;

  /** The file a site path is written to: `/cyp/` becomes `cyp/index.html`. */
  static outputPath(sitePath: string): string {
    return sitePath.endsWith('/') ? `${sitePath.slice(1)}index.html` : sitePath.slice(1);
  }
}
