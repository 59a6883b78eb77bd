/**
 * The archive as one typed model. Everything that reads the archive (the
 * site, the check command, the importer, exports, snapshots) works from these
 * objects, built once by `loadArchive`.
 */

export type Severity = 'error' | 'warning';

/** A problem found in the content, with its place and a hint for the clerk. */
export interface Diagnostic {
  /** Path relative to the archive's root, with forward slashes. */
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  severity: Severity;
  /** A stable machine-readable code, such as `date-impossible`. */
  code: string;
  message: string;
  hint?: string;
}

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
  address?: string;
}

export interface Licence {
  name: string;
  url?: string;
}

export interface Site {
  authority: string;
  shortName: string;
  baseUrl: string;
  locale: string;
  timeZone: string;
  /** Month (1-12) in which the municipal year starts. */
  municipalYearStarts: number;
  contact: Contact;
  licence: Licence;
  brandColour?: string;
  logo?: string;
  repository?: string;
  /** Address of a file's history, with `{file}` for its path in the repository (and `{repository}`). */
  historyLink?: string;
  accessibility: AccessibilityStatement;
  /** Other sites' search bundles (`/other-board/pagefind/`, on the same host) that the search page searches together with this site's. */
  searchBundles?: string[];
  /**
   * Whether to publish the OParl export under /oparl/ (`oparl: true`; off by
   * default): one file for every meeting, agenda item, person and membership,
   * three quarters of a large site's files, which a host with a file limit
   * may not take.
   */
  oparl: boolean;
  /** The largest paper file the archive takes, in bytes (`paper_size_limit` in MB; 50 MB by default). */
  paperSizeLimit: number;
  /** How strict the check is (`check:` in _data/site.yaml). */
  check: CheckSettings;
}

export interface CheckSettings {
  /** A name that matches nobody in the people data is an error in approved minutes, not a warning. */
  strictNames: boolean;
}

/**
 * What the accessibility statement says (the Public Sector Bodies
 * Accessibility Regulations 2018), from `accessibility:` in `_data/site.yaml`.
 */
export interface AccessibilityStatement {
  /** How far the site meets WCAG 2.2 AA. */
  compliance: 'fully' | 'partially' | 'not';
  /** Content known not to be accessible, each in a sentence or two. */
  problems: string[];
  /** Who enforces the regulations where the authority is. */
  enforcement: 'ehrc' | 'ecni';
  /** YYYY-MM-DD: when the statement was prepared, reviewed, and the site last tested. */
  prepared?: string;
  reviewed?: string;
  tested?: string;
  /** Who tested the site and how, in the clerk's words; the automated checks are always described. */
  testedBy?: string;
  /** Where to report a problem; the site's contact when not given. */
  contact: Contact & { url?: string };
}

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  role?: string;
  title?: string;
}

export interface Membership {
  personId: string;
  role: string;
  from?: string;
  until?: string;
}

export interface Board {
  id: string;
  name: string;
  shortName: string;
  purpose?: string;
  venue?: string;
  standingItems: string[];
  members: Membership[];
  leadOfficerId?: string;
  portfolioHolderId?: string;
}

/**
 * A name as the minutes wrote it, and the person it resolved to, if any.
 * The written form is always kept: it is what the record says.
 */
export interface NameRef {
  written: string;
  personId?: string;
}

export interface Attendee extends NameRef {
  role?: string;
  note?: string;
  /** For a substitute: whom they stood in for. */
  substituteFor?: NameRef;
}

export interface Attendance {
  present: Attendee[];
  apologies: Attendee[];
  absent: Attendee[];
  councilBusiness: Attendee[];
  substitutes: Attendee[];
  officers: Attendee[];
  others: Attendee[];
}

export interface Declaration {
  who: NameRef;
  /** The item number as written in the meeting; resolved to `itemAnchor` when the item exists. */
  item?: string;
  itemAnchor?: string;
  kind?: string;
  reason?: string;
}

/** What a paper is to its meeting. */
export type PaperKind = 'agenda' | 'report' | 'appendix' | 'presentation' | 'minutes';
export const PAPER_KINDS: readonly PaperKind[] = ['agenda', 'report', 'appendix', 'presentation', 'minutes'];

/**
 * A paper of a meeting (a report, an appendix, the agenda), named in the
 * meeting's front matter under `documents:`. The archive keeps it as a file
 * beside the minutes (`file`, in `content/<board>/<meeting>/`), or knows it
 * only by its address (`link`), which the archive does not keep.
 */
export interface MeetingDocument {
  title: string;
  /** The item it belongs to, as numbered in the minutes; none for the meeting as a whole. */
  item?: string;
  kind?: PaperKind;
  size?: string;
  link?: string;
  /** The file's name in the meeting's folder, when the archive keeps it. */
  file?: string;
  /** Line of the document's entry in the meeting's file. */
  line?: number;
  /** The kept file as the loader found it (src/load/papers.ts); absent when the file is missing or wrong. */
  paper?: PaperFile;
}

