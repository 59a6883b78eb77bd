import { describe, expect, it } from 'vitest';
import { measureCommand } from '../../scripts/bench/measure-command.ts';

const MB = 1024 * 1024;

/** A Node child that holds `mb` megabytes, touched so they are resident, then waits until its parent reads the pipe. */
const holder = (mb: number) =>
  `const b = Buffer.alloc(${mb} * 1024 * 1024, 1); console.log(b.length); setTimeout(() => {}, 1500);`;

describe('measuring a command', () => {
  it('sees the memory a child holds', async () => {
    const measured = await measureCommand(
      { label: 'holder', command: process.execPath, args: ['-e', holder(300)] },
      50,
    );
    expect(measured.exitCode).toBe(0);
    expect(measured.memory.peakTreeBytes).toBeGreaterThan(300 * MB);
    // Node itself takes some tens of megabytes, not hundreds.
    expect(measured.memory.peakTreeBytes).toBeLessThan(450 * MB);
    expect(measured.memory.peakProcessBytes).toBeGreaterThan(300 * MB);
  });

  it('adds up the memory of the whole process tree, grandchildren included', async () => {
    // A parent holding 100 MB starts two children holding 200 MB each, all alive at once.
    const parent = `
      const { spawn } = require('node:child_process');
      const b = Buffer.alloc(100 * 1024 * 1024, 1);
      const kids = [0, 1].map(() => spawn(process.execPath, ['-e', ${JSON.stringify(holder(200))}], { stdio: 'inherit' }));
      let left = kids.length;
      for (const kid of kids) kid.on('exit', () => { if (--left === 0) console.log(b.length); });
    `;
    const measured = await measureCommand({ label: 'tree', command: process.execPath, args: ['-e', parent] }, 50);
    expect(measured.exitCode).toBe(0);
    expect(measured.memory.peakTreeBytes).toBeGreaterThan(500 * MB);
    // No one process held more than its own share.
    expect(measured.memory.peakProcessBytes).toBeLessThan(300 * MB);
    expect(measured.memory.peakProcessBytes).toBeGreaterThan(200 * MB);
  });

  it('counts the CPU time of the child and of its children', async () => {
    // Each process spins until it has used 300 ms of CPU by its own count.
    const spin = `const until = 300_000; while (process.cpuUsage().user + process.cpuUsage().system < until) {}`;
    const parent = `
      const { spawnSync } = require('node:child_process');
      spawnSync(process.execPath, ['-e', ${JSON.stringify(spin)}], { stdio: 'inherit' });
      ${spin}
    `;
    const measured = await measureCommand({ label: 'spin', command: process.execPath, args: ['-e', parent] });
    expect(measured.exitCode).toBe(0);
    // 0.6 s in all; the kernel counts in clock ticks (10 ms), so each process's share may be a tick or two short of its own count. Without the child's it would be 0.3 s.
    expect(measured.cpuSeconds).toBeGreaterThan(0.55);
  });

  it('counts the CPU time of a child left running when its parent ends', async () => {
    // The child spins, says so, and stays alive; the parent ends at once without waiting for it,
    // so the kernel never adds the child's time to the parent's.
    const child = `while (process.cpuUsage().user + process.cpuUsage().system < 400_000) {} console.log('spun'); setTimeout(() => {}, 1000);`;
    const parent = `
      const { spawn } = require('node:child_process');
      const kid = spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: ['ignore', 'pipe', 'ignore'], detached: true });
      kid.stdout.once('data', () => process.exit(0));
    `;
    const measured = await measureCommand({ label: 'orphan', command: process.execPath, args: ['-e', parent] }, 50);
    expect(measured.exitCode).toBe(0);
    expect(measured.cpuSeconds).toBeGreaterThanOrEqual(0.35);
  });

  it('reports a failing command with what it printed', async () => {
    const measured = await measureCommand({
      label: 'fail',
      command: process.execPath,
      args: ['-e', 'console.error("no archive here"); process.exit(3)'],
    });
    expect(measured.exitCode).toBe(3);
    expect(measured.output).toContain('no archive here');
  });
});
