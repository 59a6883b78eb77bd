import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/**
 * Memory and CPU of a process and everything it starts, read from Linux's
 * /proc. A build is a tree (Node starts Pagefind), so its peak memory is the
 * largest sum over the tree seen at any sample.
 */

export interface ProcessMemory {
  /** Resident memory now (VmRSS). */
  rssBytes: number;
  /** The process's own peak resident memory so far (VmHWM). */
  peakBytes: number;
}

interface ProcessStat {
  parent: number;
  /** CPU time used so far, user and system, in clock ticks. */
  cpuTicks: number;
}

/** Every process's parent and CPU time, from /proc/<pid>/stat. */
function processStats(): Map<number, ProcessStat> {
  const stats = new Map<number, ProcessStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readQuietly(`/proc/${name}/stat`);
    // The command name is in parentheses and may hold spaces: the fields after it are fixed (stat(5), from field 3).
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields)
      stats.set(Number(name), { parent: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) });
  }
  return stats;
}

/** The process and all its descendants that are still running. */
export function processTree(root: number, stats = processStats()): number[] {
  const childrenOf = new Map<number, number[]>();
  for (const [pid, { parent }] of stats) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), pid]);
  const tree: number[] = [];
  const waiting = [root];
  while (waiting.length) {
    const pid = waiting.pop()!;
    tree.push(pid);
    waiting.push(...(childrenOf.get(pid) ?? []));
  }
  return tree;
}

/** A process's memory, or undefined when it has gone. */
export function processMemory(pid: number): ProcessMemory | undefined {
  const status = readQuietly(`/proc/${pid}/status`);
  if (!status) return undefined;
  const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rssBytes: kilobytes('VmRSS'), peakBytes: kilobytes('VmHWM') };
}

export interface TreeMemory {
  /** The largest total resident memory of the tree at one sample. */
  peakTreeBytes: number;
  /** The largest peak of any one process in the tree. */
  peakProcessBytes: number;
  /**
   * CPU time of the tree's processes as last sampled, in seconds: it misses
   * at most a sample's interval of each, but also counts a process whose
   * parent ended without waiting for it, which the kernel's children's
   * times leave out.
   */
  sampledCpuSeconds: number;
  samples: Array<{ at: number; treeBytes: number }>;
}

/**
 * Samples a process tree's memory every `intervalMs` until stopped. A peak
 * shorter than the interval can be missed by the tree's sum, not by the
 * per-process peak, which the kernel keeps.
 */
export function sampleTreeMemory(root: number, intervalMs = 100): { stop(): TreeMemory } {
  const memory: TreeMemory = { peakTreeBytes: 0, peakProcessBytes: 0, sampledCpuSeconds: 0, samples: [] };
  const cpuTicks = new Map<number, number>();
  ticksPerSecond ??= clockTicks();
  const sample = () => {
    let treeBytes = 0;
    const stats = processStats();
    for (const pid of processTree(root, stats)) {
      cpuTicks.set(pid, stats.get(pid)?.cpuTicks ?? cpuTicks.get(pid) ?? 0);
      const process = processMemory(pid);
      if (!process) continue;
      treeBytes += process.rssBytes;
      memory.peakProcessBytes = Math.max(memory.peakProcessBytes, process.peakBytes);
    }
    memory.peakTreeBytes = Math.max(memory.peakTreeBytes, treeBytes);
    memory.samples.push({ at: Date.now(), treeBytes });
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      memory.sampledCpuSeconds = [...cpuTicks.values()].reduce((a, b) => a + b, 0) / ticksPerSecond!;
      return memory;
    },
  };
}

let ticksPerSecond: number | undefined;

/**
 * CPU time the whole machine has spent busy since it started, in seconds
 * (the first line of /proc/stat, less idle and waiting). Around a measured
 * run, this less the run's own CPU time is what other processes used.
 */
export function machineBusyCpu(): number {
  ticksPerSecond ??= clockTicks();
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = ticks;
  return (user + nice + system + irq + softirq) / ticksPerSecond;
}

/**
 * CPU time of this process's children that have ended and been waited for,
 * with their own children (cutime and cstime of /proc/self/stat), in seconds.
 * The difference around one child's run is that child's tree's CPU time.
 */
export function finishedChildrenCpu(): { user: number; system: number } {
  ticksPerSecond ??= clockTicks();
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of stat(5), counted from the state field, which is field 3.
  return { user: Number(fields[13]) / ticksPerSecond, system: Number(fields[14]) / ticksPerSecond };
}

function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

function readQuietly(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // The process ended between listing and reading.
    return undefined;
  }
}
