import type { Board } from '../model/types.ts';
import { OutputPaths } from '../pages/output-paths.ts';
import { SiteAddress } from '../pages/site-address.ts';
import type { ViewContext } from '../pages/page.ts';

/** One way to follow the minutes, with a sentence on what it is for. */
export interface FollowWay {
  label: string;
  href: string;
  purpose: string;
  /** A second address of the same thing (the calendar's file behind its webcal: subscription). */
  also?: { label: string; href: string };
}

/** The "Follow this board" block (or the site-wide one on the home page): feeds, calendars and open data in one place. */
export interface FollowView {
  heading: string;
  ways: FollowWay[];
}

/**
 * How to follow a board, or the whole archive when no board is given. The
 * calendar is offered as a webcal: subscription, which calendar apps open and
 * keep up to date, and as the plain https: file.
 */
export function followView(context: ViewContext, board?: Board): FollowView {
  const address = new SiteAddress(context.archive.site.baseUrl, context.urls);
  const feed = board ? OutputPaths.boardFeed(board.id) : OutputPaths.feed;
  const calendar = board ? OutputPaths.boardCalendar(board.id) : OutputPaths.calendar;
  const whose = board ? 'this board' : 'every board';
  return {
    heading: board ? 'Follow this board' : 'Follow the minutes',
    ways: [
      {
        label: 'News feed (Atom)',
        href: context.href(feed),
        purpose: `Add it to a feed reader to hear when minutes of ${whose} are published or changed.`,
      },
      {
        label: 'Add the meetings to your calendar',
        href: address.url(calendar).replace(/^https?:/, 'webcal:'),
        purpose: `Your calendar app subscribes to the meetings of ${whose} and keeps them up to date.`,
        also: { label: 'calendar file (iCalendar)', href: context.href(calendar) },
      },
      {
        label: 'Meetings as open data (JSON)',
        href: context.href(OutputPaths.data('meetings.json')),
        purpose: 'Every meeting of the archive, with its items and decisions, for programs and research.',
      },
      {
        label: 'Decisions as a spreadsheet (CSV)',
        href: context.href(OutputPaths.data('decisions.csv')),
        purpose: 'Every decision of the archive, one a row, to open in a spreadsheet.',
      },
    ],
  };
}
