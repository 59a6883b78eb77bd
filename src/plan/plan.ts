import type { Archive, Board, Meeting, Report } from '../model/types.ts';
import { ViewContext, type Page, type SiteView } from '../pages/page.ts';
import { contactWays } from '../site/contact.ts';
import { Urls } from '../pages/urls.ts';
import type { ArchiveHistory } from '../history/archive-history.ts';
import { homePage } from '../site/home-view.ts';
import { boardPage } from '../site/board-view.ts';
import { meetingPage, meetingSurroundings, type Siblings } from '../site/meeting-view.ts';
import { reportPage } from '../site/report-view.ts';
import { paperPages } from '../site/paper-view.ts';
import { notFoundPage } from '../site/not-found-view.ts';
import { decisionsPage } from '../site/decisions-view.ts';
import { actionsPage } from '../site/actions-view.ts';
import { meetingsPage } from '../site/meetings-view.ts';
import { meetingsOnPersonPage, peoplePage, personPage } from '../site/people-view.ts';
import { topicPages } from '../site/topics-view.ts';
import { searchPage } from '../site/search-view.ts';
import { accessibilityPage, ACCESSIBILITY_PATH } from '../site/accessibility-view.ts';
import { themePage, THEME_PATH } from '../site/theme.ts';
import { SiteAddress } from '../pages/site-address.ts';
import { machineReadablePages } from '../outputs/output-pages.ts';
import { OutputContext } from '../outputs/output-context.ts';
import { addAlternates } from '../outputs/alternates.ts';
import type { MeetingView } from '../site/meeting-view.ts';
import { filePage } from '../pages/file-page.ts';
import { searchVocabulary } from '../outputs/search-vocabulary.ts';
import { VOCABULARY_PATH } from '../pages/search-addresses.ts';
import { WordCountsCache } from '../incremental/word-counts.ts';

export interface SiteOptions {
  /** The folder the site is published under, such as `/minutes/`. */
  pathPrefix?: string;
  snapshotNote?: string;
  /** The content's git history, when the build has it. */
  history?: ArchiveHistory;
  /** The folder where each meeting's word counts are kept between builds (src/incremental/word-counts.ts); none when not given. */
  wordCounts?: string;
  /** The folder where each meeting's part of the lists of every meeting is kept between builds (src/incremental/meeting-parts.ts); none when not given. */
  meetingParts?: string;
}

/** Every page of the site, prepared from the archive, in a fixed order. */
export function sitePages(archive: Archive, options: SiteOptions = {}): Page[] {
  const context = new ViewContext(archive, new Urls(options.pathPrefix), options.history);
  const pages: Page[] = [homePage(context)];
  const meetingPages: Array<{ meeting: Meeting; page: Page<'meeting', MeetingView>; siblings: Siblings }> = [];
  const paperTextPages: Array<{ meeting: Meeting; page: Page }> = [];
  const boardPages: Array<{ board: Board; meetings: Meeting[]; reports: Report[]; pages: Page[] }> = [];
  for (const board of archive.boards) {
    const meetings = archive.meetings.filter((m) => m.boardId === board.id);
    const reports = archive.reports.filter((r) => r.boardId === board.id);
    const ownPages = [boardPage(board, meetings, reports, context), decisionsPage(context, board)];
    boardPages.push({ board, meetings, reports, pages: ownPages });
    pages.push(...ownPages);
    meetings.forEach((meeting, i) => {
      const siblings = { previous: meetings[i - 1], next: meetings[i + 1] };
      const page = meetingPage(meeting, context, siblings);
      meetingPages.push({ meeting, page, siblings });
      pages.push(page);
      for (const paper of paperPages(meeting, context)) {
        pages.push(paper);
        if (paper.kind === 'paper') paperTextPages.push({ meeting, page: paper });
      }
    });
    for (const report of reports) pages.push(reportPage(report, context));
  }
  const people = peoplePage(context);
  pages.push(meetingsPage(context), decisionsPage(context), actionsPage(context), people);
  const personPages = archive.people.map((person) => ({ person, page: personPage(person, context) }));
  for (const { page } of personPages) pages.push(page);
  // Loops, not push(...spread): a spread of 100,000 pages overflows the call stack.
  for (const page of topicPages(context)) pages.push(page);
  pages.push(accessibilityPage(context), notFoundPage(context));
  pages.push(
    searchPage(
      context,
      pages.map((p) => p.frame.path),
    ),
  );
  // Last: feeds, calendars, the sitemap and open data describe every page above.
  const output = new OutputContext(context, options.meetingParts ? { meetingParts: options.meetingParts } : {});
  for (const page of machineReadablePages(pages, output)) pages.push(page);
  pages.push(
    themePage(archive.site),
    filePage(VOCABULARY_PATH, () =>
      searchVocabulary(
        archive,
        options.wordCounts
          ? { cache: new WordCountsCache(options.wordCounts), keyOf: (meeting) => output.inputKeys.meeting(meeting) }
          : undefined,
      ),
    ),
  );
  // Once their frames are complete (the feeds add alternates to them): what each meeting's page is made from.
  const frameOfSite = JSON.stringify(siteView(archive, options));
  for (const { meeting, page, siblings } of meetingPages)
    page.inputKey = output.inputKeys.meetingPage(
      meeting,
      page,
      frameOfSite,
      meetingSurroundings(meeting, context, siblings),
    );
  // A board's page and its decisions show its own meetings and reports (board-view.ts, decisions-view.ts), and their frames.
  for (const { board, meetings, reports, pages: ownPages } of boardPages) {
    const boardKey = output.inputKeys.board(board, meetings, reports);
    for (const page of ownPages)
      page.inputKey = output.inputKeys.of(`${page.kind} page`, boardKey, frameOfSite, JSON.stringify(page.frame));
  }
  // A paper's text page shows its meeting (its key covers the papers' hashes) and its own frame.
  for (const { meeting, page } of paperTextPages)
    page.inputKey = output.inputKeys.of(
      'paper page',
      output.inputKeys.meeting(meeting),
      frameOfSite,
      JSON.stringify(page.frame),
    );
  // A person's page shows the meetings of their boards and any other that names them (people-view.ts), and its frame.
  for (const { person, page } of personPages)
    page.inputKey = output.inputKeys.personPage(person, meetingsOnPersonPage(archive, person), page, frameOfSite);
  // The list of people shows the people alone (in every key) and its frame.
  people.inputKey = output.inputKeys.of('people page', frameOfSite, JSON.stringify(people.frame));
  return pages;
}

