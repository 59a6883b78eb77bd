import { describe, expect, it } from 'vitest';
import {
  buildPipeline,
  formatBytes,
  formatReport,
  formatTable,
  ratio,
  ratios,
  sequence,
  type BenchResult,
} from '../../scripts/bench/bench-report.ts';
import type { Measurement } from '../../scripts/bench/measure-command.ts';

const MB = 1000 * 1000;

function measurement(
  label: string,
  wallSeconds: number,
  cpuSeconds: number,
  peakTreeBytes: number,
  extra: Partial<Measurement> = {},
): Measurement {
  return {
    label,
    wallSeconds,
    cpuSeconds,
    otherCpuSeconds: 0,
    memory: { peakTreeBytes, peakProcessBytes: peakTreeBytes, sampledCpuSeconds: cpuSeconds, samples: [] },
    startedAt: 0,
    exitCode: 0,
    output: '',
    ...extra,
  };
}

describe('ratios', () => {
  it('divide ours by the peer’s, to two places', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(10, 3)).toBe(3.33);
  });

  it('are left out when the peer has nothing to divide by', () => {
    expect(ratio(1, 0)).toBeUndefined();
    const ours = sequence(
      'ours',
      [measurement('build', 6, 8, 100 * MB)],
      { bytes: 10, files: 1 },
      { bytes: 4, files: 1 },
    );
    const empty = sequence(
      'peer',
      [measurement('build', 12, 8, 200 * MB)],
      { bytes: 20, files: 2 },
      { bytes: 0, files: 0 },
    );
    expect(ratios(ours, empty)).toBeUndefined();
  });

  it('compare time, CPU, peak memory, output and search index', () => {
    const ours = sequence(
      'ours',
      [measurement('build', 6, 8, 100 * MB)],
      { bytes: 10, files: 1 },
      { bytes: 4, files: 1 },
    );
    const peer = sequence(
      'peer',
      [measurement('site', 4, 4, 150 * MB), measurement('pagefind', 8, 12, 200 * MB)],
      { bytes: 20, files: 2 },
      { bytes: 8, files: 1 },
    );
    // The peer's steps run one after another: times add up, the memory peak is the larger one.
    expect(peer.wallSeconds).toBe(12);
    expect(peer.peakTreeBytes).toBe(200 * MB);
    expect(ratios(ours, peer)).toEqual({ wall: 0.5, cpu: 0.5, peakMemory: 0.5, output: 0.5, searchIndex: 0.5 });
  });
});

describe("Minute Book's phases", () => {
  it('come from the build’s own times: writing less rendering, and what is left as other', () => {
    const startedAt = 1_000_000;
    const timings = {
      timeOrigin: startedAt + 500,
      spans: [
        { phase: 'load', start: 1000, end: 3000, cpu: 1900, cpuEnd: 2000 },
        { phase: 'pages', start: 3000, end: 8000, cpu: 4000, cpuEnd: 6000 },
        { phase: 'index', start: 8000, end: 12000, cpu: 1000, cpuEnd: 7000 },
        { phase: 'site', start: 2900, end: 12200, cpu: 5100, cpuEnd: 7100 },
      ],
      totals: { render: { wall: 1500 } },
      // The build's own CPU time; the rest of the 20 s is Pagefind's process.
      cpu: 8000,
    };
    const samples = [
      { at: startedAt + 2000, treeBytes: 300 * MB }, // during load
      { at: startedAt + 6000, treeBytes: 500 * MB }, // during pages
      { at: startedAt + 10000, treeBytes: 900 * MB }, // during index
    ];
    const run = measurement('Minute Book', 13, 20, 900 * MB, {
      startedAt,
      memory: { peakTreeBytes: 900 * MB, peakProcessBytes: 700 * MB, sampledCpuSeconds: 20, samples },
    });
    const pipeline = buildPipeline('Minute Book', run, timings, { bytes: 1, files: 1 }, { bytes: 1, files: 1 });
    const rounded = pipeline.phases.map((p) => ({
      ...p,
      wallSeconds: Math.round(p.wallSeconds * 1000) / 1000,
      ...(p.cpuSeconds !== undefined ? { cpuSeconds: Math.round(p.cpuSeconds * 1000) / 1000 } : {}),
    }));
    expect(rounded).toEqual([
      { phase: 'start', wallSeconds: 1.5 },
      { phase: 'load', wallSeconds: 2, cpuSeconds: 1.9, peakTreeBytes: 300 * MB },
      { phase: 'render', wallSeconds: 1.5 },
      { phase: 'write', wallSeconds: 3.5, cpuSeconds: 4, peakTreeBytes: 500 * MB },
      { phase: 'index', wallSeconds: 4, cpuSeconds: 13, peakTreeBytes: 900 * MB },
      { phase: 'put in place', wallSeconds: 0.2 },
      { phase: 'other', wallSeconds: 0.3 },
    ]);
    expect(pipeline.peakProcessBytes).toBe(700 * MB);
    // Pagefind's CPU, the same work whatever the build's code, on its own: a gauge of how much the machine moved times.
    expect(pipeline.childCpuSeconds).toBe(12);
  });
});