/** A paper's file, read by the loader: what the site, the open data and the snapshots publish of it. */
export interface PaperFile {
  /** Path from the archive's root: `content/cyp/2025-09-08/annual-report.pdf`. */
  path: string;
  bytes: number;
  sha256: string;
  format: PaperFormat;
  mediaType: string;
  /** A PDF's number of pages. */
  pages?: number;
  /** Its text, when it has text that can be extracted (PDF, DOCX). */
  text?: PaperText;
}

export type PaperFormat = 'pdf' | 'docx' | 'odt' | 'xlsx' | 'ods' | 'csv' | 'png' | 'jpeg' | 'gif' | 'webp';

/** A paper's text in sections, each under the heading the paper gives it, if any. */
export interface PaperText {
  sections: PaperSection[];
}

export interface PaperSection {
  heading?: string;
  /** 2 for a top heading, 3 and 4 below it. */
  level?: number;
  paragraphs: string[];
}

export type SourceShape =
  'moderngov-page' | 'moderngov-table' | 'moderngov-item' | 'pdf-text' | 'html-page' | 'markdown';

export interface Source {
  shape?: SourceShape;
  link?: string;
  taken?: string;
  file?: string;
}

export interface Decision {
  /** Anchor of the decision on its meeting page, such as `decision-17-1`. */
  id: string;
  /** Plain text of the decision and its sub-decisions, for registers and feeds. */
  text: string;
  /** Plain text of each numbered sub-decision. */
  parts: string[];
  /** The form it was written in, as load/decision-forms.ts names it: "RESOLVED:", "It was RESOLVED that". */
  form: string;
  /** Its line in the meeting's file. */
  line: number;
}

export interface Action {
  owner: NameRef;
  /** Anchors of the decisions this action follows, if the item has any. */
  decisionIds: string[];
}

export interface Item {
  /** The number as the council writes it ("13", "CYP5", "7(a)"), without a trailing full stop. */
  number?: string;
  title?: string;
  /** `item-13`, `item-cyp5`, or `item-at-3` for an item without a number. */
  anchor: string;
  position: number;
  /** Rendered body HTML, decisions marked up, action lines removed. */
  html: string;
  /**
   * Plain text of the body, for exports: read it with `itemText`. Kept only
   * where it cannot be read back from `html` (text/html-text.ts): keeping
   * both took 171 MB at 10,000 meetings, for text that the HTML holds.
   */
  text?: string;
  decisions: Decision[];
  actions: Action[];
  topics: string[];
  /** Set when the source gave only the start of the item. */
  cutShort?: { link?: string };
  /** Dates (ISO) of earlier meetings whose minutes this item approved. */
  approves: string[];
  documents: MeetingDocument[];
  line: number;
}

export type MeetingStatus = 'draft' | 'approved';

/** A reference to another meeting of the same board, which may not be in the archive. */
export interface MeetingRef {
  date: string;
  /** The meeting's key (`cyp/2025-06-09`) when it is in the archive. */
  key?: string;
  /** The item of the approving meeting that records the approval. */
  itemAnchor?: string;
}

export interface Meeting {
  /** `<board-id>/<file stem>`, unique in the archive. */
  key: string;
  boardId: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** File stem: the date, with a suffix when a board met twice on one day. */
  slug: string;
  start?: string;
  end?: string;
  venue?: string;
  status: MeetingStatus;
  contact?: string;
  partial?: string;
  topics: string[];
  attendance: Attendance;
  declarations: Declaration[];
  documents: MeetingDocument[];
  source: Source;
  preambleHtml: string;
  items: Item[];
  /** Where these minutes were approved, if known. */
  approvedAt?: MeetingRef;
  /** Earlier meetings whose minutes this meeting approved. */
  approves: MeetingRef[];
  file: string;
  /** When the minutes were first published, as the source says (`published:`); else git's first commit of the file. */
  published?: string;
}

export interface ReportPeriod {
  from?: string;
  to?: string;
  label?: string;
}

export interface Report {
  key: string;
  boardId: string;
  slug: string;
  title: string;
  type: string;
  period: ReportPeriod;
  date?: string;
  html: string;
  text: string;
  source: Source;
  file: string;
}

export interface Archive {
  /** The folder it was loaded from (papers' paths are relative to it). */
  root: string;
  site: Site;
  boards: Board[];
  people: Person[];
  /** All meetings, oldest first, then by board id. */
  meetings: Meeting[];
  reports: Report[];
  diagnostics: Diagnostic[];
  /**
   * A hash (SHA-256, hex) of the content as committed: each meeting's key and
   * the hash of its file's path and text and of its papers' files, then each
   * report's key, title and body, in the archive's order. It changes whenever
   * the content does; the texts themselves are not kept. The search page
   * shows readers its start, so their browsers fetch a changed index afresh.
   */
  contentHash: string;
}
