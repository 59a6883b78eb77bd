import type { PhaseReport } from '../../src/build/phase-timings.ts';
import type { FolderSize } from './folder-size.ts';
import type { Measurement } from './measure-command.ts';
import type { WireStep } from './search-on-the-wire.ts';
import type { ServeRebuild } from './serve-rebuild.ts';

/** One row of a pipeline: a whole command for a peer, a phase inside the build for Minute Book. */
export interface PhaseResult {
  phase: string;
  wallSeconds: number;
  cpuSeconds?: number;
  peakTreeBytes?: number;
}

/** One way of building the site, from the Markdown to a searchable site. */
export interface PipelineResult {
  name: string;
  wallSeconds: number;
  cpuSeconds: number;
  /** CPU time other processes used during the run. */
  otherCpuSeconds: number;
  /**
   * Minute Book's build: the CPU time of its child processes, Pagefind's (and git's, a moment, where the archive is a
   * repository), also counted in the index phase's. Pagefind indexes the same pages for the same archive whatever
   * Minute Book's code, so between two runs this shows how much the machine alone moved CPU times.
   */
  childCpuSeconds?: number;
  /** Largest resident memory of the whole process tree at one sample. */
  peakTreeBytes: number;
  /** Largest peak of any one process (one step). */
  peakProcessBytes: number;
  phases: PhaseResult[];
  output: FolderSize;
  searchIndex: FolderSize;
}

export interface Ratios {
  wall: number;
  cpu: number;
  peakMemory: number;
  output: number;
  searchIndex: number;
}

export interface BenchResult {
  date: string;
  machine: {
    cores: number;
    memoryBytes: number;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
    versions: Record<string, string>;
  };
  archive: {
    meetings: number;
    boards: number | 'auto';
    seed: number;
    root: string;
    reused: boolean;
    markdown: FolderSize;
  };
  /** Minute Book's cold build, with the default outputs (no OParl export). */
  minuteBook: PipelineResult;
  /** The same cold build with the optional outputs turned on (`oparl: true`), into its own folder and empty caches. */
  withOptionalOutputs?: PipelineResult;
  /** The build again after adding one meeting, over the previous site, with whatever the first build left to reuse. */
  oneMeetingAdded?: PipelineResult;
  /** The same build into an empty folder, as a CI job in a fresh clone with only the caches restored. */
  oneMeetingAddedEmptyFolder?: PipelineResult;
  peers: PipelineResult[];
  /** Minute Book's figure over each peer's: below 1 is faster or smaller. */
  ratios: Record<string, Ratios>;
  /** The same for the build with the optional outputs. */
  ratiosWithOptionalOutputs?: Record<string, Ratios>;
  search?: WireStep[];
  /** The same on a phone-like browser: 320 px wide, the CPU four times slower, Fast 4G. */
  phoneSearch?: WireStep[];
  /** The same two measurements on a peer's site: Pagefind's single index with a search page that shows results as ours does. */
  peerSearch?: { peer: string; search: WireStep[]; phoneSearch: WireStep[] };
  /** `npm start` on the archive: its first build, and showing an edited meeting. */
  serve?: ServeRebuild;
  /** With --keep, the folder holding the built sites: minute-book/site, minute-book-oparl/site, serve/, eleventy/_site, hugo/public. */
  keptIn?: string;
  /** What was skipped and why, said plainly. */
  notes: string[];
}

/** a / b, to two places; undefined when b is nothing to divide by. */
export function ratio(a: number, b: number): number | undefined {
  if (!(b > 0) || !Number.isFinite(a)) return undefined;
  return Math.round((a / b) * 100) / 100;
}

export function ratios(ours: PipelineResult, peer: PipelineResult): Ratios | undefined {
  const values = {
    wall: ratio(ours.wallSeconds, peer.wallSeconds),
    cpu: ratio(ours.cpuSeconds, peer.cpuSeconds),
    peakMemory: ratio(ours.peakTreeBytes, peer.peakTreeBytes),
    output: ratio(ours.output.bytes, peer.output.bytes),
    searchIndex: ratio(ours.searchIndex.bytes, peer.searchIndex.bytes),
  };
  return Object.values(values).every((v) => v !== undefined) ? (values as Ratios) : undefined;
}

/** A peer's pipeline: its commands one after another, their times added and their peaks the largest. */
export function sequence(
  name: string,
  steps: Measurement[],
  output: FolderSize,
  searchIndex: FolderSize,
): PipelineResult {
  return {
    name,
    wallSeconds: sum(steps.map((s) => s.wallSeconds)),
    cpuSeconds: sum(steps.map((s) => s.cpuSeconds)),
    otherCpuSeconds: sum(steps.map((s) => s.otherCpuSeconds)),
    peakTreeBytes: Math.max(...steps.map((s) => s.memory.peakTreeBytes)),
    peakProcessBytes: Math.max(...steps.map((s) => s.memory.peakProcessBytes)),
    phases: steps.map((s) => ({
      phase: s.label,
      wallSeconds: s.wallSeconds,
      cpuSeconds: s.cpuSeconds,
      peakTreeBytes: s.memory.peakTreeBytes,
    })),
    output,
    searchIndex,
  };
}