describe('the table', () => {
  it('writes bytes in decimal units', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1500)).toBe('1.50 kB');
    expect(formatBytes(149_900)).toBe('150 kB');
    expect(formatBytes(2_400_000_000)).toBe('2.40 GB');
  });

  it('lines up columns: names to the left, figures to the right', () => {
    expect(
      formatTable(
        ['build', 'wall'],
        [
          ['Minute Book', '6.50 s'],
          ['Hugo', '12.0 s'],
        ],
      ),
    ).toBe(['build          wall', '-----------  ------', 'Minute Book  6.50 s', 'Hugo         12.0 s'].join('\n'));
  });

  it('reports each build with its phases, the ratios, search on the wire and what was skipped', () => {
    const ours = sequence(
      'Minute Book',
      [measurement('build', 6, 8, 100 * MB)],
      { bytes: 10 * MB, files: 100 },
      { bytes: 4 * MB, files: 10 },
    );
    const withOParl = sequence(
      'Minute Book, with OParl',
      [measurement('build', 9, 12, 100 * MB)],
      { bytes: 20 * MB, files: 400 },
      { bytes: 4 * MB, files: 10 },
    );
    const peer = sequence(
      'Hugo + Pagefind',
      [measurement('hugo', 4, 4, 150 * MB), measurement('pagefind', 8, 12, 200 * MB)],
      { bytes: 20 * MB, files: 50 },
      { bytes: 8 * MB, files: 10 },
    );
    const result: BenchResult = {
      date: '2026-12-02T03:00:00.000Z',
      machine: {
        cores: 2,
        memoryBytes: 24e9,
        loadAverageAtStart: [1, 1, 1],
        loadAverageAtEnd: [2, 2, 2],
        versions: { Node: 'v20.20.2' },
      },
      archive: {
        meetings: 1000,
        boards: 'auto',
        seed: 1,
        root: '/cache/m1000',
        reused: true,
        markdown: { bytes: 17 * MB, files: 1075 },
      },
      minuteBook: { ...ours, childCpuSeconds: 5.5 },
      withOptionalOutputs: withOParl,
      peers: [peer],
      ratios: { 'Hugo + Pagefind': ratios(ours, peer)! },
      ratiosWithOptionalOutputs: { 'Hugo + Pagefind': ratios(withOParl, peer)! },
      search: [
        { step: 'search page', requests: 5, bytes: 11_000 },
        { step: 'query “flood risk”', requests: 9, bytes: 120_000, firstResultMs: 212.4, results: 10 },
      ],
      phoneSearch: [
        { step: 'search page', requests: 5, bytes: 11_000 },
        {
          step: 'query “damp and mould”',
          requests: 9,
          bytes: 120_000,
          firstResultMs: 1843.2,
          results: 10,
          onFirstScreen: true,
        },
      ],
      peerSearch: {
        peer: 'Hugo + Pagefind',
        search: [{ step: 'search page', requests: 1, bytes: 900 }],
        phoneSearch: [
          { step: 'search page', requests: 1, bytes: 900 },
          { step: 'query “damp and mould”', requests: 7, bytes: 410_000, firstResultMs: 2304.6, results: 10 },
        ],
      },
      notes: ['Chromium is not installed'],
    };
    const text = formatReport(result);
    expect(text).toContain('Benchmark of 1,000 synthetic meetings');
    expect(text).toMatch(/^ {2}pagefind +8\.00 s +12\.0 s +200 MB$/m);
    // Minute Book's Pagefind processes, under its phases: CPU only, as they run beside the phases.
    expect(text).toMatch(/^ {2}Pagefind's processes \(in index's CPU\) +5\.50 s$/m);
    expect(text).toMatch(/^Minute Book \/ Hugo \+ Pagefind +0\.50 +0\.50 +0\.50 +0\.50 +0\.50$/m);
    // With and without the optional outputs (issue #28): both builds, each with its ratios to the peer.
    expect(text).toMatch(/^Minute Book, with OParl +9\.00 s +12\.0 s .* 400 /m);
    expect(text).toMatch(/^Minute Book, with OParl \/ Hugo \+ Pagefind +0\.75 +0\.75 +0\.50 +1\.00 +0\.50$/m);
    expect(text).toMatch(/^query “flood risk” +9 +120 kB +212 ms +10$/m);
    expect(text).toContain('Note: Chromium is not installed');
    expect(text).toContain('Search on a phone-like browser (320 px wide, CPU 4x slower, Fast 4G):');
    expect(text).toMatch(/^query “damp and mould” +9 +120 kB +1843 ms +10 +yes$/m);
    // The phone target is set against the Hugo peer's single index, so its figures are printed beside ours.
    expect(text).toContain('Search on Hugo + Pagefind, on the phone-like browser:');
    expect(text).toMatch(/^query “damp and mould” +7 +410 kB +2305 ms +10 *$/m);
  });
});
