import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Archive, Board, Meeting, Person, Report } from '../model/types.ts';
import { Diagnostics, sortDiagnostics, START_OF_FILE } from '../model/diagnostics.ts';
import { readTextFile } from './text-file.ts';
import { YamlSource } from './yaml-source.ts';
import { readBoards, readPeople, readSite } from './site-data.ts';
import { PeopleDirectory } from './people-directory.ts';
import { readMeeting, type MeetingFile, type NamePlace, type ReadMeeting } from './meeting.ts';
import { readReport } from './report.ts';
import { linkApprovals, reportLateApprovals } from './approvals.ts';
import { reportCopies } from './copies.ts';
import type { Place } from '../model/diagnostics.ts';
import { ParseCache } from '../incremental/parse-cache.ts';
import { ReportCache } from '../incremental/report-cache.ts';
import { recordMeetingSources } from '../incremental/meeting-sources.ts';
import { SourceHashes } from '../incremental/source-hashes.ts';
import type { HashedMeetingFile, MeetingSource, ParsedMeeting } from './parsed-meeting.ts';
import { parseInParallel } from './parallel-parse.ts';
import { attachPapers, reportUnnamedFiles } from './papers.ts';
import type { ArchiveMemory, Unknown } from './archive-memory.ts';
import type { Progress } from '../cli/progress.ts';
import { counted } from '../text/counted.ts';

export interface LoadOptions {
  /** Today's date (YYYY-MM-DD), for checks such as "approved in the future". Defaults to the real date. */
  today?: string;
  /** A folder for the cache of parsed meetings (see src/incremental/parse-cache.ts); without it, every file is parsed. */
  cache?: string;
  /** 1 parses every file on this thread; by default a worker thread shares the work of a large archive. */
  parseThreads?: 1 | 2;
  /** What a process that keeps running remembers of the files between loads (archive-memory.ts): only files changed since are read. */
  memory?: ArchiveMemory;
  /** Told of each phase of a long load, for a person watching (src/cli/progress.ts). */
  progress?: Progress;
}

