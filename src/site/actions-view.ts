import { actionRegister, groupBy } from '../analysis/registers.ts';
import { longDate } from '../text/dates.ts';
import type { Page, ViewContext } from '../pages/page.ts';
import { Urls } from '../pages/urls.ts';
import { oneLine } from './meeting-view.ts';

interface ActionRow {
  /** What was to be done: the decision the action follows, or the item's title when it follows none. */
  text: string;
  owner: string;
  ownerHref?: string;
  dateLabel: string;
  dateIso: string;
  meetingHref: string;
  boardName: string;
  itemLabel: string;
  itemHref: string;
  /** The minutes record who acts, not whether it was done: the status shown is the minutes'. */
  status: string;
}

export interface ActionsView {
  total: number;
  byOwner: Array<{ id: string; owner: string; ownerHref?: string; actions: ActionRow[] }>;
  byBoard: Array<{ id: string; boardName: string; boardHref: string; actions: ActionRow[] }>;
}

/** Every `Action:` of the minutes, by who acts and by board, each linked to its item. */
export function actionsPage(context: ViewContext): Page<'actions', ActionsView> {
  const entries = actionRegister(context.archive);
  const rows = entries.map((e) => {
    const href = context.personHref({ ...(e.ownerPersonId ? { personId: e.ownerPersonId } : {}) });
    const row: ActionRow = {
      text: e.decisions.length
        ? e.decisions.map((d) => oneLine(d.text)).join(' ')
        : `Act on ${context.itemLabel(e.item)}.`,
      owner: context.personName({ written: e.ownerWritten, ...(e.ownerPersonId ? { personId: e.ownerPersonId } : {}) }),
      ...(href ? { ownerHref: href } : {}),
      dateLabel: longDate(e.meeting.date),
      dateIso: e.meeting.date,
      meetingHref: context.href(Urls.meeting(e.meeting.key)),
      boardName: context.board(e.meeting.boardId).name,
      status: e.meeting.status === 'draft' ? 'Draft minutes' : 'Minutes approved',
      itemLabel: context.itemLabel(e.item),
      itemHref: context.href(Urls.item(e.meeting.key, e.item.anchor)),
    };
    return { entry: e, row };
  });
  const byOwner = groupBy(rows, (r) => r.entry.ownerKey)
    .map(([, list], i) => ({
      id: `owner-${i + 1}`,
      owner: list[0]!.row.owner,
      ...(list[0]!.row.ownerHref ? { ownerHref: list[0]!.row.ownerHref } : {}),
      actions: list.map((r) => r.row),
    }))
    .sort((a, b) => a.owner.localeCompare(b.owner, 'en-GB'));
  const byBoard = groupBy(rows, (r) => r.entry.meeting.boardId).map(([boardId, list]) => ({
    id: `board-${boardId}`,
    boardName: context.board(boardId).name,
    boardHref: context.href(Urls.board(boardId)),
    actions: list.map((r) => r.row),
  }));
  return {
    kind: 'actions',
    outputPath: Urls.outputPath(Urls.actions),
    frame: {
      title: 'Actions',
      description: 'Who was asked to act on each decision, linked to the item that raised it.',
      path: Urls.actions,
      breadcrumbs: [
        { label: 'Home', href: context.href(Urls.home) },
        { label: 'Actions', href: context.href(Urls.actions) },
      ],
      alternates: [],
    },
    view: { total: entries.length, byOwner, byBoard },
  };
}
