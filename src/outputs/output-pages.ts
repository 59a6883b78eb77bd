import type { Board } from '../model/types.ts';
import type { Page } from '../pages/page.ts';
import { addAlternates } from './alternates.ts';
import { atomFeed } from './atom-feed.ts';
import { filePage, filePageOfBytes } from '../pages/file-page.ts';
import { meetingsCalendarBytes } from './icalendar.ts';
import { openDataPages } from './open-data.ts';
import { oparlPages } from './oparl.ts';
import type { OutputContext } from './output-context.ts';
import { OutputPaths } from '../pages/output-paths.ts';
import { robotsTxt, sitemap } from './sitemap.ts';

/**
 * The machine-readable outputs: feeds, calendars, open data, the sitemap and
 * robots.txt. Called with every other page of the site, which the sitemap
 * lists and to which the feeds and calendars are announced as alternates.
 */
export function machineReadablePages(htmlPages: Page[], output: OutputContext): Page[] {
  addAlternates(htmlPages, output);
  const { boards } = output.archive;
  // The caller goes on adding pages to its list; the sitemap lists those it was given.
  const listedPages = htmlPages.slice();
  const keys = output.inputKeys;
  // A board's feed and calendar show its own meetings alone, but for a board with none, whose feed is dated by the whole archive's.
  const boardKey = (board: Board) =>
    keys.board(
      board,
      output.meetingsOf(board.id),
      output.archive.reports.filter((r) => r.boardId === board.id),
    );
  const feedKey = (board: Board) =>
    output.meetingsOf(board.id).length > 0 ? keys.of('board feed', boardKey(board)) : undefined;
  return [
    filePage(OutputPaths.feed, () => atomFeed(output)),
    ...boards.map((board) => filePage(OutputPaths.boardFeed(board.id), () => atomFeed(output, board), feedKey(board))),
    filePageOfBytes(OutputPaths.calendar, () => meetingsCalendarBytes(output)),
    ...boards.map((board) =>
      filePageOfBytes(
        OutputPaths.boardCalendar(board.id),
        () => meetingsCalendarBytes(output, board),
        keys.of('board calendar', boardKey(board)),
      ),
    ),
    ...openDataPages(output, htmlPages),
    ...(output.archive.site.oparl ? oparlPages(output, new Set(htmlPages.map((p) => p.frame.path))) : []),
    filePage(OutputPaths.sitemap, () => sitemap(output, listedPages)),
    filePage(OutputPaths.robots, () => robotsTxt(output)),
  ];
}
