// The command behind `npm run build` (scripts/build.ts), as a function, so that a test can hand the build hooks
// (tests/support/build-with-hooks.ts) that the product never reads from the environment.
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { archiveRoot, parseCacheFolder, projectRoot } from '../src/paths.ts';
import { ContentErrors, prepareBuild, type PreparedBuild } from '../src/build/prepared-build.ts';
import { buildTimings } from '../src/build/phase-timings.ts';
import { buildSite, type BuildHooks } from '../src/build/build-site.ts';
import { describeHolder, SiteBusy } from '../src/build/site-lock.ts';
import { formatCheck } from '../src/check/report.ts';
import { searchCacheFolder } from '../src/search/search-bundle.ts';
import { writePagesWithEleventy } from '../src/build/eleventy-pages.ts';
import { renderPage } from '../_includes/render.ts';
import { counted } from '../src/text/counted.ts';
import { commandArguments } from '../src/cli/command-arguments.ts';
import { commandProgress } from '../src/cli/progress.ts';
import { environment } from './environment.ts';

/** What a test may hand the build besides its command line: never set by `npm run build` itself. */
export interface BuildSeams {
  hooks?: BuildHooks;
  /** Pages written by one run of Eleventy (src/build/page-batches.ts). */
  pagesPerRun?: number;
}

/** Runs `npm run build` with these arguments; sets process.exitCode, as the command's exit code, when it fails. */
export async function buildCommand(args: readonly string[], seams: BuildSeams = {}): Promise<void> {
  const { values } = commandArguments(
    {
      command: 'npm run build',
      purpose: 'Builds the site into _site/; nothing is published if the content has errors.',
      options: {
        'path-prefix': {
          type: 'string',
          value: 'PREFIX',
          description:
            'the folder the site is published under, such as /minutes/ (else MINUTE_BOOK_PATH_PREFIX, else /)',
        },
        root: {
          type: 'string',
          value: 'DIR',
          description: 'the archive to build (else MINUTE_BOOK_ROOT, else this repository)',
        },
        out: { type: 'string', value: 'DIR', description: 'where to write the site (else _site/)' },
        cache: {
          type: 'string',
          value: 'DIR',
          description:
            'where parsed meetings are kept between builds (else MINUTE_BOOK_CACHE, else .cache/minute-book/parsed)',
        },
        'search-cache': {
          type: 'string',
          value: 'DIR',
          description:
            'where the search indexes of closed municipal years are kept (else MINUTE_BOOK_SEARCH_CACHE, else .cache/minute-book/search)',
        },
        wait: {
          type: 'string',
          value: 'SECONDS',
          description:
            'how long to wait for another build of the same site to finish before refusing (default 300; 0 refuses at once)',
        },
        'no-cache': {
          type: 'boolean',
          description: 'uses neither cache: parses every meeting, indexes every part and writes every file afresh',
        },
        all: { type: 'boolean', description: 'lists every warning in full, as npm run check -- --all does' },
        progress: {
          type: 'boolean',
          description:
            'says what the build is doing, phase by phase, on stderr (shown anyway when stderr is a terminal)',
        },
      },
    },
    args,
  );
  // Parsed meetings are kept between builds (docs/performance.md); a CI saves and restores this folder.
  const cache = values['no-cache'] ? undefined : parseCacheFolder(values.cache ?? environment.cache);
  // So are the search indexes of closed municipal years (docs/search.md).
  const searchCache = values['no-cache']
    ? undefined
    : searchCacheFolder(values['search-cache'] ?? environment.searchCache);
  const pathPrefix = values['path-prefix'] ?? environment.pathPrefix ?? '/';
  const output = path.resolve(values.out ?? path.join(projectRoot, '_site'));
  const progress = commandProgress(values.progress || environment.progress);
  const all = values.all === true;
  const waitSeconds = Number(values.wait ?? 300);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0) {
    console.error(`--wait takes a number of seconds, not "${values.wait}".`);
    process.exit(2);
  }

  try {
    const started = performance.now();
    // Not kept in a variable here, so that the build can let go of the archive while it waits for the search index.
    const { changes, search, pages, meetings } = await buildSite(
      withWarningsShown(
        all,
        prepareBuild({
          root: archiveRoot(values.root ?? environment.root),
          pathPrefix,
          progress,
          ...(cache ? { cache } : {}),
        }),
      ),
      {
        output,
        incremental: !values['no-cache'],
        writePages: writePagesWithEleventy,
        render: renderPage,
        progress,
        waitMs: waitSeconds * 1000,
        onWait: (holder) =>
          console.log(`Waiting for another build of ${path.basename(output)} to finish: ${describeHolder(holder)}.`),
        ...(searchCache ? { searchCache } : {}),
        ...(seams.hooks ? { hooks: seams.hooks } : {}),
        ...(seams.pagesPerRun ? { pagesPerRun: seams.pagesPerRun } : {}),
      },
    );
    const reused = search.reused ? `, ${search.reused} of them unchanged and taken from the cache` : '';
    console.log(
      `Indexed ${search.pages} pages for search in ${counted(search.parts, 'part')}${reused} (${search.files} files, ${Math.round(search.bytes / 1024)} KB).`,
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    // For the benchmark (npm run bench): the build's phase times, written where MINUTE_BOOK_TIMINGS says.
    if (environment.timings) writeFileSync(environment.timings, JSON.stringify(buildTimings.report()));
    // One count of the site's files, which the parts add up to: the pages and data files, the search index and the assets.
    const files = changes.written + changes.kept;
    console.log(
      `Built the site from ${counted(meetings, 'meeting')} into ${path.relative(process.cwd(), output) || '.'} in ${seconds} s: ${counted(files, 'file')}, of them ${pages} pages and data files; ${changes.written} written, ${changes.kept} unchanged, ${changes.removed} removed.`,
    );
  } catch (error) {
    if (error instanceof SiteBusy) {
      console.error(`Nothing was built: ${error.message}.`);
      process.exitCode = 1;
    } else if (error instanceof ContentErrors) {
      process.stderr.write(formatCheck(error.diagnostics, 'text', { all }));
      console.error(`\nNothing was published: ${error.message}.`);
      process.exitCode = 1;
    } else {
      console.error(
        `The build failed and the previous site was left as it was: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exitCode = 1;
    }
  }
}

/** Prints the content's warnings, which do not stop a build. */
function withWarningsShown(all: boolean, build: PreparedBuild): PreparedBuild {
  const warnings = build.archive.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length) process.stdout.write(formatCheck(warnings, 'text', { all }));
  return build;
}
