import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Archive } from '../model/types.ts';
import type { RenderPage } from '../pages/page.ts';
import { ArchiveMemory } from '../load/archive-memory.ts';
import { checkedArchive, ContentErrors, preparedFrom, type BuildOptions } from '../build/prepared-build.ts';
import { buildSite, type PageWriter } from '../build/build-site.ts';
import { meetingPageAlone, siteView } from '../plan/plan.ts';
import { readArchiveHistory } from '../history/archive-history.ts';
import { formatCheck } from '../check/report.ts';
import { counted } from '../text/counted.ts';
import { describeHolder, lockSite, SiteBusy, type SiteLock } from '../build/site-lock.ts';

export interface LiveSiteOptions {
  /** The archive and how its site is addressed, as for `npm run build`. */
  build: BuildOptions;
  /** The site's folder, which the server serves. */
  output: string;
  searchCache?: string;
  writePages: PageWriter;
  /** The site's templates (_includes/render.ts), handed in: src/ does not import them. */
  render: RenderPage;
  /** Tells the browsers showing the site to load their page again. */
  reload: () => void;
  /** Tells the clerk what happened, a line at a time. */
  log: (message: string) => void;
  /** Shows the content's errors in the browser (undefined once a build succeeds again). */
  problems?: (problems: string | undefined) => void;
}

/** How long to wait after a file changes for more changes, so an editor's save (often several events) is built once. */
const SETTLE_MS = 20;

/** How long a build after a save waits for another build of the same site (`npm run build`) before giving up. */
const LOCK_WAIT_MS = 10 * 60 * 1000;

/**
 * The site `npm start` serves, kept up to date as the clerk saves files.
 *
 * The archive stays in memory between builds (ArchiveMemory), so a save
 * reads and parses only that file. A saved meeting's page is written first,
 * on its own, and the browser told to reload it; then the rest of the site
 * (board pages, registers, feeds, search) is made again over the previous
 * one, as `npm run build` does, writing only the files that changed. At
 * 10,000 meetings the first step takes about a second and the second about
 * twenty (docs/performance.md). Builds run one at a time: files saved during
 * one are built together after it.
 *
 * Content with errors is never shown: the errors are printed, and the site
 * stays as the last build without errors left it.
 */
export class LiveSite {
  private readonly memory = new ArchiveMemory();
  private readonly saved = new Set<string>();
  private running: Promise<void> | undefined;
  private readonly options: LiveSiteOptions;

  constructor(options: LiveSiteOptions) {
    this.options = options;
  }

  /** Builds the whole site, over the previous one if there is one. False when the content has errors, or the build failed. */
  async start(): Promise<boolean> {
    return this.build([]);
  }

  /** Tells of a file saved, added or removed in the archive (`content/` or `_data/`). */
  changed(absolutePath: string): void {
    this.memory.forget(absolutePath);
    this.saved.add(absolutePath);
    this.running ??= this.buildWhileSaved();
  }

  /** Resolves once every change told of has been built. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async buildWhileSaved(): Promise<void> {
    try {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      while (this.saved.size > 0) {
        const files = [...this.saved].sort();
        this.saved.clear();
        await this.build(files);
      }
    } finally {
      this.running = undefined;
    }
  }

  private async build(savedFiles: string[]): Promise<boolean> {
    const { build, log } = this.options;
    const started = performance.now();
    const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
    const saved = new Set(savedFiles.map((file) => path.relative(build.root, file).split(path.sep).join('/')));
    let archive: Archive;
    try {
      archive = checkedArchive({ ...build, memory: this.memory });
    } catch (error) {
      if (error instanceof ContentErrors) {
        log(formatCheck(error.diagnostics, 'text').trimEnd());
        log(`Not shown: ${error.message}. The site stays as it was until they are fixed.`);
        this.options.problems?.(
          formatCheck(
            error.diagnostics.filter((d) => d.severity === 'error'),
            'text',
          ).trimEnd(),
        );
      } else {
        log(
          `The archive could not be loaded, and the site was left as it was: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return false;
    }
    // Warnings of the files just saved; on the first build, all of them, as npm run build prints them.
    const warnings = archive.diagnostics.filter(
      (d) => d.severity === 'warning' && (savedFiles.length === 0 || saved.has(d.file)),
    );
    if (warnings.length) log(formatCheck(warnings, 'text').trimEnd());

    const shown = await this.showSavedMeetings(archive, saved);
    if (shown.length) {
      this.options.reload();
      log(`Showing ${shown.join(', ')} (${seconds()} s); making the rest of the site again.`);
    }
    try {
      const { changes } = await buildSite(preparedFrom(archive, build), {
        output: this.options.output,
        incremental: true,
        writePages: this.options.writePages,
        render: this.options.render,
        // `npm run build` may be writing the same site: this build waits for it.
        waitMs: LOCK_WAIT_MS,
        onWait: (holder) => log(`Waiting for another build of the site to finish: ${describeHolder(holder)}.`),
        ...(this.options.searchCache ? { searchCache: this.options.searchCache } : {}),
      });
      this.options.problems?.(undefined);
      this.options.reload();
      log(
        `Built ${counted(archive.meetings.length, 'meeting')} in ${seconds()} s (${counted(changes.written, 'file')} written, ${changes.removed} removed).`,
      );
      return true;
    } catch (error) {
      log(
        `The build failed and the site was left as it was: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
  }

  /** Writes the page of each saved meeting file into the served site at once, as the whole build will; returns the pages' addresses. */
  private async showSavedMeetings(archive: Archive, saved: Set<string>): Promise<string[]> {
    const { output } = this.options;
    if (!existsSync(output)) return [];
    // Not while another build writes the site (`npm run build`, say): the whole build after it shows the page.
    let lock: SiteLock;
    try {
      lock = await lockSite(output);
    } catch (error) {
      if (error instanceof SiteBusy) return [];
      throw error;
    }
    try {
      return this.writeSavedMeetings(archive, saved);
    } finally {
      lock.release();
    }
  }

  private writeSavedMeetings(archive: Archive, saved: Set<string>): string[] {
    const { build, output } = this.options;
    const history = readArchiveHistory(build.root);
    const options = { ...build, ...(history ? { history } : {}) };
    const site = siteView(archive, options);
    const shown: string[] = [];
    for (const meeting of archive.meetings) {
      if (!saved.has(meeting.file)) continue;
      const page = meetingPageAlone(archive, meeting.key, options);
      if (!page) continue;
      const file = path.join(output, page.outputPath);
      mkdirSync(path.dirname(file), { recursive: true });
      // Whole or not at all, as the build puts files in place: a reader never sees half a page. Written beside the
      // site, not in it, so that a stop halfway leaves nothing in the site that its manifest does not know of.
      const temporary = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.page`);
      writeFileSync(temporary, this.options.render(site, page));
      renameSync(temporary, file);
      shown.push(page.frame.path);
    }
    return shown;
  }
}
