import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { removeSite } from '../../src/build/site-generations.ts';
import os from 'node:os';
import path from 'node:path';
import type { PhaseReport } from '../../src/build/phase-timings.ts';
import { packageScriptCommand } from '../../src/cli/package-script.ts';
import { projectRoot } from '../../src/paths.ts';
import { SEARCH_BUNDLE_FOLDER } from '../../src/pages/search-addresses.ts';
import {
  addMeeting,
  benchArchive,
  removeAddedMeeting,
  turnOffOptionalOutputs,
  turnOnOptionalOutputs,
} from './bench-archive.ts';
import { buildPipeline, ratios, sequence, type BenchResult, type PipelineResult, type Ratios } from './bench-report.ts';
import { folderSize } from './folder-size.ts';
import { measureOrFail } from './measure-command.ts';
import { eleventyCommand, writeEleventyPeer } from './peers/eleventy-peer.ts';
import { hasHugo, HUGO_PATH, hugoCommand, writeHugoPeer } from './peers/hugo-peer.ts';
import { pagefindCommand } from './peers/pagefind-command.ts';
import { CHROMIUM_PATH, hasChromium, measureSearchOnTheWire } from './search-on-the-wire.ts';
import { measureServeRebuild } from './serve-rebuild.ts';

export interface BenchOptions {
  meetings: number;
  boards?: number;
  seed?: number;
  /** Where generated archives are kept between runs. */
  cacheRoot: string;
  skipPeers?: boolean;
  skipSearch?: boolean;
  /** Leaves out the measurement of `npm start` showing an edited meeting. */
  skipServe?: boolean;
  /** Leaves out the second cold build, the one with the optional outputs (the OParl export) turned on. */
  skipOptionalOutputs?: boolean;
  /** Gives each meeting a PDF of about 200 KB (generate.ts), read and published with it. */
  papers?: boolean;
  /**
   * Keeps the built sites in the run's folder (printed, and `keptIn` in the result) instead of removing them:
   * Minute Book's as left by its last build (one meeting added, into an empty folder), and each peer's.
   */
  keep?: boolean;
  /** Told what is happening, for a person watching a long run. */
  progress?: (message: string) => void;
}

