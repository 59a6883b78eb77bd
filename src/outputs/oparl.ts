import type { Board, Item, Meeting, MeetingDocument, Membership, Person } from '../model/types.ts';
import { sameItemNumber } from '../load/item-heading.ts';
import { meetingPapers } from '../pages/meeting-papers.ts';
import type { Page } from '../pages/page.ts';
import { Urls } from '../pages/urls.ts';
import { longDate } from '../text/dates.ts';
import { latest, localDateTime, startOfDay } from './content-dates.ts';
import { filePage } from '../pages/file-page.ts';
import { paginate } from './oparl-list.ts';
import type { OutputContext } from './output-context.ts';

/**
 * An export shaped as OParl 1.1, the German standard for council information
 * systems, so that OParl clients can read the archive. A static host serves
 * each object and each page of each list as a file; query parameters (the
 * `created_since`/`modified_since` filters) cannot be honoured, as
 * docs/open-data.md explains.
 */

const TYPE = (name: string) => `https://schema.oparl.org/1.1/${name}`;

export const OParlPaths = {
  system: '/oparl/system.json',
  bodies: '/oparl/bodies.json',
  body: '/oparl/body.json',
  organizations: '/oparl/organizations.json',
  organization: (boardId: string) => `/oparl/organization/${boardId}.json`,
  organizationMeetings: (boardId: string) => `/oparl/organization/${boardId}/meetings.json`,
  people: '/oparl/people.json',
  person: (personId: string) => `/oparl/person/${personId}.json`,
  memberships: '/oparl/memberships.json',
  membership: (id: string) => `/oparl/membership/${id}.json`,
  meetings: '/oparl/meetings.json',
  meeting: (key: string) => `/oparl/meeting/${key}.json`,
  agendaItems: '/oparl/agenda-items.json',
  agendaItem: (key: string, anchor: string) => `/oparl/agenda-item/${key}/${anchor}.json`,
  locations: '/oparl/locations.json',
  location: (slug: string) => `/oparl/location/${slug}.json`,
  papers: '/oparl/papers.json',
  /** A paper's file, as an oparl:File: `/oparl/file/cyp/2025-09-08/annual-report.pdf.json`. */
  file: (key: string, fileName: string) => `/oparl/file/${key}/${fileName}.json`,
  legislativeTerms: '/oparl/legislative-terms.json',
};

type Json = Record<string, unknown>;

/** Leaves out properties that have no value: OParl omits what is not known. */
function compact(object: Json): Json {
  // A loop, not Object.entries(…).filter(…): this runs five times for each agenda item.
  const kept: Json = {};
  for (const key in object) if (object[key] !== undefined) kept[key] = object[key];
  return kept;
}

/** An optional list: left out when empty. */
function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length ? list : undefined;
}

interface MembershipEntry {
  id: string;
  board: Board;
  membership: Membership;
}

