import type { Board, Meeting } from '../model/types.ts';
import { html } from '../pages/html.ts';
import { Urls } from '../pages/urls.ts';
import { longDate } from '../text/dates.ts';
import { counted } from '../text/counted.ts';
import { startOfDay, latest } from './content-dates.ts';
import type { OutputContext } from './output-context.ts';
import { OutputPaths } from '../pages/output-paths.ts';
import { attributeList, element, escapeXml } from './xml.ts';

/** Feeds list the newest meetings only; the archive and the open data hold the rest. */
export const FEED_LIMIT = 50;

/** The Atom 1.0 feed (RFC 4287) of the whole archive, or of one board when `board` is given. */
export function atomFeed(output: OutputContext, board?: Board): string {
  const { site } = output;
  const meetings = (board ? output.meetingsOf(board.id) : output.archive.meetings)
    .slice()
    .sort(
      (a, b) =>
        output.updated(b).localeCompare(output.updated(a)) ||
        b.date.localeCompare(a.date) ||
        a.key.localeCompare(b.key),
    )
    .slice(0, FEED_LIMIT);
  const selfUrl = output.url(board ? OutputPaths.boardFeed(board.id) : OutputPaths.feed);
  const pageUrl = output.url(board ? Urls.board(board.id) : Urls.home);
  const updated =
    latest(meetings.map((m) => output.updated(m))) ??
    latest(output.archive.meetings.map((m) => output.updated(m))) ??
    '1970-01-01';
  const title = board ? `Minutes of the ${board.name}` : `Minutes of ${site.authority}`;

  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${attributeList({ 'xml:lang': site.locale })}>`,
    element('id', selfUrl),
    element('title', title),
    element(
      'subtitle',
      board
        ? `New and updated minutes of meetings of the ${board.name}, published by ${site.authority}.`
        : `New and updated minutes of the meetings of ${site.authority}'s boards and committees.`,
    ),
    `<link${attributeList({ rel: 'self', type: 'application/atom+xml', href: selfUrl })}/>`,
    `<link${attributeList({ rel: 'alternate', type: 'text/html', href: pageUrl })}/>`,
    element('updated', startOfDay(updated, site.timeZone)),
    `<author>${element('name', site.contact.name ?? site.authority)}${element('email', site.contact.email)}</author>`,
    element('rights', site.licence.url ? `${site.licence.name}: ${site.licence.url}` : site.licence.name),
    element('generator', 'Minute Book'),
    ...meetings.map((meeting) => entry(output, meeting)),
    '</feed>',
    '',
  ];
  return lines.filter((line) => line !== '').join('\n') + '\n';
}

function entry(output: OutputContext, meeting: Meeting): string {
  const { site } = output;
  const board = output.view.board(meeting.boardId);
  const url = output.url(Urls.meeting(meeting.key));
  const decisions = meeting.items.flatMap((item) => item.decisions.map((d) => ({ item, decision: d })));
  const state = meeting.status === 'draft' ? 'Draft minutes' : 'Minutes';
  const summary =
    `${state} of the meeting of the ${board.name} on ${longDate(meeting.date)}: ${counted(meeting.items.length, 'item')}, ${counted(decisions.length, 'decision')}.` +
    (meeting.partial ? ` ${meeting.partial}` : '');
  const content = html`<p>${summary}</p>
${
  meeting.items.length
    ? html`<h2>Items</h2>
<ol>${meeting.items.map((item) => html`<li><a href="${url}#${item.anchor}">${[item.number, item.title ?? 'Item without a title'].filter(Boolean).join(' ')}</a></li>`)}</ol>`
    : ''
}
${
  decisions.length
    ? html`<h2>Decisions</h2>
<ul>${decisions.map(({ decision }) => html`<li><a href="${url}#${decision.id}">${decision.text}</a></li>`)}</ul>`
    : ''
}`;
  return [
    '<entry>',
    element('id', url),
    element(
      'title',
      `${board.shortName}, ${longDate(meeting.date)}${meeting.status === 'draft' ? ' (draft minutes)' : ''}`,
    ),
    `<link${attributeList({ rel: 'alternate', type: 'text/html', href: url })}/>`,
    `<link${attributeList({ rel: 'alternate', type: 'application/json', href: output.url(OutputPaths.meetingJson(meeting.key)) })}/>`,
    element('published', startOfDay(output.published(meeting), site.timeZone)),
    element('updated', startOfDay(output.updated(meeting), site.timeZone)),
    `<category${attributeList({ term: meeting.status, label: meeting.status === 'draft' ? 'Draft minutes' : 'Approved minutes' })}/>`,
    ...meeting.topics.map((topic) => `<category${attributeList({ term: topic })}/>`),
    element('summary', summary),
    `<content type="html">${escapeXml(content.value)}</content>`,
    '</entry>',
  ].join('\n');
}