/** Builds the same synthetic archive with Minute Book and with each peer, one after another, and measures each. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const say = options.progress ?? (() => {});
  const loadAverageAtStart = os.loadavg();
  const notes: string[] = [];
  const generate = {
    meetings: options.meetings,
    ...(options.boards ? { boards: options.boards } : {}),
    seed: options.seed ?? 1,
    ...(options.papers ? { papers: true } : {}),
  };
  say(`Preparing the synthetic archive of ${options.meetings} meetings…`);
  const archive = benchArchive(options.cacheRoot, generate);
  const work = mkdtempSync(path.join(os.tmpdir(), 'minute-book-bench-'));
  say(`Building into ${work}`);
  // Each site is removed once measured, so a large run holds one at a time on disk; --keep keeps them all.
  const doneWith = (folder: string) => {
    if (!options.keep) rmSync(folder, { recursive: true, force: true });
  };
  try {
    const site = path.join(work, 'minute-book', 'site');
    // The build's cache starts empty, so the first build is a full one, and the second finds what the first left.
    const cache = path.join(work, 'minute-book', 'cache');
    say('Minute Book: full build…');
    const minuteBook = await measureMinuteBook(
      'Minute Book',
      archive.root,
      site,
      cache,
      path.join(work, 'minute-book', 'full.json'),
    );

    let search: BenchResult['search'];
    let phoneSearch: BenchResult['phoneSearch'];
    if (options.skipSearch) notes.push('search on the wire was not measured (--skip-search).');
    else if (!hasChromium())
      notes.push(
        `search on the wire was not measured: Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium).`,
      );
    else {
      say('Search on the wire, in Chromium…');
      search = await measureSearchOnTheWire(site);
      say('Search on a phone-like browser (4x slower CPU, Fast 4G)…');
      phoneSearch = await measureSearchOnTheWire(site, undefined, { phone: true });
    }

    // The default outputs leave out OParl (docs/open-data.md); a council that turns it on wants its cost too.
    let withOptionalOutputs: PipelineResult | undefined;
    if (options.skipOptionalOutputs)
      notes.push('the build with the optional outputs (OParl) was not measured (--skip-optional-outputs).');
    else {
      say('Minute Book: full build with the optional outputs (oparl: true)…');
      const folder = path.join(work, 'minute-book-oparl');
      turnOnOptionalOutputs(archive.root);
      try {
        withOptionalOutputs = await measureMinuteBook(
          'Minute Book, with OParl',
          archive.root,
          path.join(folder, 'site'),
          path.join(folder, 'cache'),
          path.join(folder, 'full.json'),
        );
      } finally {
        turnOffOptionalOutputs(archive.root);
      }
      doneWith(folder);
    }

    say('Minute Book: one meeting added, built again over the previous site…');
    let oneMeetingAdded: PipelineResult;
    let oneMeetingAddedEmptyFolder: PipelineResult;
    addMeeting(archive.root);
    try {
      // As on a clerk's machine or a CI runner that keeps the site: only what changed is written.
      oneMeetingAdded = await measureMinuteBook(
        'Minute Book, one meeting added',
        archive.root,
        site,
        cache,
        path.join(work, 'minute-book', 'one-added.json'),
      );
      say('Minute Book: one meeting added, built into an empty folder…');
      // As a CI job builds in a fresh clone with only .cache/ restored: every file is written.
      removeSite(site);
      oneMeetingAddedEmptyFolder = await measureMinuteBook(
        'Minute Book, one added, empty folder',
        archive.root,
        site,
        cache,
        path.join(work, 'minute-book', 'one-added-empty.json'),
      );
    } finally {
      removeAddedMeeting(archive.root);
    }
    doneWith(path.join(work, 'minute-book'));

    let serve: BenchResult['serve'];
    if (options.skipServe) notes.push('npm start was not measured (--skip-serve).');
    else {
      say('npm start: first build, then an edited meeting…');
      serve = await measureServeRebuild(archive.root, path.join(work, 'serve'));
      doneWith(path.join(work, 'serve'));
    }

    const peers: PipelineResult[] = [];
    let peerSearch: BenchResult['peerSearch'];
    if (options.skipPeers) notes.push('the peers were not built (--skip-peers).');
    else {
      say('Eleventy + Pagefind…');
      peers.push(await measureEleventyPeer(archive.root, path.join(work, 'eleventy')));
      doneWith(path.join(work, 'eleventy'));
      if (hasHugo()) {
        say('Hugo + Pagefind…');
        peers.push(await measureHugoPeer(archive.root, path.join(work, 'hugo')));
        if (search) {
          // The target for the phone: no slower than Pagefind's default single index over the same meetings.
          say('Search on the Hugo peer, in Chromium and on a phone-like browser…');
          const peerSite = path.join(work, 'hugo', 'public');
          peerSearch = {
            peer: 'Hugo + Pagefind',
            search: await measureSearchOnTheWire(peerSite),
            phoneSearch: await measureSearchOnTheWire(peerSite, undefined, { phone: true }),
          };
        }
        doneWith(path.join(work, 'hugo'));
      } else notes.push(`Hugo is not installed at ${HUGO_PATH} (apt-get install hugo): the Hugo peer was not built.`);
    }

    if (options.keep) notes.push(`the built sites are kept in ${work}.`);

    const ratiosTo = (build: PipelineResult) => {
      const byPeer: Record<string, Ratios> = {};
      for (const peer of peers) {
        const r = ratios(build, peer);
        if (r) byPeer[peer.name] = r;
      }
      return byPeer;
    };
    return {
      date: new Date().toISOString(),
      machine: {
        cores: os.cpus().length,
        memoryBytes: os.totalmem(),
        loadAverageAtStart,
        loadAverageAtEnd: os.loadavg(),
        versions: versions(),
      },
      archive: {
        meetings: options.meetings,
        boards: options.boards ?? 'auto',
        seed: generate.seed,
        root: archive.root,
        reused: archive.reused,
        markdown: archive.markdown,
      },
      minuteBook,
      ...(withOptionalOutputs ? { withOptionalOutputs } : {}),
      oneMeetingAdded,
      oneMeetingAddedEmptyFolder,
      peers,
      ratios: ratiosTo(minuteBook),
      ...(withOptionalOutputs && peers.length ? { ratiosWithOptionalOutputs: ratiosTo(withOptionalOutputs) } : {}),
      ...(search ? { search } : {}),
      ...(phoneSearch ? { phoneSearch } : {}),
      ...(peerSearch ? { peerSearch } : {}),
      ...(serve ? { serve } : {}),
      ...(options.keep ? { keptIn: work } : {}),
      notes,
    };
  } finally {
    if (options.keep) say(`Kept the built sites in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** `npm run build` as the package script runs it, with its caches (parsed meetings, search parts) under `cache` and its phase times written to `timingsFile` (MINUTE_BOOK_TIMINGS). */
