import { topicIndex } from '../analysis/registers.ts';
import { longDate } from '../text/dates.ts';
import type { Link, Page, ViewContext } from '../pages/page.ts';
import { Urls } from '../pages/urls.ts';

export interface TopicsView {
  topics: Array<Link & { count: number }>;
}

export interface TopicView {
  name: string;
  entries: Array<{ dateLabel: string; dateIso: string; boardName: string; href: string; itemLabel?: string }>;
}

/** The topics index and one timeline page per topic, across boards. */
export function topicPages(context: ViewContext): Array<Page<'topics', TopicsView> | Page<'topic', TopicView>> {
  const topics = topicIndex(context.archive);
  const index: Page<'topics', TopicsView> = {
    kind: 'topics',
    outputPath: Urls.outputPath(Urls.topics),
    frame: {
      title: 'Topics',
      description: 'Subjects followed across boards and years.',
      path: Urls.topics,
      breadcrumbs: [
        { label: 'Home', href: context.href(Urls.home) },
        { label: 'Topics', href: context.href(Urls.topics) },
      ],
      alternates: [],
    },
    view: {
      topics: topics.map((t) => ({ label: t.name, href: context.href(Urls.topic(t.slug)), count: t.entries.length })),
    },
  };
  const pages = topics.map((t): Page<'topic', TopicView> => ({
    kind: 'topic',
    outputPath: Urls.outputPath(Urls.topic(t.slug)),
    frame: {
      title: `Topic: ${t.name}`,
      description: `Where ${t.name} was discussed, newest first.`,
      path: Urls.topic(t.slug),
      breadcrumbs: [
        { label: 'Home', href: context.href(Urls.home) },
        { label: 'Topics', href: context.href(Urls.topics) },
        { label: t.name, href: context.href(Urls.topic(t.slug)) },
      ],
      alternates: [],
    },
    view: {
      name: t.name,
      entries: t.entries.map((e) => ({
        dateLabel: longDate(e.meeting.date),
        dateIso: e.meeting.date,
        boardName: context.board(e.meeting.boardId).name,
        href: context.href(e.item ? Urls.item(e.meeting.key, e.item.anchor) : Urls.meeting(e.meeting.key)),
        ...(e.item ? { itemLabel: context.itemLabel(e.item) } : {}),
      })),
    },
  }));
  return [index, ...pages];
}
