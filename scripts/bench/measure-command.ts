import { spawn } from 'node:child_process';
import { finishedChildrenCpu, machineBusyCpu, sampleTreeMemory, type TreeMemory } from './process-tree.ts';

export interface Command {
  /** What the report calls this step. */
  label: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Measurement {
  label: string;
  wallSeconds: number;
  /** CPU time of the whole process tree: user plus system, in seconds. */
  cpuSeconds: number;
  /** CPU time that other processes on the machine used meanwhile: the noise in the wall time. */
  otherCpuSeconds: number;
  memory: TreeMemory;
  /** When the command started, in milliseconds since 1970 (to match a build's own phase times). */
  startedAt: number;
  exitCode: number;
  /** The end of what it printed, for the error message when it fails. */
  output: string;
}

const KEPT_OUTPUT = 8_000;

/** Runs a command to its end while sampling its process tree; measurements run one at a time. */
export async function measureCommand(command: Command, sampleIntervalMs = 100): Promise<Measurement> {
  const cpuBefore = finishedChildrenCpu();
  const busyBefore = machineBusyCpu();
  const startedAt = Date.now();
  const started = performance.now();
  const child = spawn(command.command, command.args, {
    cwd: command.cwd,
    env: command.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-KEPT_OUTPUT);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const sampler = sampleTreeMemory(child.pid!, sampleIntervalMs);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const memory = sampler.stop();
  const cpuAfter = finishedChildrenCpu();
  // The kernel's count misses children whose parent ended without waiting for them (Pagefind's, at times); the samples see those.
  const cpuSeconds = Math.max(
    cpuAfter.user - cpuBefore.user + (cpuAfter.system - cpuBefore.system),
    memory.sampledCpuSeconds,
  );
  // The sampling itself is this process's, not the command's, and counts as other.
  const otherCpuSeconds = Math.max(0, machineBusyCpu() - busyBefore - cpuSeconds);
  return { label: command.label, wallSeconds, cpuSeconds, otherCpuSeconds, memory, startedAt, exitCode, output };
}

/** Like measureCommand, but a failing command stops the benchmark with what it printed. */
export async function measureOrFail(command: Command): Promise<Measurement> {
  const measured = await measureCommand(command);
  if (measured.exitCode !== 0)
    throw new Error(`${command.label} failed (exit ${measured.exitCode}):\n${measured.output}`);
  return measured;
}
