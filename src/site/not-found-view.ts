import type { Link, Page, ViewContext } from '../pages/page.ts';
import { Urls } from '../pages/urls.ts';

export interface NotFoundView {
  boards: Link[];
}

export function notFoundPage(context: ViewContext): Page<'not-found', NotFoundView> {
  return {
    kind: 'not-found',
    outputPath: '404.html',
    frame: {
      title: 'Page not found',
      path: '/404.html',
      breadcrumbs: [{ label: 'Home', href: context.href(Urls.home) }],
      alternates: [],
    },
    view: { boards: context.archive.boards.map((b) => ({ label: b.name, href: context.href(Urls.board(b.id)) })) },
  };
}