export function oparlPages(output: OutputContext, pagePaths: Set<string>, options: { perPage?: number } = {}): Page[] {
  const { archive, site } = output;
  const url = (sitePath: string) => output.url(sitePath);
  const timeZone = site.timeZone;
  const published = (m: Meeting) => output.published(m);
  const updated = (m: Meeting) => output.updated(m);
  const firstDate = archive.meetings.map(published).sort()[0] ?? '1970-01-01';
  const lastDate = latest(archive.meetings.map(updated)) ?? firstDate;
  // Objects not made at a meeting carry the archive's first and latest content dates.
  const archiveDates = { created: startOfDay(firstDate, timeZone), modified: startOfDay(lastDate, timeZone) };
  const license = site.licence.url;
  const bodyUrl = url(OParlPaths.body);

  const memberships: MembershipEntry[] = [];
  for (const board of archive.boards) {
    const seen = new Map<string, number>();
    for (const membership of board.members) {
      const n = (seen.get(membership.personId) ?? 0) + 1;
      seen.set(membership.personId, n);
      memberships.push({ id: `${board.id}/${membership.personId}${n > 1 ? `-${n}` : ''}`, board, membership });
    }
  }

  // One Location per venue, named by a slug of its text (with -2, -3… should two venues give the same slug).
  const venueSlugs = new Map<string, string>();
  for (const venue of [...new Set(archive.meetings.flatMap((m) => (m.venue ? [m.venue] : [])))].sort()) {
    const base =
      venue
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'venue';
    let slug = base;
    for (let n = 2; [...venueSlugs.values()].includes(slug); n++) slug = `${base}-${n}`;
    venueSlugs.set(venue, slug);
  }
  const meetingsAt = new Map<string, Meeting[]>();
  for (const m of archive.meetings) {
    if (!m.venue) continue;
    if (!meetingsAt.has(m.venue)) meetingsAt.set(m.venue, []);
    meetingsAt.get(m.venue)!.push(m);
  }

  const locations = new Map<string, Json>();
  const locationObject = (venue: string, embedded: boolean): Json => {
    const key = `${embedded}\0${venue}`;
    if (!locations.has(key)) locations.set(key, buildLocationObject(venue, embedded));
    return locations.get(key)!;
  };

  const buildLocationObject = (venue: string, embedded: boolean): Json => {
    const meetings = meetingsAt.get(venue)!;
    return compact({
      id: url(OParlPaths.location(venueSlugs.get(venue)!)),
      type: TYPE('Location'),
      description: venue,
      meetings: embedded ? undefined : meetings.map((m) => url(OParlPaths.meeting(m.key))),
      created: startOfDay(meetings.map(published).sort()[0]!, timeZone),
      modified: startOfDay(latest(meetings.map(updated))!, timeZone),
    });
  };

  const membershipObject = ({ id, board, membership }: MembershipEntry, embedded: boolean): Json =>
    compact({
      id: url(OParlPaths.membership(id)),
      type: TYPE('Membership'),
      person: embedded ? undefined : url(OParlPaths.person(membership.personId)),
      organization: url(OParlPaths.organization(board.id)),
      role: membership.role,
      votingRight: membership.role !== 'Co-opted Member' ? true : undefined,
      startDate: membership.from,
      endDate: membership.until,
      ...archiveDates,
    });

  const personObject = (person: Person): Json =>
    compact({
      id: url(OParlPaths.person(person.id)),
      type: TYPE('Person'),
      body: bodyUrl,
      name: person.name,
      status: nonEmpty([person.role, person.title].filter((s): s is string => Boolean(s))),
      membership: nonEmpty(
        memberships.filter((m) => m.membership.personId === person.id).map((m) => membershipObject(m, true)),
      ),
      // The person's page, when the site has one.
      web: pagePaths.has(`/people/${person.id}/`) ? url(`/people/${person.id}/`) : undefined,
      ...archiveDates,
    });

  // A kept paper as an oparl:File, inside its meeting or agenda item, or on its own with the back references.
  const fileObject = (meeting: Meeting, doc: MeetingDocument, embedded: boolean): Json => {
    const paper = doc.paper!;
    const item =
      doc.item === undefined
        ? undefined
        : meeting.items.find((i) => i.number !== undefined && sameItemNumber(i.number, doc.item!));
    const fileUrl = url(Urls.paperFile(meeting.key, doc.file!));
    return compact({
      id: url(OParlPaths.file(meeting.key, doc.file!)),
      type: TYPE('File'),
      name: doc.title,
      fileName: doc.file,
      mimeType: paper.mediaType,
      date: meeting.date,
      size: paper.bytes,
      accessUrl: fileUrl,
      downloadUrl: fileUrl,
      meeting: embedded ? undefined : [url(OParlPaths.meeting(meeting.key))],
      agendaItem: embedded || !item ? undefined : [url(OParlPaths.agendaItem(meeting.key, item.anchor))],
      web: paper.text ? url(Urls.paperText(meeting.key, doc.file!)) : fileUrl,
      'minutebook:sha256': paper.sha256,
      'minutebook:kind': doc.kind,
      'minutebook:pages': paper.pages,
      created: startOfDay(published(meeting), timeZone),
      modified: startOfDay(updated(meeting), timeZone),
    });
  };
  const keptPapers = (documents: MeetingDocument[]) => documents.filter((d) => d.paper);

  const agendaItemObject = (meeting: Meeting, item: Item, embedded: boolean): Json =>
    compact({
      id: url(OParlPaths.agendaItem(meeting.key, item.anchor)),
      type: TYPE('AgendaItem'),
      meeting: embedded ? undefined : url(OParlPaths.meeting(meeting.key)),
      number: item.number,
      order: item.position - 1,
      name: item.title,
      public: true,
      resolutionText: item.decisions.length ? item.decisions.map((d) => d.text).join('\n\n') : undefined,
      auxiliaryFile: nonEmpty(keptPapers(item.documents).map((d) => fileObject(meeting, d, true))),
      keyword: nonEmpty(item.topics),
      web: url(`${Urls.meeting(meeting.key)}#${item.anchor}`),
      created: startOfDay(published(meeting), timeZone),
      modified: startOfDay(updated(meeting), timeZone),
    });

  // Each meeting appears in three places (its file, the list of all meetings and its board's list), and is
  // built for each: kept from one to the next, the objects of every meeting would stay in memory to the end.
  const meetingObject = (meeting: Meeting): Json => {
    const board = output.view.board(meeting.boardId);
    const participants = [
      ...new Set(
        [...meeting.attendance.present, ...meeting.attendance.substitutes].flatMap((a) =>
          a.personId ? [a.personId] : [],
        ),
      ),
    ];
    return compact({
      id: url(OParlPaths.meeting(meeting.key)),
      type: TYPE('Meeting'),
      name: `${board.name}, ${longDate(meeting.date)}`,
      // OParl's recommended states: "eingeladen" until the minutes are approved, "durchgeführt" once they are.
      meetingState: meeting.status === 'approved' ? 'durchgeführt' : 'eingeladen',
      cancelled: false,
      start: meeting.start ? localDateTime(meeting.date, meeting.start, timeZone) : undefined,
      end: meeting.end ? localDateTime(meeting.date, meeting.end, timeZone) : undefined,
      location: meeting.venue ? locationObject(meeting.venue, true) : undefined,
      organization: [url(OParlPaths.organization(board.id))],
      participant: nonEmpty(participants.map((id) => url(OParlPaths.person(id)))),
      agendaItem: nonEmpty(meeting.items.map((item) => agendaItemObject(meeting, item, true))),
      // The papers of the meeting as a whole, and of items the minutes lack.
      auxiliaryFile: nonEmpty(keptPapers(meetingPapers(meeting)).map((d) => fileObject(meeting, d, true))),
      keyword: nonEmpty(meeting.topics),
      web: url(Urls.meeting(meeting.key)),
      'minutebook:date': meeting.date,
      created: startOfDay(published(meeting), timeZone),
      modified: startOfDay(updated(meeting), timeZone),
    });
  };

  const organizationObject = (board: Board): Json => {
    const meetings = output.meetingsOf(board.id);
    return compact({
      id: url(OParlPaths.organization(board.id)),
      type: TYPE('Organization'),
      body: bodyUrl,
      name: board.name,
      shortName: board.shortName,
      membership: nonEmpty(
        memberships.filter((m) => m.board.id === board.id).map((m) => url(OParlPaths.membership(m.id))),
      ),
      meeting: url(OParlPaths.organizationMeetings(board.id)),
      organizationType: 'Gremium',
      classification: 'Committee',
      web: url(Urls.board(board.id)),
      created: startOfDay(meetings.map(published).sort()[0] ?? firstDate, timeZone),
      modified: startOfDay(latest(meetings.map(updated)) ?? lastDate, timeZone),
    });
  };

  const body: Json = compact({
    id: bodyUrl,
    type: TYPE('Body'),
    system: url(OParlPaths.system),
    name: site.authority,
    shortName: site.shortName,
    website: url(Urls.home),
    license,
    contactEmail: site.contact.email,
    contactName: site.contact.name,
    organization: url(OParlPaths.organizations),
    person: url(OParlPaths.people),
    meeting: url(OParlPaths.meetings),
    paper: url(OParlPaths.papers),
    agendaItem: url(OParlPaths.agendaItems),
    membership: url(OParlPaths.memberships),
    locationList: url(OParlPaths.locations),
    legislativeTermList: url(OParlPaths.legislativeTerms),
    // Required by OParl; UK councils have no legislative terms in OParl's sense.
    legislativeTerm: [],
    classification: 'Local authority',
    web: url(Urls.home),
    ...archiveDates,
  });

  const system: Json = compact({
    id: url(OParlPaths.system),
    type: TYPE('System'),
    oparlVersion: 'https://schema.oparl.org/1.1/',
    license,
    body: url(OParlPaths.bodies),
    name: `${site.authority}: minutes`,
    contactEmail: site.contact.email,
    contactName: site.contact.name,
    website: url(Urls.home),
    web: url(Urls.home),
    ...archiveDates,
  });

  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  // Each file's objects are made when the file is written, so no list of them is held for the whole build.
  const file = (path: string, object: () => Json, inputKey?: string) => filePage(path, () => json(object()), inputKey);
  const list = <T>(
    path: string,
    items: readonly T[],
    toObject: (item: T) => Json,
    more: { web?: string; keyOf?: (item: T) => string } = {},
  ) =>
    paginate(path, items, toObject, url, { ...options, ...more, pageKey: (...parts) => keys.of(...parts) }).map(
      (page) => filePage(page.path, () => json(page.content()), page.inputKey),
    );

  // What a meeting's and an agenda item's objects are made from (src/incremental/input-keys.ts): the meeting, and for a meeting its venue as embedded.
  const keys = output.inputKeys;
  const meetingKey = (m: Meeting) =>
    m.venue ? keys.of(keys.meeting(m), JSON.stringify(locationObject(m.venue, true))) : keys.meeting(m);
  const agendaItemKey = ({ meeting, item }: { meeting: Meeting; item: Item }) =>
    `${keys.meeting(meeting)} ${item.anchor}`;

  const agendaItems = archive.meetings.flatMap((m) => m.items.map((item) => ({ meeting: m, item })));
  const venues = [...venueSlugs.keys()];
  const noObjects: never[] = [];

  return [
    file(OParlPaths.system, () => system),
    ...list(OParlPaths.bodies, [body], (b) => b),
    file(OParlPaths.body, () => body),
    ...list(OParlPaths.organizations, archive.boards, organizationObject),
    ...archive.boards.flatMap((board) => [
      file(OParlPaths.organization(board.id), () => organizationObject(board)),
      ...list(OParlPaths.organizationMeetings(board.id), output.meetingsOf(board.id), meetingObject, {
        web: url(Urls.board(board.id)),
        keyOf: meetingKey,
      }),
    ]),
    ...list(OParlPaths.people, archive.people, personObject),
    ...archive.people.map((p) => file(OParlPaths.person(p.id), () => personObject(p))),
    ...list(OParlPaths.memberships, memberships, (m) => membershipObject(m, false)),
    ...memberships.map((m) => file(OParlPaths.membership(m.id), () => membershipObject(m, false))),
    ...list(OParlPaths.meetings, archive.meetings, meetingObject, { keyOf: meetingKey }),
    ...archive.meetings.map((m) => file(OParlPaths.meeting(m.key), () => meetingObject(m), meetingKey(m))),
    ...list(OParlPaths.agendaItems, agendaItems, ({ meeting, item }) => agendaItemObject(meeting, item, false), {
      keyOf: agendaItemKey,
    }),
    ...agendaItems.map(({ meeting, item }) =>
      file(
        OParlPaths.agendaItem(meeting.key, item.anchor),
        () => agendaItemObject(meeting, item, false),
        keys.meeting(meeting),
      ),
    ),
    ...archive.meetings.flatMap((m) =>
      keptPapers(m.documents).map((d) =>
        file(OParlPaths.file(m.key, d.file!), () => fileObject(m, d, false), keys.meeting(m)),
      ),
    ),
    ...list(OParlPaths.locations, venues, (venue) => locationObject(venue, false)),
    ...venues.map((venue) => file(OParlPaths.location(venueSlugs.get(venue)!), () => locationObject(venue, false))),
    ...list(OParlPaths.papers, noObjects, (none) => none),
    ...list(OParlPaths.legislativeTerms, noObjects, (none) => none),
  ];
}
