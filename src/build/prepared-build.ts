import type { Archive, Diagnostic } from '../model/types.ts';
import { hasErrors } from '../model/diagnostics.ts';
import { loadArchive } from '../load/archive.ts';
import type { ArchiveMemory } from '../load/archive-memory.ts';
import { sitePages, siteView, type SiteOptions } from '../plan/plan.ts';
import { counted } from '../text/counted.ts';
import type { Page, SiteView } from '../pages/page.ts';
import { readArchiveHistory } from '../history/archive-history.ts';
import { buildTimings } from './phase-timings.ts';
import type { Progress } from '../cli/progress.ts';

/** Everything a build renders, prepared once from one load of the archive. */
export interface PreparedBuild {
  archive: Archive;
  site: SiteView;
  pages: Page[];
  /** Told of each page as Eleventy renders it, with its HTML (the build hands them to the search index). */
  onRendered?: (page: Page, html: string) => void;
}

/** Thrown when the content has errors: nothing may be published. */
export class ContentErrors extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    super(`the content has ${counted(errors, 'error')} (npm run check lists them)`);
    this.diagnostics = diagnostics;
    this.name = 'ContentErrors';
  }
}

export interface BuildOptions extends SiteOptions {
  root: string;
  /** The folder of the cache of parsed meetings; none when not given. */
  cache?: string;
  /** What a process that keeps running remembers of the files between builds (src/load/archive-memory.ts). */
  memory?: ArchiveMemory;
  progress?: Progress;
}

export function prepareBuild(options: BuildOptions): PreparedBuild {
  return buildTimings.spanSync('load', () => preparedFrom(checkedArchive(options), options));
}

/** The archive, loaded; throws ContentErrors when it has errors, as nothing may then be published. */
export function checkedArchive(options: BuildOptions): Archive {
  const archive = loadArchive(options.root, {
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.memory ? { memory: options.memory } : {}),
    ...(options.progress ? { progress: options.progress } : {}),
  });
  if (hasErrors(archive.diagnostics)) throw new ContentErrors(archive.diagnostics);
  return archive;
}

/** Every page of the site, prepared from a checked archive. */
export function preparedFrom(archive: Archive, options: BuildOptions): PreparedBuild {
  // Read from git once per build; a build without history leaves the dates out.
  const history = readArchiveHistory(options.root);
  options.progress?.(
    `Preparing the pages of ${counted(archive.boards.length, 'board')} and ${counted(archive.meetings.length, 'meeting')}…`,
  );
  return {
    archive,
    site: siteView(archive, options),
    pages: sitePages(archive, {
      ...options,
      ...(history ? { history } : {}),
      // Beside the parsed meetings' cache, as the papers' is (`parsed-words/` and `parsed-parts/` beside `parsed/`).
      ...(options.cache
        ? {
            wordCounts: `${options.cache.replace(/[\\/]+$/, '')}-words`,
            meetingParts: `${options.cache.replace(/[\\/]+$/, '')}-parts`,
          }
        : {}),
    }),
  };
}