const MEETING_FILE = /^(\d{4}-\d{2}-\d{2})(-[a-z0-9]+(?:-[a-z0-9]+)*)?\.md$/;
/** The folder of a meeting's papers: named as its file is, without `.md`. */
const MEETING_FOLDER = /^\d{4}-\d{2}-\d{2}(-[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const REPORT_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

/**
 * Loads the whole archive under `root` (which holds `_data/` and `content/`)
 * into one model. It never throws for bad content: every problem becomes a
 * diagnostic, and what can be read is still returned.
 */
export function loadArchive(root: string, options: LoadOptions = {}): Archive {
  const diagnostics = new Diagnostics();
  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');
  const readData = (name: string, required: boolean): YamlSource | undefined => {
    const file = `_data/${name}.yaml`;
    const absolute = path.join(root, file);
    if (!existsSync(absolute)) {
      if (required)
        diagnostics.error(
          file,
          START_OF_FILE,
          'file-missing',
          `${file} is missing`,
          'See docs/content-format.md for what it holds.',
        );
      return undefined;
    }
    const text = readTextFile(absolute, file, path.join(root, '_data'), diagnostics);
    return text === undefined ? undefined : YamlSource.parse(text, file, diagnostics);
  };

  reportCodeInData(root, diagnostics);
  const site = readSite(readData('site', true), '_data/site.yaml', diagnostics);
  const people = readPeople(readData('people', false), '_data/people.yaml', diagnostics);
  const boards = readBoards(
    readData('boards', true),
    '_data/boards.yaml',
    diagnostics,
    new Set(people.map((p) => p.id)),
  );
  const directory = new PeopleDirectory(people);
  const peopleData = JSON.stringify(people);
  const cache = options.cache ? new ParseCache<ReadMeeting>(options.cache, peopleData) : undefined;
  const { memory } = options;
  // A process that remembers the files (npm start) knows which changed without this record.
  const hashes = options.cache && !memory ? new SourceHashes(options.cache) : undefined;
  // The reports as the last build read them, by their text (src/incremental/report-cache.ts).
  const reportCache = new ReportCache(options.cache);
  // True when some meetings came from the memory, not the cache: the cache then keeps its other entries.
  let tookFromMemory = false;
  memory?.usePeople(peopleData);
  for (const [key, ids] of directory.ambiguous) {
    diagnostics.warning(
      '_data/people.yaml',
      START_OF_FILE,
      'alias-ambiguous',
      `the name "${key}" belongs to ${ids.join(' and ')}, so it matches neither`,
      'Give one of them a fuller alias.',
    );
  }

  const meetings: Meeting[] = [];
  // Each meeting's file's hash, by key (src/incremental/meeting-sources.ts).
  const sourceHashes = new Map<string, string>();
  const reports: Report[] = [];
  const names: Array<NamePlace & { file: string }> = [];
  // The files of approved minutes, where strict_names makes an unknown name an error.
  const approvedFiles = new Set<string>();
  // Meetings whose own file says where they were approved, with the place it says so.
  const ownApprovals: Array<{ meeting: Meeting; place: Place }> = [];
  const inputs: MeetingSource[] = [];
  // For each input, what an earlier load with the same memory, or the cache, made of it.
  const parsedBefore: Array<ParsedMeeting | undefined> = [];
  // For each input the memory does not know, how to remember this read of it.
  const toRemember: Array<Unknown | undefined> = [];
  // The texts of the files neither remembers, to be parsed: the only texts kept (about 140 MB at 10,000 meetings when none is cached).
  const unparsed: Array<{ at: number; file: HashedMeetingFile }> = [];
  const meetingFiles = new Set<string>();
  const contentDir = path.join(root, 'content');
  const boardIds = new Set(boards.map((b) => b.id));
  // Hidden files and folders (.DS_Store, .~lock, a folder copied as .old) are not published: say so.
  const hidden = (dir: string) => (name: string) => {
    if (name === '.gitkeep') return;
    const file = relative(path.join(dir, name));
    diagnostics.warning(
      file,
      START_OF_FILE,
      'file-hidden',
      `"${file}" is hidden (its name starts with a full stop), so it is not published`,
      'If it holds minutes, rename it without the full stop; if not, delete it.',
    );
  };

  for (const entry of listSorted(contentDir, hidden(contentDir))) {
    const boardDir = path.join(contentDir, entry);
    const boardFile = relative(boardDir);
    if (!lstatSync(boardDir).isDirectory()) {
      if (entry !== 'README.md')
        diagnostics.warning(
          boardFile,
          START_OF_FILE,
          'file-unexpected',
          'files directly in content/ are not published',
          'Meetings go in content/<board-id>/<YYYY-MM-DD>.md.',
        );
      continue;
    }
    if (!boardIds.has(entry)) {
      for (const file of listSorted(boardDir)) {
        diagnostics.error(
          relative(path.join(boardDir, file)),
          START_OF_FILE,
          'board-unknown',
          `this file is in the folder of board "${entry}", which is not in _data/boards.yaml`,
          `Add board "${entry}" to _data/boards.yaml, or move the file to the folder of an existing board.`,
        );
      }
      continue;
    }
    for (const name of listSorted(boardDir, hidden(boardDir))) {
      const absolute = path.join(boardDir, name);
      const file = relative(absolute);
      if (name === 'reports' && lstatSync(absolute).isDirectory()) {
        for (const reportName of listSorted(absolute, hidden(absolute))) {
          const reportPath = path.join(absolute, reportName);
          const reportFile = relative(reportPath);
          if (!REPORT_FILE.test(reportName)) {
            diagnostics.error(
              reportFile,
              START_OF_FILE,
              'file-name',
              `"${reportName}" is not a report file name`,
              'A report is named with lower case letters, digits and hyphens, ending .md, such as annual-report-2024-25.md.',
            );
            continue;
          }
          const text = readTextFile(reportPath, reportFile, contentDir, diagnostics);
          if (text === undefined) continue;
          const source = { file: reportFile, boardId: entry, slug: reportName.replace(/\.md$/, ''), text };
          const read = reportCache.read(source, () => {
            const own = new Diagnostics();
            const report = readReport(source.file, source.boardId, source.slug, source.text, own);
            return { ...(report ? { report } : {}), diagnostics: own.list };
          });
          diagnostics.list.push(...read.diagnostics);
          if (read.report) reports.push(read.report);
        }
        continue;
      }
      if (MEETING_FOLDER.test(name) && lstatSync(absolute).isDirectory()) {
        // A meeting's papers (papers.ts), checked with its meeting; a folder without one is said so here.
        if (!listSorted(boardDir).includes(`${name}.md`))
          reportUnnamedFiles(root, `content/${entry}/${name}`, new Set(), undefined, diagnostics);
        continue;
      }
      const match = MEETING_FILE.exec(name);
      const otherExtension = /^(\d{4}-\d{2}-\d{2}(?:-[a-z0-9-]+)?)\.(?!md$)[A-Za-z]+$/.exec(name);
      if (otherExtension) {
        const twin = `${otherExtension[1]}.md`;
        const duplicate = listSorted(boardDir).includes(twin);
        diagnostics.error(
          file,
          START_OF_FILE,
          duplicate ? 'meeting-duplicate' : 'file-name',
          duplicate
            ? `this is a second file for the meeting in ${twin}, without a suffix to tell the two meetings apart`
            : `meeting files end in .md, so "${name}" is not published`,
          duplicate
            ? `If the board met twice that day, rename one to ${otherExtension[1]}-<suffix>.md (for example ${otherExtension[1]}-extraordinary.md); otherwise delete the copy.`
            : `Rename it to ${otherExtension[1]}.md.`,
        );
        continue;
      }
      if (!match) {
        diagnostics.error(
          file,
          START_OF_FILE,
          'file-name',
          `"${name}" is not a meeting file name`,
          'A meeting is named by its date, such as 2025-09-08.md (or 2025-09-08-extraordinary.md for a second meeting that day).',
        );
        continue;
      }
      meetingFiles.add(absolute);
      const known = memory?.look(absolute);
      if (known && 'known' in known) {
        inputs.push(known.known.input);
        toRemember.push(undefined);
        parsedBefore.push(known.known.parsed);
        tookFromMemory = true;
        continue;
      }
      const slug = name.replace(/\.md$/, '');
      // A file untouched since a build read it is neither read nor hashed: its hash finds its parse in the cache.
      const stat = hashes?.stat(absolute);
      const recalled = stat && hashes!.lookup(absolute, stat);
      if (recalled) {
        const source: MeetingSource = { file, boardId: entry, slug, textHash: recalled };
        const cached = cache!.lookup(source);
        if (cached) {
          hashes!.keep(absolute, stat, recalled);
          inputs.push(source);
          toRemember.push(known);
          parsedBefore.push(cached);
          continue;
        }
      }
      const text = readTextFile(absolute, file, contentDir, diagnostics);
      if (text === undefined) continue;
      if (text.trim() === '') {
        diagnostics.error(
          file,
          START_OF_FILE,
          'file-empty',
          'this meeting file is empty',
          'Create meetings with npm run new, or copy the example in docs/content-format.md.',
        );
        continue;
      }
      // Hashed once here: the parse cache's address, the content hash and the outputs' input keys all start from it.
      const source: MeetingSource = {
        file,
        boardId: entry,
        slug,
        textHash: createHash('sha256').update(file).update('\0').update(text).digest('hex'),
      };
      if (stat) hashes!.keep(absolute, stat, source.textHash);
      const cached = cache?.lookup(source);
      if (!cached) unparsed.push({ at: inputs.length, file: { ...source, text } });
      inputs.push(source);
      toRemember.push(known);
      parsedBefore.push(cached);
    }
  }
  memory?.keepOnly(meetingFiles);
  const unchanged = inputs.length - unparsed.length;
  options.progress?.(
    `Reading ${counted(inputs.length, 'meeting file')}${unchanged ? ` (${unchanged} unchanged since they were last read)` : ''}…`,
  );

  // What neither remembers is parsed on two threads; a fresh parse is kept in the cache and used as the cache gives it back (src/incremental/parse-cache.ts says why).
  const parseHere = (input: MeetingFile) => parseMeeting(input, directory);
  const settle = (parsed: ParsedMeeting, i: number) => (cache ? cache.store(inputs[unparsed[i]!.at]!, parsed) : parsed);
  const files = unparsed.map((u) => u.file);
  const parsedNow =
    options.parseThreads === 1
      ? files.map((file, i) => settle(parseHere(file), i))
      : parseInParallel(files, people, parseHere, settle);
  for (const [i, { at }] of unparsed.entries()) parsedBefore[at] = parsedNow[i];
  cache?.save({ prune: !tookFromMemory });
  hashes?.save();
  reportCache.save();
  for (const [i, input] of inputs.entries()) {
    const parsed = parsedBefore[i]!;
    toRemember[i]?.remember(input, parsed);
    for (const diagnostic of parsed.diagnostics) diagnostics.list.push(diagnostic);
    const { read } = parsed;
    if (!read) continue;
    meetings.push(read.meeting);
    if (read.meeting.status === 'approved') approvedFiles.add(input.file);
    if (read.approvedAtPlace) ownApprovals.push({ meeting: read.meeting, place: read.approvedAtPlace });
    sourceHashes.set(read.meeting.key, input.textHash);
    for (const name of read.names) names.push({ ...name, file: input.file });
  }

  options.progress?.(
    `Read ${counted(meetings.length, 'meeting')} and ${counted(reports.length, 'report')}; checking names and approvals…`,
  );
  // Each meeting's papers are part of what its files are made from. Their cache sits beside the parsed meetings' (`parsed-papers/` beside `parsed/`), not in it.
  for (const [key, papers] of attachPapers(
    root,
    meetings,
    site,
    diagnostics,
    options.cache && `${options.cache.replace(/[\\/]+$/, '')}-papers`,
  )) {
    sourceHashes.set(
      key,
      createHash('sha256').update(sourceHashes.get(key)!).update('\0').update(papers).digest('hex'),
    );
  }
  reportUnknownNames(names, directory, diagnostics, site.check.strictNames ? approvedFiles : new Set());
  meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  reports.sort((a, b) => (a.key < b.key ? -1 : 1));
  reportCopies(meetings, diagnostics);
  reportLateApprovals(ownApprovals, meetings, diagnostics);
  linkApprovals(meetings, diagnostics, options.today ?? new Date().toISOString().slice(0, 10));

  const archive: Archive = {
    root,
    site,
    boards,
    people,
    meetings,
    reports,
    diagnostics: sortDiagnostics(diagnostics.list),
    contentHash: contentHash(meetings, sourceHashes, reports),
  };
  // What the build's input keys start from: beside the model, not in it.
  recordMeetingSources(archive, sourceHashes);
  return archive;
}

/** See `Archive.contentHash`. */
function contentHash(meetings: Meeting[], sourceHashes: Map<string, string>, reports: Report[]): string {
  const hash = createHash('sha256');
  // Each meeting's text by its hash, which covers it and its file's path (and its papers): the texts are not hashed twice.
  for (const meeting of meetings)
    hash.update(meeting.key).update('\0').update(sourceHashes.get(meeting.key)!).update('\0');
  for (const report of reports)
    hash.update(report.key).update('\0').update(report.title).update('\0').update(report.html).update('\0');
  return hash.digest('hex');
}

/** Reads one meeting with diagnostics of its own, as the cache keeps them with it. */
export function parseMeeting(input: MeetingFile, directory: PeopleDirectory): ParsedMeeting {
  const own = new Diagnostics();
  const read = readMeeting(input, directory, own);
  return { ...(read ? { read } : {}), diagnostics: own.list };
}

/**
 * A name in the minutes that matches nobody is shown as written: a warning,
 * or an error in approved minutes when the site asks for names to be strict
 * (`check: { strict_names: true }`), as an approved record should name its
 * members as the people data does.
 */
function reportUnknownNames(
  names: Array<NamePlace & { file: string }>,
  directory: PeopleDirectory,
  diagnostics: Diagnostics,
  strictIn: ReadonlySet<string>,
): void {
  // The same unknown name recurs in meeting after meeting: work out its hint once.
  const hints = new Map<string, string>();
  for (const name of names) {
    if (directory.resolve(name.written).personId) continue;
    let hint = hints.get(name.written);
    if (hint === undefined) hints.set(name.written, (hint = unknownNameHint(name.written, directory)));
    const strict = strictIn.has(name.file);
    const message = `"${name.written}" matches nobody in _data/people.yaml, so it is shown as written${strict ? ', and these minutes are approved (the site has strict_names)' : ''}`;
    if (strict) diagnostics.error(name.file, name, 'person-unknown', message, hint);
    else diagnostics.warning(name.file, name, 'person-unknown', message, hint);
  }
}

function unknownNameHint(written: string, directory: PeopleDirectory): string {
  const hint = directory.hint(written);
  if ('otherFormOf' in hint) {
    const names = hint.otherFormOf.map((p) => p.name);
    return names.length === 1
      ? `It is a shorter form of ${names[0]}'s name. If it is them, add "${written}" to their aliases in _data/people.yaml.`
      : `It is a shorter form of the names of ${names.slice(0, -1).join(', ')} and ${names.at(-1)}, so it cannot tell them apart: write the fuller name in the minutes.`;
  }
  if (hint.closest.length) return `Did you mean ${hint.closest.join(' or ')}? If so, correct the name in the minutes.`;
  return `If they are a member or officer, add them to _data/people.yaml (with "${written}" as an alias if the minutes write their name so).`;
}

const CODE_FILE = /\.(?:[cm]?js|[cm]?ts|jsx|tsx)$/i;

/**
 * `_data/` holds data only. Eleventy would run a JavaScript file found there
 * as part of the build (src/build/eleventy-pages.ts no longer lets it), so such a file
 * is refused by name: code that changes the site belongs in src/, reviewed as
 * code, not among the minutes' data. Hidden files and subfolders count too.
 */
function reportCodeInData(root: string, diagnostics: Diagnostics): void {
  const walk = (folder: string, relative: string): void => {
    if (!existsSync(folder)) return;
    for (const name of readdirSync(folder).sort()) {
      const file = `${relative}/${name}`;
      const absolute = path.join(folder, name);
      if (lstatSync(absolute).isDirectory()) walk(absolute, file);
      else if (CODE_FILE.test(name)) {
        diagnostics.error(
          file,
          START_OF_FILE,
          'data-code',
          `${file} is a program, but _data/ holds data only (site.yaml, people.yaml, boards.yaml), so it is neither run nor published`,
          "Delete it, or move what it does into the data files or into the project's code in src/.",
        );
      }
    }
  };
  walk(path.join(root, '_data'), '_data');
}

/** Directory entries in a fixed order, so that output never depends on the file system. */
function listSorted(dir: string, hidden?: (name: string) => void): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).sort();
  if (hidden) for (const name of names) if (name.startsWith('.')) hidden(name);
  return names.filter((name) => !name.startsWith('.'));
}

export type { Archive, Board, Meeting, Person, Report };
