import type { Frame, Page } from '../pages/page.ts';
import type { OutputContext } from './output-context.ts';
import { OutputPaths } from '../pages/output-paths.ts';

type Alternate = Frame['alternates'][number];

/**
 * Adds `<link rel="alternate">` targets to every HTML page, so feed readers
 * and calendar apps find them: the archive's feed and calendar on every page,
 * and a board's own feed, calendar and (on a meeting page) the meeting's
 * JSON on pages inside that board's folder.
 */
export function addAlternates(pages: Page[], output: OutputContext): void {
  const { site } = output;
  const archiveWide: Alternate[] = [
    {
      type: 'application/atom+xml',
      title: `New minutes of ${site.authority}`,
      href: output.view.href(OutputPaths.feed),
    },
    {
      type: 'text/calendar',
      title: `Meetings of ${site.authority} (calendar)`,
      href: output.view.href(OutputPaths.calendar),
    },
  ];
  const meetingKeys = new Set(output.archive.meetings.map((m) => m.key));
  for (const page of pages) {
    if (!page.outputPath.endsWith('.html')) continue;
    const boardId = page.frame.path.split('/')[1] ?? '';
    const board = output.view.boards.get(boardId);
    const boardAlternates: Alternate[] = board
      ? [
          {
            type: 'application/atom+xml',
            title: `New minutes of the ${board.name}`,
            href: output.view.href(OutputPaths.boardFeed(board.id)),
          },
          {
            type: 'text/calendar',
            title: `Meetings of the ${board.name} (calendar)`,
            href: output.view.href(OutputPaths.boardCalendar(board.id)),
          },
        ]
      : [];
    const key = page.frame.path.replace(/^\/|\/$/g, '');
    const meetingAlternates: Alternate[] =
      page.kind === 'meeting' && meetingKeys.has(key)
        ? [
            {
              type: 'application/json',
              title: 'This meeting as open data (JSON)',
              href: output.view.href(OutputPaths.meetingJson(key)),
            },
          ]
        : [];
    const known = new Set(page.frame.alternates.map((a) => a.href));
    const added = [...archiveWide, ...boardAlternates, ...meetingAlternates].filter((a) => !known.has(a.href));
    page.frame.alternates = [...page.frame.alternates, ...added];
  }
}
