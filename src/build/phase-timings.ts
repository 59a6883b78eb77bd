/**
 * Wall-clock times of a build's phases, for the benchmark
 * (`MINUTE_BOOK_TIMINGS=FILE npm run build`). Measuring costs two clock readings a
 * page; nothing here reaches the site.
 */
export interface PhaseSpan {
  phase: string;
  /** Milliseconds since the process started, as `performance.now()` counts them. */
  start: number;
  end: number;
  /** CPU time of this process (user and system) during the phase, in milliseconds; work in child processes is not in it. */
  cpu: number;
  /** This process's CPU time at the end of the phase, in milliseconds. */
  cpuEnd: number;
}

export interface PhaseReport {
  /** The process's start, in milliseconds since 1970, so samples taken outside can be matched to spans. */
  timeOrigin: number;
  spans: PhaseSpan[];
  /**
   * Wall time summed over calls that are interleaved with other work, such as
   * rendering inside Eleventy's writing, and the number of calls (for
   * rendering, the pages rendered).
   */
  totals: Record<string, { wall: number; calls?: number }>;
  /** CPU time of this process from its start to the report, in milliseconds. */
  cpu: number;
}

export class PhaseTimings {
  private readonly spans: PhaseSpan[] = [];
  private readonly totals = new Map<string, { wall: number; calls: number }>();

  /** Runs one phase from start to end and records its span. */
  async span<T>(phase: string, run: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    const cpuStart = cpuMs();
    try {
      return await run();
    } finally {
      const cpuEnd = cpuMs();
      this.spans.push({ phase, start, end: performance.now(), cpu: cpuEnd - cpuStart, cpuEnd });
    }
  }

  /** Runs one phase that does not wait for anything. */
  spanSync<T>(phase: string, run: () => T): T {
    const start = performance.now();
    const cpuStart = cpuMs();
    try {
      return run();
    } finally {
      const cpuEnd = cpuMs();
      this.spans.push({ phase, start, end: performance.now(), cpu: cpuEnd - cpuStart, cpuEnd });
    }
  }

  /** Records a phase that ran from the end of `previous` until now (when wrapping it would mean rewriting its call). */
  since(phase: string, previous: string): void {
    const before = [...this.spans].reverse().find((span) => span.phase === previous);
    if (!before) return;
    const cpuEnd = cpuMs();
    this.spans.push({ phase, start: before.end, end: performance.now(), cpu: cpuEnd - before.cpuEnd, cpuEnd });
  }

  /** Records a phase that ran elsewhere (in a worker thread), from its start and end in milliseconds since 1970. */
  record(phase: string, from: number, to: number): void {
    this.spans.push({
      phase,
      start: from - performance.timeOrigin,
      end: to - performance.timeOrigin,
      cpu: 0,
      cpuEnd: cpuMs(),
    });
  }

  /**
   * Runs one call and adds its wall time to the phase's total. Not its CPU
   * time: the process's counts the worker threads' too, which run meanwhile,
   * and reading it for each of 11,000 pages took 1.1 s at 10,000 meetings.
   */
  add<T>(phase: string, run: () => T): T {
    const start = performance.now();
    try {
      return run();
    } finally {
      const total = this.totals.get(phase) ?? { wall: 0, calls: 0 };
      total.wall += performance.now() - start;
      total.calls++;
      this.totals.set(phase, total);
    }
  }

  report(): PhaseReport {
    return {
      timeOrigin: performance.timeOrigin,
      spans: [...this.spans],
      totals: Object.fromEntries(this.totals),
      cpu: cpuMs(),
    };
  }
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The timings of this process's build. */
export const buildTimings = new PhaseTimings();
