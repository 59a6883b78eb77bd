import type { Meeting } from '../model/types.ts';
import type { ViewContext } from '../pages/page.ts';
import { SiteAddress } from '../pages/site-address.ts';
import { meetingDates } from './content-dates.ts';
import { InputKeys } from '../incremental/input-keys.ts';
import { MeetingPartsCache } from '../incremental/meeting-parts.ts';

export interface OutputOptions {
  /** The folder where each meeting's part of the lists of every meeting is kept between builds (src/incremental/meeting-parts.ts); none when not given. */
  meetingParts?: string;
}

/** What every output builder needs: the archive, its lookups and absolute addresses. */
export class OutputContext {
  readonly view: ViewContext;
  readonly address: SiteAddress;
  private keys: InputKeys | undefined;
  private readonly partsFolder: string | undefined;
  private readonly kept = new Map<string, MeetingPartsCache>();

  constructor(view: ViewContext, options: OutputOptions = {}) {
    this.view = view;
    this.address = new SiteAddress(view.archive.site.baseUrl, view.urls);
    this.partsFolder = options.meetingParts;
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

  /**
   * The bytes of each meeting's part of the file `list` (a file listing
   * meetings: its rows, its entry, its event), in the order of `meetings`, to
   * be put together without being decoded: with a folder of kept
   * parts, a meeting whose input key is the one the part was kept under takes
   * it as kept, and any other is made by `make` and kept. The list of every
   * meeting (the default) then saves the parts for the next build, exactly
   * those of the archive's meetings; a list of some (a board's calendar) only
   * reads them.
   */
  meetingParts(list: string, make: (meeting: Meeting) => string, meetings = this.archive.meetings): Buffer[] {
    if (this.partsFolder === undefined) return meetings.map((meeting) => Buffer.from(make(meeting), 'utf8'));
    let cache = this.kept.get(list);
    if (!cache) this.kept.set(list, (cache = new MeetingPartsCache(this.partsFolder, list)));
    const parts = meetings.map((meeting) => cache.part(this.inputKeys.meeting(meeting), () => make(meeting)));
    if (meetings === this.archive.meetings) cache.save();
    return parts;
  }

  meetingsOf(boardId: string): Meeting[] {
    return this.archive.meetings.filter((m) => m.boardId === boardId);
  }
}
