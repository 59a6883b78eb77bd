import type { Board } from '../model/types.ts';
import { decisionRegister, groupBy } from '../analysis/registers.ts';
import { longDate } from '../text/dates.ts';
import { withViewMadeWhenRead, type Page, type ViewContext } from '../pages/page.ts';
import { Urls } from '../pages/urls.ts';

export interface DecisionsView {
  heading: string;
  intro: string;
  total: number;
  showBoard: boolean;
  years: Array<{
    id: string;
    label: string;
    decisions: Array<{
      text: string;
      parts: string[];
      href: string;
      dateLabel: string;
      dateIso: string;
      meetingHref: string;
      itemLabel: string;
      itemHref: string;
      boardName: string;
      boardHref: string;
    }>;
  }>;
}

/** The decisions register: every RESOLVED of the archive (or of one board), newest first, by year. */
export function decisionsPage(context: ViewContext, board?: Board): Page<'decisions', DecisionsView> {
  const path = board ? Urls.boardDecisions(board.id) : Urls.decisions;
  const heading = board ? `Decisions of the ${board.name}` : 'Decisions register';
  return withViewMadeWhenRead(
    {
      kind: 'decisions',
      outputPath: Urls.outputPath(path),
      frame: {
        title: heading,
        description: board
          ? `Every decision of the ${board.name}, newest first.`
          : 'Every decision recorded in the minutes, newest first.',
        path,
        breadcrumbs: [
          { label: 'Home', href: context.href(Urls.home) },
          ...(board ? [{ label: board.shortName, href: context.href(Urls.board(board.id)) }] : []),
          { label: board ? 'Decisions' : 'Decisions register', href: context.href(path) },
        ],
        alternates: [],
      },
    },
    () => decisionsView(context, heading, board),
  );
}

function decisionsView(context: ViewContext, heading: string, board: Board | undefined): DecisionsView {
  const entries = decisionRegister(context.archive, board?.id);
  const years = groupBy(entries, (e) => e.meeting.date.slice(0, 4)).map(([year, list]) => ({
    id: `year-${year}`,
    label: year,
    decisions: list.map(({ meeting, item, decision }) => {
      const meetingHref = context.href(Urls.meeting(meeting.key));
      const owner = context.board(meeting.boardId);
      return {
        text: decision.text,
        parts: decision.parts,
        href: `${meetingHref}#${decision.id}`,
        dateLabel: longDate(meeting.date),
        dateIso: meeting.date,
        meetingHref,
        itemLabel: context.itemLabel(item),
        itemHref: `${meetingHref}#${item.anchor}`,
        boardName: owner.name,
        boardHref: context.href(Urls.board(owner.id)),
      };
    }),
  }));
  return {
    heading,
    intro: 'Each decision (a RESOLVED in the minutes) links to its place in the minutes of its meeting.',
    total: entries.length,
    showBoard: !board,
    years,
  };
}
