import type { Archive, Board, Meeting, Person } from '../model/types.ts';
import { Urls } from './urls.ts';
import type { SearchFields } from './search-fields.ts';
import type { ArchiveHistory } from '../history/archive-history.ts';

export interface Link {
  label: string;
  href: string;
}

/** What every page's frame shows: head, header, breadcrumbs and footer. */
export interface Frame {
  /** The document title, most specific first. */
  title: string;
  description?: string;
  /** Site path of this page (`/cyp/2025-09-08/`), unprefixed. */
  path: string;
  breadcrumbs: Link[];
  /** Feeds and other alternate forms of the page. */
  alternates: Array<{ type: string; title: string; href: string }>;
  /** The page's filters, metadata and sort keys in the search index, for the pages search finds. */
  search?: SearchFields;
}

/** One page of the site: where it is written, how it is framed, and its view of the archive. */
export interface Page<K extends string = string, V = unknown> {
  kind: K;
  outputPath: string;
  frame: Frame;
  view: V;
  /**
   * What the page is made from, when known before making it
   * (src/incremental/input-keys.ts): the same key, the same bytes. A build over
   * the previous site keeps such a page without making it.
   */
  inputKey?: string;
}

/**
 * A page whose view is made when it is read, each time, and not kept. A
 * build holds every page to its end (the sitemap, feeds and search index
 * describe them), and the views of 10,000 meetings' pages took 80 MB there;
 * a view is read once, when its page is rendered.
 */
export function withViewMadeWhenRead<K extends string, V>(
  page: Omit<Page<K, V>, 'view'>,
  makeView: () => V,
): Page<K, V> {
  return Object.defineProperty(page, 'view', { get: makeView, enumerable: true }) as Page<K, V>;
}

/**
 * The site's templates: a page's HTML from its prepared view and the site's
 * facts. They live in `_includes/` (`_includes/render.ts`), above everything
 * in `src/`, and are handed in by whoever starts a build (scripts/, the
 * Eleventy configuration, tests): `src/` never imports them.
 */
export type RenderPage = (site: SiteView, page: Page) => string;

/** Site-wide facts every template may show, prepared once per build. */
export interface SiteView {
  authority: string;
  shortName: string;
  homeHref: string;
  stylesheetHref: string;
  /** The council's colours (`/assets/theme.css`), loaded after the main stylesheet. */
  themeHref: string;
  accessibilityHref: string;
  /** The permanent, absolute address of a page, printed at the foot of every page. */
  permanentAddress: (sitePath: string) => string;
  searchHref: string;
  navigation: Link[];
  licence: { name: string; href?: string };
  /** Who to contact (democratic services) and each way to reach them, as the footer shows them. */
  contact: { name?: string; ways: ContactWay[] };
  brandColour?: string;
  locale: string;
  /** Text for the footer of a snapshot, when the build is one. */
  snapshotNote?: string;
}

/** Shared context for building page views. */
export class ViewContext {
  readonly boards: Map<string, Board>;
  readonly people: Map<string, Person>;
  readonly meetings: Map<string, Meeting>;
  readonly archive: Archive;
  readonly urls: Urls;
  /** The content's git history; undefined when the build has none. */
  readonly history: ArchiveHistory | undefined;

  constructor(archive: Archive, urls: Urls, history?: ArchiveHistory) {
    this.archive = archive;
    this.urls = urls;
    this.history = history;
    this.boards = new Map(archive.boards.map((b) => [b.id, b]));
    this.people = new Map(archive.people.map((p) => [p.id, p]));
    this.meetings = new Map(archive.meetings.map((m) => [m.key, m]));
  }

  href(sitePath: string): string {
    return this.urls.href(sitePath);
  }

  board(id: string): Board {
    return this.boards.get(id)!;
  }

  /** A link to a person's page, when the name is a known person. */
  personHref(ref: { personId?: string }): string | undefined {
    return ref.personId && this.people.has(ref.personId) ? this.href(Urls.person(ref.personId)) : undefined;
  }

  /** "CYP5 Children and Young People's Plan", or "Item without a title". */
  itemLabel(item: { number?: string; title?: string }): string {
    return [item.number, item.title ?? 'Item without a title'].filter(Boolean).join(' ');
  }

  /** The name to show for a reference: the person's name when known, else as written. */
  personName(ref: { written: string; personId?: string }): string {
    return (ref.personId && this.people.get(ref.personId)?.name) || ref.written;
  }
}

/** One way to reach someone: "Email" with a mailto: link, "Telephone" with a tel: link, "Post" without. */
export interface ContactWay {
  label: string;
  value: string;
  href?: string;
}