async function measureMinuteBook(
  name: string,
  root: string,
  out: string,
  cache: string,
  timingsFile: string,
): Promise<PipelineResult> {
  mkdirSync(path.dirname(timingsFile), { recursive: true });
  const run = await measureOrFail({
    label: name,
    ...packageScriptCommand('build', [
      '--root',
      root,
      '--out',
      out,
      '--cache',
      path.join(cache, 'parsed'),
      '--search-cache',
      path.join(cache, 'search'),
    ]),
    cwd: projectRoot,
    env: { ...process.env, MINUTE_BOOK_TIMINGS: timingsFile },
  });
  const timings = JSON.parse(readFileSync(timingsFile, 'utf8')) as PhaseReport;
  return buildPipeline(name, run, timings, folderSize(out), folderSize(path.join(out, SEARCH_BUNDLE_FOLDER)));
}

async function measureEleventyPeer(root: string, folder: string): Promise<PipelineResult> {
  const { input, config } = writeEleventyPeer(root, folder);
  const out = path.join(folder, '_site');
  const steps = [
    await measureOrFail(eleventyCommand(folder, input, config, out)),
    await measureOrFail(pagefindCommand(out)),
  ];
  return sequence('Eleventy + Pagefind', steps, folderSize(out), folderSize(path.join(out, 'pagefind')));
}

async function measureHugoPeer(root: string, folder: string): Promise<PipelineResult> {
  writeHugoPeer(root, folder);
  const out = path.join(folder, 'public');
  const steps = [await measureOrFail(hugoCommand(folder, out)), await measureOrFail(pagefindCommand(out))];
  return sequence('Hugo + Pagefind', steps, folderSize(out), folderSize(path.join(out, 'pagefind')));
}

/** The versions measured: Node, and each tool as installed. */
function versions(): Record<string, string> {
  const packageVersion = (name: string) =>
    (
      JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  const found: Record<string, string> = {
    Node: process.version,
    Eleventy: packageVersion('@11ty/eleventy'),
    Pagefind: packageVersion('pagefind'),
  };
  const ask = (command: string, args: string[]) => {
    try {
      return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return undefined;
    }
  };
  const hugo = hasHugo() ? ask(HUGO_PATH, ['version'])?.match(/v[\d.]+/)?.[0] : undefined;
  found.Hugo = hugo ?? 'not installed';
  const chromium = hasChromium() ? ask(CHROMIUM_PATH, ['--version'])?.match(/[\d.]+/)?.[0] : undefined;
  found.Chromium = chromium ?? 'not installed';
  return found;
}
