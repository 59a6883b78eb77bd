import { DateTime } from 'luxon';
import { groupBy } from '../analysis/registers.ts';
import { withViewMadeWhenRead, type Page, type ViewContext } from '../pages/page.ts';
import { Urls } from '../pages/urls.ts';
import { meetingSummary, type MeetingSummary } from './board-view.ts';

export interface MeetingsView {
  years: Array<{
    id: string;
    label: string;
    months: Array<{ id: string; label: string; meetings: Array<MeetingSummary & { boardName: string }> }>;
  }>;
}

/** Every meeting of every board, by year and month, newest first. */
export function meetingsPage(context: ViewContext): Page<'meetings', MeetingsView> {
  return withViewMadeWhenRead(
    {
      kind: 'meetings',
      outputPath: Urls.outputPath(Urls.meetings),
      frame: {
        title: 'All meetings',
        description: 'Every meeting of every board and committee, by year and month.',
        path: Urls.meetings,
        breadcrumbs: [
          { label: 'Home', href: context.href(Urls.home) },
          { label: 'All meetings', href: context.href(Urls.meetings) },
        ],
        alternates: [],
      },
    },
    () => meetingsView(context),
  );
}

function meetingsView(context: ViewContext): MeetingsView {
  const newest = [...context.archive.meetings].reverse();
  const years = groupBy(newest, (m) => m.date.slice(0, 4)).map(([year, inYear]) => ({
    id: `year-${year}`,
    label: year,
    months: groupBy(inYear, (m) => m.date.slice(0, 7)).map(([month, inMonth]) => ({
      id: `month-${month}`,
      label: DateTime.fromISO(`${month}-01`, { zone: 'utc' }).setLocale('en-GB').toFormat('LLLL yyyy'),
      meetings: inMonth.map((m) => ({ ...meetingSummary(m, context), boardName: context.board(m.boardId).name })),
    })),
  }));
  return { years };
}
