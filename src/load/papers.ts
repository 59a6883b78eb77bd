import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Meeting, MeetingDocument, Site } from '../model/types.ts';
import { START_OF_FILE, type Diagnostics } from '../model/diagnostics.ts';
import { formatOfName, isEncryptedPdf, isLfsPointer, PAPER_EXTENSIONS, sniffedFormat } from './paper-formats.ts';
import { PaperExtractions, type ExtractionRequest } from './paper-extraction.ts';
import { PaperHashes } from '../incremental/paper-hashes.ts';
import { hasExtractableText } from '../papers/extract-text.ts';
import { fileSize } from '../text/file-size.ts';

/** A paper's file name: letters, digits, hyphens, underscores and dots, as safe in an address and on every file system. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)+$/;
const LONGEST_NAME = 100;

/** The folder of a meeting's papers, from the archive's root: `content/cyp/2025-09-08`, beside `content/cyp/2025-09-08.md`. */
export function paperFolder(meeting: Pick<Meeting, 'boardId' | 'slug'>): string {
  return `content/${meeting.boardId}/${meeting.slug}`;
}

/**
 * Finds each meeting's paper files, checks them, and attaches what the site
 * and the snapshots publish of each to its document (`paper`). Every problem
 * is a diagnostic on the line of the document that names the file, or on the
 * file itself when nothing names it. Done at every load, after the parse
 * (which the parse cache keeps), since a paper may change while its meeting's
 * file does not. Returns, for each meeting with papers, a hash of what was
 * found of them, for the meeting's input keys.
 */
export function attachPapers(
  root: string,
  meetings: Meeting[],
  site: Site,
  diagnostics: Diagnostics,
  cacheFolder?: string,
): Map<string, string> {
  const hashes = new PaperHashes(cacheFolder);
  const requests: ExtractionRequest[] = [];
  const found: Array<{ meeting: Meeting; doc: MeetingDocument; request: ExtractionRequest }> = [];
  for (const meeting of meetings) {
    const folder = paperFolder(meeting);
    const named = new Set<string>();
    for (const doc of meeting.documents) {
      delete doc.paper;
      if (doc.file === undefined) continue;
      named.add(doc.file);
      const checked = checkPaperFile(root, folder, meeting.file, doc, site, diagnostics, hashes);
      if (!checked) continue;
      requests.push(checked.request);
      found.push({ meeting, doc, request: checked.request });
      doc.paper = {
        path: `${folder}/${doc.file}`,
        bytes: checked.bytes,
        sha256: checked.request.sha256,
        format: checked.request.format,
        mediaType: checked.mediaType,
      };
    }
    reportUnnamedFiles(root, folder, named, `${meeting.slug}.md`, diagnostics);
    // An item's documents are the meeting's own objects when parsed, but copies when the parse cache gives them back.
    for (const item of meeting.items)
      item.documents = item.documents.map((d) => meeting.documents.find((m) => m.line === d.line) ?? d);
  }

  const extractions = new PaperExtractions(cacheFolder).extract(requests.filter((r) => hasExtractableText(r.format)));
  const papersHashes = new Map<string, string>();
  for (const { meeting, doc, request } of found) {
    const extraction = extractions.get(request.sha256);
    if (extraction && !extraction.ok) {
      const place = { line: doc.line ?? 1, column: 1 };
      if (extraction.problem === 'encrypted')
        diagnostics.error(
          meeting.file,
          place,
          'paper-encrypted',
          `${doc.file} is encrypted, so its text cannot be read or kept`,
          'Publish a copy saved without a password or restrictions.',
        );
      else
        diagnostics.error(
          meeting.file,
          place,
          'paper-unreadable',
          `${doc.file} cannot be read as a PDF (${extraction.detail})`,
          'Save the paper again as PDF from the program that made it, and replace the file.',
        );
      delete doc.paper;
      hashes.forget(`${paperFolder(meeting)}/${doc.file}`);
      continue;
    }
    if (extraction?.ok) {
      if (extraction.pages !== undefined) doc.paper!.pages = extraction.pages;
      if (extraction.text && extraction.text.sections.length > 0) doc.paper!.text = extraction.text;
    }
    const hash = createHash('sha256')
      .update(papersHashes.get(meeting.key) ?? '')
      .update(doc.file!)
      .update('\0')
      .update(request.sha256)
      .digest('hex');
    papersHashes.set(meeting.key, hash);
  }
  hashes.save();
  return papersHashes;
}

