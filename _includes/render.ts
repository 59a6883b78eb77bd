import type { SafeHtml } from '../src/pages/html.ts';
import type { Page, SiteView } from '../src/pages/page.ts';
import type { FileView } from '../src/pages/file-page.ts';
import { layout } from './layout.ts';
import { home } from './home.ts';
import { board } from './board.ts';
import { meeting } from './meeting.ts';
import { report } from './report.ts';
import { paper } from './paper.ts';
import { notFound } from './not-found.ts';
import { decisions } from './decisions.ts';
import { actions } from './actions.ts';
import { meetings } from './meetings.ts';
import { people, person } from './people.ts';
import { topic, topics } from './topics.ts';
import { search } from './search.ts';
import { accessibility } from './accessibility.ts';

/** The template for each kind of page. */
const templates: Record<string, (view: never) => SafeHtml> = {
  home,
  board,
  meeting,
  report,
  paper,
  'not-found': notFound,
  decisions,
  actions,
  meetings,
  people,
  person,
  topics,
  topic,
  search,
  accessibility,
};

export function renderPage(site: SiteView, page: Page): string {
  if (page.kind === 'file') return (page.view as FileView).content();
  const template = templates[page.kind];
  if (!template) throw new Error(`no template for pages of kind "${page.kind}"`);
  return layout(site, page.frame, template(page.view as never), page.kind);
}
