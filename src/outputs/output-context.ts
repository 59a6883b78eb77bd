import type { Meeting } from '../model/types.ts';
import type { ViewContext } from '../pages/page.ts';
import { SiteAddress } from '../pages/site-address.ts';
import { meetingDates } from './content-dates.ts';
import { InputKeys } from '../incremental/input-keys.ts';

/** What every output builder needs: the archive, its lookups and absolute addresses. */
export class OutputContext {
  readonly view: ViewContext;
  readonly address: SiteAddress;
  private keys: InputKeys | undefined;

  constructor(view: ViewContext) {
    this.view = view;
    this.address = new SiteAddress(view.archive.site.baseUrl, view.urls);
  }

  /** Keys of what files and pages are made from, so a build over the previous site can keep them unmade. */
  get inputKeys(): InputKeys {
    return (this.keys ??= new InputKeys(this));
  }

  get archive() {
    return this.view.archive;
  }

  get site() {
    return this.view.archive.site;
  }

  url(sitePath: string): string {
    return this.address.url(sitePath);
  }

  /** When the meeting's minutes were first published (YYYY-MM-DD): see `meetingDates`. */
  published(meeting: Meeting): string {
    return meetingDates(meeting, this.view.history).published;
  }

  /** When they last changed (YYYY-MM-DD). */
  updated(meeting: Meeting): string {
    return meetingDates(meeting, this.view.history).updated;
  }

  meetingsOf(boardId: string): Meeting[] {
    return this.archive.meetings.filter((m) => m.boardId === boardId);
  }
}
