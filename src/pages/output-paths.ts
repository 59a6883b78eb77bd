import { Urls } from './urls.ts';

/** Where each machine-readable output lives on the site. */
export const OutputPaths = {
  feed: '/feed.xml',
  boardFeed: (boardId: string) => `/${boardId}/feed.xml`,
  calendar: '/meetings.ics',
  boardCalendar: (boardId: string) => `/${boardId}/meetings.ics`,
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
  meetingJson: (key: string) => `${Urls.meeting(key)}index.json`,
  data: (name: string) => `/data/${name}`,
  schema: (name: string) => `/data/schema/${name}`,
};
