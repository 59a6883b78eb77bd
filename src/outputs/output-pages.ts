import type { Page, ViewContext } from '../site/page.ts';
import { Urls } from '../site/urls.ts';
import { addAlternates } from './alternates.ts';
import { atomFeed } from './atom-feed.ts';
import { meetingsCalendar } from './icalendar.ts';
import { OutputContext, OutputPaths } from './output-context.ts';
import { robotsTxt, sitemap } from './sitemap.ts';

/** A plain file of the site (a feed, a calendar, JSON, CSV): written as it is. */
export function filePage(sitePath: string, content: string): Page<'file', { content: string }> {
  return {
    kind: 'file',
    outputPath: Urls.outputPath(sitePath),
    frame: { title: sitePath, path: sitePath, breadcrumbs: [], alternates: [] },
    view: { content },
  };
}

/**
 * The machine-readable outputs: feeds, calendars, the sitemap and robots.txt.
 * Called with every other page of the site, which the sitemap lists and to
 * which the feeds and calendars are announced as alternates.
 */
export function machineReadablePages(htmlPages: Page[], context: ViewContext): Page[] {
  const output = new OutputContext(context);
  addAlternates(htmlPages, output);
  const { boards } = output.archive;
  return [
    filePage(OutputPaths.feed, atomFeed(output)),
    ...boards.map((board) => filePage(OutputPaths.boardFeed(board.id), atomFeed(output, board))),
    filePage(OutputPaths.calendar, meetingsCalendar(output)),
    ...boards.map((board) => filePage(OutputPaths.boardCalendar(board.id), meetingsCalendar(output, board))),
    filePage(OutputPaths.sitemap, sitemap(output, htmlPages)),
    filePage(OutputPaths.robots, robotsTxt(output)),
  ];
}
