import type { Page } from '../site/page.ts';
import { Urls } from '../site/urls.ts';

export type FilePage = Page<'file', { content: string }>;

/** A plain file of the site (a feed, a calendar, JSON, CSV): written as it is. */
export function filePage(sitePath: string, content: string): FilePage {
  return {
    kind: 'file',
    outputPath: Urls.outputPath(sitePath),
    frame: { title: sitePath, path: sitePath, breadcrumbs: [], alternates: [] },
    view: { content },
  };
}