/**
 * The page of one meeting, alone, as `sitePages` prepares it (the same
 * neighbours and alternates), for `npm start` to show a saved meeting before
 * the rest of the site is made again. Undefined when the archive has no such meeting.
 */
export function meetingPageAlone(
  archive: Archive,
  meetingKey: string,
  options: SiteOptions = {},
): Page<'meeting', MeetingView> | undefined {
  const meeting = archive.meetings.find((m) => m.key === meetingKey);
  if (!meeting) return undefined;
  const context = new ViewContext(archive, new Urls(options.pathPrefix), options.history);
  const meetings = archive.meetings.filter((m) => m.boardId === meeting.boardId);
  const i = meetings.indexOf(meeting);
  const page = meetingPage(meeting, context, { previous: meetings[i - 1], next: meetings[i + 1] });
  addAlternates([page], new OutputContext(context));
  return page;
}

function hasTopics(archive: Archive): boolean {
  return archive.meetings.some((m) => m.topics.length > 0 || m.items.some((i) => i.topics.length > 0));
}

/** Site-wide facts for the page frame, prepared once per build. */
export function siteView(archive: Archive, options: SiteOptions = {}): SiteView {
  const urls = new Urls(options.pathPrefix);
  const { site } = archive;
  const address = new SiteAddress(site.baseUrl, urls);
  return {
    authority: site.authority,
    shortName: site.shortName,
    homeHref: urls.href(Urls.home),
    stylesheetHref: urls.href(Urls.asset('minute-book.css')),
    themeHref: urls.href(THEME_PATH),
    accessibilityHref: urls.href(ACCESSIBILITY_PATH),
    permanentAddress: (sitePath) => address.url(sitePath),
    searchHref: urls.href(Urls.search),
    navigation: [
      { label: 'Boards', href: urls.href(Urls.home) + '#boards' },
      { label: 'Meetings', href: urls.href(Urls.meetings) },
      { label: 'Decisions', href: urls.href(Urls.decisions) },
      { label: 'Actions', href: urls.href(Urls.actions) },
      { label: 'People', href: urls.href(Urls.people) },
      // Only when some minutes are tagged: an empty page of topics would send readers nowhere.
      ...(hasTopics(archive) ? [{ label: 'Topics', href: urls.href(Urls.topics) }] : []),
    ],
    licence: { name: site.licence.name, ...(site.licence.url ? { href: site.licence.url } : {}) },
    contact: { ...(site.contact.name ? { name: site.contact.name } : {}), ways: contactWays(site.contact) },
    ...(site.brandColour ? { brandColour: site.brandColour } : {}),
    locale: site.locale,
    ...(options.snapshotNote ? { snapshotNote: options.snapshotNote } : {}),
  };
}
