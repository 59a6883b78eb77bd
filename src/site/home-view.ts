import type { Page, ViewContext } from '../pages/page.ts';
import { meetingSummary, type MeetingSummary } from './board-view.ts';
import { Urls } from '../pages/urls.ts';
import { followView, type FollowView } from './follow-view.ts';

export interface HomeView {
  authority: string;
  boards: Array<{ name: string; href: string; purpose?: string; meetingCount: number }>;
  latest: Array<MeetingSummary & { boardName: string }>;
  follow: FollowView;
}

const LATEST = 10;

export function homePage(context: ViewContext): Page<'home', HomeView> {
  const { archive } = context;
  return {
    kind: 'home',
    outputPath: 'index.html',
    frame: {
      title: `Minutes of ${archive.site.authority}`,
      description: `The public archive of minutes of the meetings of ${archive.site.authority}'s boards and committees.`,
      path: Urls.home,
      breadcrumbs: [],
      alternates: [],
    },
    view: {
      authority: archive.site.authority,
      boards: archive.boards.map((b) => ({
        name: b.name,
        href: context.href(Urls.board(b.id)),
        ...(b.purpose ? { purpose: b.purpose } : {}),
        meetingCount: archive.meetings.filter((m) => m.boardId === b.id).length,
      })),
      latest: [...archive.meetings]
        .reverse()
        .slice(0, LATEST)
        .map((m) => ({ ...meetingSummary(m, context), boardName: context.board(m.boardId).name })),
      follow: followView(context),
    },
  };
}
