import path from 'node:path';
import type { Meeting, MeetingDocument, PaperKind, PaperSection } from '../model/types.ts';
import { longDate, mediumDate } from '../text/dates.ts';
import { fileSize } from '../text/file-size.ts';
import { counted } from '../text/counted.ts';
import { formatLabel } from '../load/paper-formats.ts';
import { sameItemNumber } from '../load/item-heading.ts';
import type { Link, Page, ViewContext } from '../pages/page.ts';
import { Urls } from '../pages/urls.ts';
import { meetingTitle } from './meeting-title.ts';
import { paperSearchFields } from '../pages/search-fields.ts';
import { copiedFilePage } from '../pages/file-page.ts';

const KINDS: Record<PaperKind, string> = {
  agenda: 'Agenda',
  report: 'Report',
  appendix: 'Appendix',
  presentation: 'Presentation',
  minutes: 'Minutes',
};

/** How the meeting page lists one paper: its title and facts, linked to its file and its text, or to where the council keeps it. */
export interface PaperLinkView {
  title: string;
  /** Kind, format, size and pages, such as "Report, PDF, 173 KB, 12 pages". */
  facts: string;
  /** The kept file. */
  href?: string;
  /** The page of its text. */
  textHref?: string;
  /** An address elsewhere, for a paper the archive does not keep. */
  externalHref?: string;
}

/** The page of a paper's text. */
export interface PaperView {
  title: string;
  facts: string;
  meeting: Link;
  item?: Link;
  fileHref: string;
  formatLabel: string;
  sizeLabel: string;
  sections: PaperSection[];
}

export function paperLinkView(doc: MeetingDocument, meeting: Meeting, context: ViewContext): PaperLinkView {
  const { paper } = doc;
  const kind = doc.kind ? KINDS[doc.kind] : undefined;
  if (paper) {
    const facts = [
      kind,
      formatLabel(paper.format),
      fileSize(paper.bytes),
      paper.pages !== undefined ? counted(paper.pages, 'page') : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    return {
      title: doc.title,
      facts,
      href: context.href(Urls.paperFile(meeting.key, doc.file!)),
      ...(paper.text ? { textHref: context.href(Urls.paperText(meeting.key, doc.file!)) } : {}),
    };
  }
  // Known only by its address (or not even that): said plainly, since the archive does not keep it.
  const facts = [kind, doc.size, doc.link ? 'on another website, not kept in this archive' : 'not kept in this archive']
    .filter(Boolean)
    .join(', ');
  return { title: doc.title, facts, ...(doc.link ? { externalHref: doc.link } : {}) };
}

/** For each kept paper of a meeting: its file, as it is, and the page of its text when it has text. */
export function paperPages(meeting: Meeting, context: ViewContext): Page[] {
  const pages: Page[] = [];
  for (const doc of meeting.documents) {
    const { paper } = doc;
    if (!paper) continue;
    pages.push(
      copiedFilePage(Urls.paperFile(meeting.key, doc.file!), path.join(context.archive.root, paper.path), paper.sha256),
    );
    if (paper.text) pages.push(paperTextPage(doc, meeting, context));
  }
  return pages;
}

function paperTextPage(doc: MeetingDocument, meeting: Meeting, context: ViewContext): Page<'paper', PaperView> {
  const board = context.board(meeting.boardId);
  const sitePath = Urls.paperText(meeting.key, doc.file!);
  const paper = doc.paper!;
  const item =
    doc.item === undefined
      ? undefined
      : meeting.items.find((i) => i.number !== undefined && sameItemNumber(i.number, doc.item!));
  const itemLabel = item ? [item.number, item.title].filter(Boolean).join(' ') : undefined;
  const link = paperLinkView(doc, meeting, context);
  return {
    kind: 'paper',
    outputPath: Urls.outputPath(sitePath),
    frame: {
      title: `${doc.title} - ${board.shortName}, ${mediumDate(meeting.date)}`,
      description: `The text of "${doc.title}", a paper of the meeting of the ${board.name} on ${longDate(meeting.date)}.`,
      path: sitePath,
      breadcrumbs: [
        { label: 'Home', href: context.href(Urls.home) },
        { label: board.shortName, href: context.href(Urls.board(board.id)) },
        { label: longDate(meeting.date), href: context.href(Urls.meeting(meeting.key)) },
        { label: doc.title, href: context.href(sitePath) },
      ],
      alternates: [],
      search: paperSearchFields(doc.title, meeting, board.name, itemLabel, context.archive.site),
    },
    view: {
      title: doc.title,
      facts: link.facts,
      meeting: { label: meetingTitle(board.name, meeting.date), href: context.href(Urls.meeting(meeting.key)) },
      ...(item && itemLabel
        ? { item: { label: itemLabel, href: context.href(Urls.item(meeting.key, item.anchor)) } }
        : {}),
      fileHref: link.href!,
      formatLabel: formatLabel(paper.format),
      sizeLabel: fileSize(paper.bytes),
      sections: withoutSkippedLevels(paper.text!.sections),
    },
  };
}

/** Headings as the page may nest them: the first at level 2, none more than one level below the one before. */
function withoutSkippedLevels(sections: PaperSection[]): PaperSection[] {
  let previous = 1;
  return sections.map((section) => {
    if (section.heading === undefined) return section;
    const level = Math.max(2, Math.min(section.level ?? 2, previous + 1, 4));
    previous = level;
    return { ...section, level };
  });
}