/** Checks one named file; returns what to read of it, or undefined (with a diagnostic) when it cannot be published. */
function checkPaperFile(
  root: string,
  folder: string,
  meetingFile: string,
  doc: MeetingDocument,
  site: Site,
  diagnostics: Diagnostics,
  hashes: PaperHashes,
) {
  const name = doc.file!;
  const place = { line: doc.line ?? 1, column: 1 };
  const problem = (code: string, message: string, hint: string) => {
    diagnostics.error(meetingFile, place, code, message, hint);
    return undefined;
  };
  if (!SAFE_NAME.test(name) || name.length > LONGEST_NAME) {
    return problem(
      'paper-file-name',
      `"${name}" is not a safe name for a paper's file`,
      `Name it with letters, digits and hyphens, up to ${LONGEST_NAME} characters, ending in its format, such as annual-report-2024.pdf; it goes in ${folder}/.`,
    );
  }
  const facts = formatOfName(name);
  if (!facts)
    return problem(
      'paper-format',
      `${name} is not a format the archive keeps`,
      `Papers may be ${PAPER_EXTENSIONS.map((e) => `.${e}`).join(', ')}.`,
    );
  const absolute = path.join(root, folder, name);
  if (!existsSync(absolute) || !lstatSync(absolute).isFile()) {
    return problem(
      'paper-missing',
      `${folder}/${name} is missing`,
      `Put the file in ${folder}/, or correct the name after "file:".`,
    );
  }
  const stats = statSync(absolute);
  const { size } = stats;
  if (size > site.paperSizeLimit) {
    return problem(
      'paper-too-large',
      `${name} is ${fileSize(size)}, over the ${fileSize(site.paperSizeLimit)} the site takes ("paper_size_limit" in _data/site.yaml)`,
      'Publish a smaller copy (for example saved with reduced image quality), or raise the limit.',
    );
  }
  // A file untouched since it last passed the check is not read again (src/incremental/paper-hashes.ts).
  const known = hashes.lookup(`${folder}/${name}`, stats);
  if (known) {
    hashes.keep(`${folder}/${name}`, stats, known);
    return { request: { sha256: known, format: facts.format, absolute }, bytes: size, mediaType: facts.mediaType };
  }
  const bytes = readFileSync(absolute);
  if (isLfsPointer(bytes)) {
    return problem(
      'paper-lfs-pointer',
      `${name} is a Git LFS pointer, not the file itself: Git LFS did not fetch it`,
      'Run "git lfs pull" (in CI, check out with "lfs: true"); docs/clerks.md shows how.',
    );
  }
  if (!facts.looksRight(bytes)) {
    const actually = sniffedFormat(bytes);
    return problem(
      'paper-type',
      `${name} ends .${name.split('.').pop()} but is not a ${facts.label}${actually ? `: it is ${actually}` : ''}`,
      'Give the file the extension of its format, or replace it with the right file.',
    );
  }
  if (facts.format === 'pdf' && isEncryptedPdf(bytes)) {
    return problem(
      'paper-encrypted',
      `${name} is encrypted, so its text cannot be read or kept`,
      'Publish a copy saved without a password or restrictions.',
    );
  }
  const request: ExtractionRequest = {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    format: facts.format,
    absolute,
  };
  hashes.keep(`${folder}/${name}`, stats, request.sha256);
  return { request, bytes: size, mediaType: facts.mediaType };
}

/** Every file in a meeting's folder that its meeting does not name: not published, and said so. */
export function reportUnnamedFiles(
  root: string,
  folder: string,
  named: Set<string>,
  meetingName: string | undefined,
  diagnostics: Diagnostics,
): void {
  for (const file of filesUnder(path.join(root, folder))) {
    if (named.has(file)) continue;
    diagnostics.warning(
      `${folder}/${file}`,
      START_OF_FILE,
      'paper-unnamed',
      meetingName
        ? `nothing in ${meetingName} names this file, so it is not published`
        : `this folder has no meeting file (${path.posix.basename(folder)}.md), so this file is not published`,
      meetingName
        ? `Add it under "documents:" in ${meetingName} with "file: ${file}", a title and a kind; or remove it.`
        : `Add the meeting's minutes as ${folder}.md, or move the file to its meeting's folder.`,
    );
  }
}

/** Files under a folder, by their path from it, in a fixed order; hidden files (such as .gitkeep) are not papers. */
function filesUnder(folder: string, prefix = ''): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const absolute = path.join(folder, name);
      return lstatSync(absolute).isDirectory() ? filesUnder(absolute, `${prefix}${name}/`) : [`${prefix}${name}`];
    });
}
