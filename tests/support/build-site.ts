import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/paths.ts';

const run = promisify(execFile);

export interface BuildResult {
  out: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * Runs `npm run build` as a clerk would (through scripts/build.ts), into a
 * fresh temporary folder unless `out` is given.
 */
export async function buildSite(options: { root?: string; pathPrefix?: string; out?: string; env?: Record<string, string> } = {}): Promise<BuildResult> {
  const out = options.out ?? path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-site-')), '_site');
  const args = [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(projectRoot, 'scripts/build.ts'), '--out', out];
  if (options.root) args.push('--root', options.root);
  if (options.pathPrefix) args.push('--path-prefix', options.pathPrefix);
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: projectRoot, env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 });
    return { out, stdout, stderr, exitCode: 0 };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; code?: number };
    return { out, stdout: e.stdout ?? '', stderr: e.stderr ?? '', exitCode: typeof e.code === 'number' ? e.code : 1 };
  }
}

/** Runs one of the project's scripts (`scripts/<name>.ts`) with arguments, returning its output and exit code. */
export async function runScript(name: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(projectRoot, `scripts/${name}.ts`), ...args], {
      cwd: options.cwd ?? projectRoot,
      env: { ...process.env, ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { stdout, stderr, exitCode: 0 };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; code?: number };
    return { stdout: e.stdout ?? '', stderr: e.stderr ?? '', exitCode: typeof e.code === 'number' ? e.code : 1 };
  }
}
