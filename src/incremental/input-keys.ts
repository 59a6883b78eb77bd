import { createHash } from 'node:crypto';
import type { Archive, Board, Meeting, Person, Report } from '../model/types.ts';
import { codeVersion } from './code-version.ts';
import { meetingSourcesOf } from './meeting-sources.ts';

/** What the keys are made from besides the meetings: the archive, the site's address, and each meeting's dates as the site shows them. */
export interface KeyContext {
  archive: Archive;
  /** The absolute address of a path of the site. */
  url(sitePath: string): string;
  published(meeting: Meeting): string;
  updated(meeting: Meeting): string;
}

/**
 * Keys of what a file or page is made from. A build over the previous site
 * keeps a file whose key is the one the last build recorded for it, without
 * making the file again (site-manifest.ts): at 10,000 meetings,
 * 110,000 of the 134,000 plain files are OParl's meetings and agenda items
 * and each meeting's JSON, each made from its meeting alone, and 10,000 of
 * the 11,000 HTML pages are meetings' pages.
 *
 * A meeting's key covers everything such a file can show: the build's code
 * and dependencies, the site's settings, boards and people, the site's
 * address, the meeting's file, its approvals as linked to other meetings,
 * and its dates. A file that shows more (OParl's embedded location, a list's
 * totals) adds that to its key.
 */
export class InputKeys {
  private readonly output: KeyContext;
  private readonly context: string;
  private readonly meetings = new Map<string, string>();

  constructor(output: KeyContext) {
    this.output = output;
    const { archive } = output;
    this.context = inputKey(
      codeVersion(),
      JSON.stringify(archive.site),
      JSON.stringify(archive.boards),
      JSON.stringify(archive.people),
      output.url('/'),
    );
  }

  /** The key of the files made from this meeting alone. */
  meeting(meeting: Meeting): string {
    let key = this.meetings.get(meeting.key);
    if (key === undefined) {
      // Every meeting the loader returns has its file's hash.
      const source = meetingSourcesOf(this.output.archive).get(meeting.key)!;
      // What linking approvals across meetings changed (src/load/approvals.ts): the rest comes from the file.
      const links = JSON.stringify([meeting.status, meeting.approvedAt, meeting.approves]);
      key = inputKey(this.context, source, links, this.output.published(meeting), this.output.updated(meeting));
      this.meetings.set(meeting.key, key);
    }
    return key;
  }

  /**
   * The key of what one board's own pages and files are made from: its
   * meetings' keys, in the order the archive gives them, and its reports
   * whole (the board itself, the people and the site are in every key). A
   * meeting added to, changed in or taken from another board leaves it as
   * it was. A file that shows more than its board (a feed of a board with no
   * meetings takes its date from the whole archive) has no such key.
   */
  board(board: Board, meetings: readonly Meeting[], reports: readonly Report[]): string {
    return this.of('board', board.id, ...meetings.map((meeting) => this.meeting(meeting)), JSON.stringify(reports));
  }

  /**
   * The key of a person's page: the keys of the meetings it draws on (every
   * meeting of their boards, and any other that names them:
   * `meetingsOnPersonPage`), in the archive's order, and the page's frame.
   * The person's own record, the boards and the site are in every key. A
   * meeting added to a board they do not sit on, and that does not name
   * them, leaves it as it was.
   */
  personPage(person: Person, meetings: readonly Meeting[], page: { frame: unknown }, siteFrame: string): string {
    return this.of(
      'person page',
      person.id,
      siteFrame,
      JSON.stringify(page.frame),
      ...meetings.map((meeting) => this.meeting(meeting)),
    );
  }

  /**
   * The key of a meeting's page: its meeting's, with what the page shows
   * besides, from the frame every page has (`siteFrame`, the site view as
   * JSON) and its own frame (title, breadcrumbs, alternates, search fields)
   * to the neighbouring meetings and the git history it links (its
   * `meetingSurroundings`). Everything
   * else in its view is made from the meeting, the people and the boards.
   */
  meetingPage(
    meeting: Meeting,
    page: { frame: unknown },
    siteFrame: string,
    surroundings: { previous?: unknown; next?: unknown; history?: unknown },
  ): string {
    const { previous, next, history } = surroundings;
    return this.of(
      'meeting page',
      this.meeting(meeting),
      siteFrame,
      JSON.stringify(page.frame),
      JSON.stringify([previous, next, history]),
    );
  }

  /** A key of the build's context and `parts`, for a file made from these. */
  of(...parts: string[]): string {
    return inputKey(this.context, ...parts);
  }
}

/** A hash of strings, each kept apart from the next. */
function inputKey(...parts: string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}