/**
 * Minute Book's build is one process: its phases come from the times it
 * writes (MINUTE_BOOK_TIMINGS), and each phase's memory from the samples taken
 * during it. Rendering happens inside Eleventy's writing, so "write" is the
 * writing less the rendering, and both share one memory peak. Pagefind runs
 * in a child process, so the index's CPU time is the build's own during
 * indexing plus all its children's.
 */
export function buildPipeline(
  name: string,
  run: Measurement,
  timings: PhaseReport,
  output: FolderSize,
  searchIndex: FolderSize,
): PipelineResult {
  const span = (phase: string) => timings.spans.find((s) => s.phase === phase);
  const peakDuring = (phase: string) => {
    const found = span(phase);
    if (!found) return undefined;
    const from = timings.timeOrigin + found.start;
    const to = timings.timeOrigin + found.end;
    const during = run.memory.samples.filter((s) => s.at >= from && s.at <= to).map((s) => s.treeBytes);
    return during.length ? Math.max(...during) : undefined;
  };
  const load = span('load');
  const pages = span('pages');
  const files = span('files');
  const index = span('index');
  const site = span('site');
  const render = timings.totals.render ?? { wall: 0 };
  const childrenCpu = Math.max(0, run.cpuSeconds * 1000 - timings.cpu);
  const phases: PhaseResult[] = [];
  const add = (phase: string, wallMs: number | undefined, cpuMs?: number, peak?: number) => {
    if (wallMs === undefined) return;
    phases.push({
      phase,
      wallSeconds: wallMs / 1000,
      ...(cpuMs !== undefined ? { cpuSeconds: cpuMs / 1000 } : {}),
      ...(peak !== undefined ? { peakTreeBytes: peak } : {}),
    });
  };
  // Starting Node (with tsx's loader where Node has no type stripping) and loading the modules, before the archive
  // is read.
  add('start', load ? timings.timeOrigin + load.start - run.startedAt : undefined);
  add('load', load && load.end - load.start, load?.cpu, peakDuring('load'));
  // Rendering is inside Eleventy's writing: its CPU time is in write's, which is rendering and writing together.
  add('render', pages && render.wall);
  add('write', pages && pages.end - pages.start - render.wall, pages?.cpu, peakDuring('pages'));
  add('files', files && files.end - files.start, files?.cpu, peakDuring('files'));
  add('index', index && index.end - index.start, index && index.cpu + childrenCpu, peakDuring('index'));
  // Putting the new site in place: renamed whole into an empty place, or only its changed files moved into the previous site (site-update.ts).
  add('put in place', site && index && site.end - index.end);
  const accounted = sum(phases.map((p) => p.wallSeconds));
  phases.push({ phase: 'other', wallSeconds: Math.max(0, run.wallSeconds - accounted) });
  // The search index is written in a worker thread while the pages are written: its whole span, beside the phases above.
  const indexing = span('indexing');
  add('indexing, beside writing', indexing && indexing.end - indexing.start, undefined, peakDuring('indexing'));
  return {
    name,
    wallSeconds: run.wallSeconds,
    cpuSeconds: run.cpuSeconds,
    otherCpuSeconds: run.otherCpuSeconds,
    childCpuSeconds: childrenCpu / 1000,
    peakTreeBytes: run.memory.peakTreeBytes,
    peakProcessBytes: run.memory.peakProcessBytes,
    phases,
    output,
    searchIndex,
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Bytes in decimal units, as browsers' tools count them: 1 kB = 1,000 bytes. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0
    ? `${bytes} B`
    : `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)} ${units[unit]}`;
}

export function formatSeconds(seconds: number): string {
  return seconds < 10 ? `${seconds.toFixed(2)} s` : `${seconds.toFixed(1)} s`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** A plain-text table: the first column left-aligned, the others right-aligned, under a rule. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((row) => line(header.map((_, i) => row[i] ?? ''))),
  ].join('\n');
}

