// The two copies of the built site a snapshot keeps: the portable one for the
// site/ folder (relative links, works from file:// and any folder) and the
// canonical one for the web archive (links as served at the base URL).
import {
  addFileSearchNotice,
  addSnapshotNote,
  FILE_NOTICE_SCRIPT,
  fileNoticeScript,
  fixPagefindCacheTag,
} from './page-notes.ts';
import { prefixedLinksInCss, prefixedLinksInHtml, relativeLinksInCss, relativeLinksInHtml } from './links.ts';

export interface PageMarks {
  /** The footer note that says which snapshot a page belongs to. */
  note: string;
  /** Pagefind's metaCacheTag: the commit. */
  cacheTag: string;
}

function markPage(html: string, file: string, marks: PageMarks): string {
  let marked = addSnapshotNote(fixPagefindCacheTag(html, marks.cacheTag), marks.note);
  if (file === SEARCH_PAGE) marked = addFileSearchNotice(marked, '/', `/${FILE_NOTICE_SCRIPT}`);
  return marked;
}

const SEARCH_PAGE = 'search/index.html';

/** The files the snapshot adds to the site: the script of the search page's file:// notice, when there is a search page. */
export function snapshotAdditions(site: Map<string, Buffer>): Map<string, Buffer> {
  const additions = new Map<string, Buffer>();
  if (site.has(SEARCH_PAGE) && !site.has(FILE_NOTICE_SCRIPT))
    additions.set(FILE_NOTICE_SCRIPT, Buffer.from(fileNoticeScript, 'utf8'));
  return additions;
}

export function portableFile(file: string, bytes: Buffer, marks: PageMarks): Buffer {
  if (file.endsWith('.html'))
    return Buffer.from(relativeLinksInHtml(markPage(bytes.toString('utf8'), file, marks), file), 'utf8');
  if (file.endsWith('.css')) return Buffer.from(relativeLinksInCss(bytes.toString('utf8'), file), 'utf8');
  return bytes;
}

export function canonicalFile(file: string, bytes: Buffer, marks: PageMarks, basePath: string): Buffer {
  if (file.endsWith('.html'))
    return Buffer.from(prefixedLinksInHtml(markPage(bytes.toString('utf8'), file, marks), basePath), 'utf8');
  if (file.endsWith('.css')) return Buffer.from(prefixedLinksInCss(bytes.toString('utf8'), basePath), 'utf8');
  return bytes;
}
