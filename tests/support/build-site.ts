import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { packageScriptCommand, type ScriptCommand } from '../../src/cli/package-script.ts';
import { projectRoot } from '../../src/paths.ts';

const run = promisify(execFile);

export interface BuildResult {
  out: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** What a test hands the build that `npm run build` itself never does (tests/support/build-with-hooks.ts). */
export interface TestHooks {
  /** Fails the build once every file is written, before the site is put in place. */
  failAfterWriting?: boolean;
  /** Pages written by one run of Eleventy, instead of src/build/page-batches.ts's. */
  pagesPerRun?: number;
}

/**
 * Runs `npm run build` as a clerk would (through scripts/build.ts), into a
 * fresh temporary folder unless `out` is given. With `hooks`, the same
 * command runs through the test-only entry that hands them to the build.
 */
export async function buildSite(
  options: { root?: string; pathPrefix?: string; out?: string; env?: Record<string, string>; hooks?: TestHooks } = {},
): Promise<BuildResult> {
  const out = options.out ?? path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-site-')), '_site');
  const build = options.hooks ? withHooks(packageScriptCommand('build'), options.hooks) : packageScriptCommand('build');
  build.args.push('--out', out);
  if (options.root) build.args.push('--root', options.root);
  if (options.pathPrefix) build.args.push('--path-prefix', options.pathPrefix);
  try {
    const { stdout, stderr } = await run(build.command, build.args, {
      cwd: projectRoot,
      env: { ...process.env, ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { out, stdout, stderr, exitCode: 0 };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; code?: number };
    return { out, stdout: e.stdout ?? '', stderr: e.stderr ?? '', exitCode: typeof e.code === 'number' ? e.code : 1 };
  }
}

/** The build script's command with the test-only entry in place of scripts/build.ts, and the hooks as its arguments. */
function withHooks(build: ScriptCommand, hooks: TestHooks): ScriptCommand {
  const own = [
    ...(hooks.failAfterWriting ? ['--fail-after-writing'] : []),
    ...(hooks.pagesPerRun ? ['--pages-per-run', String(hooks.pagesPerRun)] : []),
  ];
  const script = build.args.findIndex((arg) => arg.endsWith(path.join('scripts', 'build.ts')));
  const args = [...build.args];
  args.splice(script, 1, path.join(projectRoot, 'tests', 'support', 'build-with-hooks.ts'), ...own, '--');
  return { command: build.command, args };
}

/** Runs one of the project's scripts (`npm run <name>`, without npm) with arguments, returning its output and exit code. */
export async function runScript(
  name: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const script = packageScriptCommand(name, args);
  try {
    const { stdout, stderr } = await run(script.command, script.args, {
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