/** The whole result as a person reads it. */
export function formatReport(result: BenchResult): string {
  const { archive, machine } = result;
  const lines: string[] = [];
  lines.push(
    `Benchmark of ${formatCount(archive.meetings)} synthetic meetings (${archive.markdown.files} Markdown files, ${formatBytes(archive.markdown.bytes)}; ${archive.reused ? 'reused' : 'generated'} at ${archive.root})`,
  );
  lines.push(
    `Machine: ${machine.cores} cores, ${formatBytes(machine.memoryBytes)} memory, load average ${machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')} at the start and ${machine.loadAverageAtEnd.map((l) => l.toFixed(2)).join(' ')} at the end; ${Object.entries(
      machine.versions,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  lines.push('');
  const pipelines = [
    result.minuteBook,
    ...(result.withOptionalOutputs ? [result.withOptionalOutputs] : []),
    ...(result.oneMeetingAdded ? [result.oneMeetingAdded] : []),
    ...(result.oneMeetingAddedEmptyFolder ? [result.oneMeetingAddedEmptyFolder] : []),
    ...result.peers,
  ];
  const rows: string[][] = [];
  for (const p of pipelines) {
    rows.push([
      p.name,
      formatSeconds(p.wallSeconds),
      formatSeconds(p.cpuSeconds),
      formatSeconds(p.otherCpuSeconds),
      formatBytes(p.peakTreeBytes),
      formatBytes(p.peakProcessBytes),
      formatBytes(p.output.bytes),
      formatCount(p.output.files),
      `${formatBytes(p.searchIndex.bytes)} (${formatCount(p.searchIndex.files)})`,
    ]);
    for (const phase of p.phases) {
      rows.push([
        `  ${phase.phase}`,
        formatSeconds(phase.wallSeconds),
        phase.cpuSeconds === undefined ? '' : formatSeconds(phase.cpuSeconds),
        '',
        phase.peakTreeBytes === undefined ? '' : formatBytes(phase.peakTreeBytes),
      ]);
    }
    if (p.childCpuSeconds !== undefined)
      rows.push(["  Pagefind's processes (in index's CPU)", '', formatSeconds(p.childCpuSeconds)]);
  }
  lines.push(
    formatTable(
      [
        'build',
        'wall',
        'CPU',
        "others' CPU",
        'peak memory',
        'largest process',
        'output',
        'files',
        'search index (files)',
      ],
      rows,
    ),
  );
  const ratioRow = (build: string, peer: string, r: Ratios) => [
    `${build} / ${peer}`,
    r.wall.toFixed(2),
    r.cpu.toFixed(2),
    r.peakMemory.toFixed(2),
    r.output.toFixed(2),
    r.searchIndex.toFixed(2),
  ];
  const ratioRows = [
    ...Object.entries(result.ratios).map(([peer, r]) => ratioRow('Minute Book', peer, r)),
    ...Object.entries(result.ratiosWithOptionalOutputs ?? {}).map(([peer, r]) =>
      ratioRow('Minute Book, with OParl', peer, r),
    ),
  ];
  if (ratioRows.length) {
    lines.push('', 'Ratios (below 1: Minute Book is faster or smaller):');
    lines.push(formatTable(['', 'wall', 'CPU', 'peak memory', 'output', 'search index'], ratioRows));
  }
  if (result.search) {
    lines.push('', 'Search on the wire (Chromium, localhost, text gzipped as static hosts send it):');
    lines.push(
      formatTable(
        ['step', 'requests', 'transferred', 'first result', 'results shown'],
        result.search.map((s) => [
          s.step,
          formatCount(s.requests),
          formatBytes(s.bytes),
          s.firstResultMs === undefined ? '' : `${Math.round(s.firstResultMs)} ms`,
          s.results === undefined ? '' : String(s.results),
        ]),
      ),
    );
  }
  if (result.phoneSearch)
    lines.push(
      '',
      'Search on a phone-like browser (320 px wide, CPU 4x slower, Fast 4G):',
      formatWireSteps(result.phoneSearch),
    );
  if (result.peerSearch)
    lines.push(
      '',
      `Search on ${result.peerSearch.peer} (one Pagefind index), in Chromium:`,
      formatWireSteps(result.peerSearch.search),
      '',
      `Search on ${result.peerSearch.peer}, on the phone-like browser:`,
      formatWireSteps(result.peerSearch.phoneSearch),
    );
  if (result.serve) {
    lines.push(
      '',
      `npm start: the first build served the newest meeting after ${formatSeconds(result.serve.firstBuildSeconds)}; after one sentence was added to it, the page showed it ${formatSeconds(result.serve.rebuildSeconds)} after the file was saved.`,
    );
  }
  if (result.notes.length) lines.push('', ...result.notes.map((note) => `Note: ${note}`));
  return `${lines.join('\n')}\n`;
}

/** What a reader downloads for the search page and each query, and how soon (and where) the first result shows. */
export function formatWireSteps(steps: WireStep[]): string {
  return formatTable(
    ['step', 'requests', 'transferred', 'first result', 'results shown', 'on first screen'],
    steps.map((s) => [
      s.step,
      formatCount(s.requests),
      formatBytes(s.bytes),
      s.firstResultMs === undefined ? '' : `${Math.round(s.firstResultMs)} ms`,
      s.results === undefined ? '' : String(s.results),
      s.onFirstScreen === undefined ? '' : s.onFirstScreen ? 'yes' : 'no',
    ]),
  );
}
