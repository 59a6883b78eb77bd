import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { writeSearchIndex } from '../../src/search/search-index.ts';
import type { Page } from '../../src/pages/page.ts';

/** How the written site is indexed: as main did (one index of the whole folder), or in parts by year. */
export type IndexVariant = 'whole-directory' | 'whole-html-files' | 'parts' | 'parts-cached';

export interface IndexMeasurement {
  variant: IndexVariant;
  pages: number;
  parts: number;
  reused: number;
  wallSeconds: number;
  /** CPU time of this process and of Pagefind's, user plus system. */
  nodeCpuSeconds: number;
  pagefindCpuSeconds: number;
  /** The largest resident set of any Pagefind process (VmHWM), and of this Node process. */
  pagefindPeakMB: number;
  nodePeakMB: number;
}

/**
 * Indexes a written site one way and measures it. Pagefind runs as a child
 * process; its peak memory is read from /proc (VmHWM, the kernel's record of
 * its largest resident set) every 100 ms while it runs, so a child stopped
 * between parts is counted too. Linux only.
 */
export async function measureIndexing(
  site: string,
  pages: Page[],
  variant: IndexVariant,
  parts: { partPages: number; cache?: string },
): Promise<IndexMeasurement> {
  rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
  const sampler = new ChildSampler();
  const timer = setInterval(() => sampler.sample(), 100);
  const started = performance.now();
  const cpu = process.cpuUsage();
  let summary: { pages: number; parts: number; reused: number };
  try {
    if (variant === 'whole-directory' || variant === 'whole-html-files')
      summary = await indexWhole(site, pages, variant);
    else
      summary = await writeSearchIndex(
        site,
        pages,
        variant === 'parts-cached' ? parts : { partPages: parts.partPages },
      );
  } finally {
    clearInterval(timer);
  }
  const used = process.cpuUsage(cpu);
  return {
    variant,
    ...summary,
    wallSeconds: round((performance.now() - started) / 1000),
    nodeCpuSeconds: round((used.user + used.system) / 1e6),
    pagefindCpuSeconds: round(sampler.cpuSeconds()),
    pagefindPeakMB: Math.round(sampler.peakKB / 1024),
    nodePeakMB: Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024),
  };
}

/** One Pagefind index of every page, fed as main fed it (the whole folder) or page by page. */
async function indexWhole(site: string, pages: Page[], variant: IndexVariant) {
  const { index } = await pagefind.createIndex({});
  try {
    if (variant === 'whole-directory') await index!.addDirectory({ path: path.resolve(site) });
    else {
      const files = pages.filter((page) => page.frame.search).map((page) => page.outputPath);
      for (let i = 0; i < files.length; i += 32) {
        await Promise.all(
          files
            .slice(i, i + 32)
            .map((file) =>
              index!.addHTMLFile({ sourcePath: file, content: readFileSync(path.join(site, file), 'utf8') }),
            ),
        );
      }
    }
    const { files } = await index!.getFiles();
    const entry = JSON.parse(Buffer.from(files.find((f) => f.path === 'pagefind-entry.json')!.content).toString()) as {
      languages: Record<string, { page_count: number }>;
    };
    return { pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0), parts: 1, reused: 0 };
  } finally {
    await pagefind.close();
  }
}

/** Watches the children of this process: the largest peak memory, and the CPU time each used, as last seen. */
class ChildSampler {
  peakKB = 0;
  private readonly ticks = new Map<number, number>();

  sample(): void {
    for (const pid of childPids(process.pid)) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        if (!/^Name:\s+pagefind/m.test(status)) continue;
        this.peakKB = Math.max(this.peakKB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        this.ticks.set(pid, Number(fields[11]) + Number(fields[12]));
      } catch {
        // The process ended between listing and reading.
      }
    }
  }

  cpuSeconds(): number {
    return [...this.ticks.values()].reduce((n, t) => n + t, 0) / 100;
  }
}

function childPids(pid: number): number[] {
  const out: number[] = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      out.push(...readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
    } catch {
      // The thread ended.
    }
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
