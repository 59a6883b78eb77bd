import { readFileSync } from 'node:fs';
import type { Page } from './page.ts';
import { Urls } from './urls.ts';

/**
 * What a plain file's page holds: how to make its content, not the content
 * itself. A large archive has over a hundred thousand such files (OParl, JSON,
 * CSV, feeds), so each is made when it is written and not kept afterwards.
 */
export interface FileView {
  content: () => string;
  /** Its content's bytes (UTF-8), when the file is put together from bytes (kept parts): written as they are. */
  bytes?: () => Buffer;
}

/** A plain file of the site made as bytes of UTF-8 text: written as `bytes` makes them, and read as text where text is asked for. */
export function filePageOfBytes(sitePath: string, bytes: () => Buffer, inputKey?: string): FilePage {
  const page = filePage(sitePath, () => bytes().toString('utf8'), inputKey);
  return { ...page, view: { ...page.view, bytes } };
}

/** A file published as the archive keeps it (a paper), read when it is written. */
export interface CopiedFileView {
  content: () => Uint8Array;
}

export type FilePage = Page<'file', FileView | CopiedFileView>;

/** A plain file of the site (a feed, a calendar, JSON, CSV): written as `content` makes it. */
export function filePage(sitePath: string, content: () => string, inputKey?: string): FilePage {
  return {
    kind: 'file',
    outputPath: Urls.outputPath(sitePath),
    frame: { title: sitePath, path: sitePath, breadcrumbs: [], alternates: [] },
    view: { content },
    ...(inputKey === undefined ? {} : { inputKey }),
  };
}

/** A file of the archive published as it is: read from `source` when written; its input key is its content's hash. */
export function copiedFilePage(sitePath: string, source: string, sha256: string): FilePage {
  return {
    kind: 'file',
    outputPath: Urls.outputPath(sitePath),
    frame: { title: sitePath, path: sitePath, breadcrumbs: [], alternates: [] },
    view: { content: () => readFileSync(source) },
    inputKey: `file ${sha256}`,
  };
}
