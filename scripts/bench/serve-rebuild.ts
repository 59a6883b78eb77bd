import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageScriptCommand } from '../../src/cli/package-script.ts';
import { projectRoot } from '../../src/paths.ts';
import { freePort } from '../../src/serve/free-port.ts';

export interface ServeRebuild {
  /** From starting `npm start` to the edited meeting's page being served. */
  firstBuildSeconds: number;
  /** From saving the edited meeting to its page showing the edit. */
  rebuildSeconds: number;
}

/** Long enough for a first build of 10,000 meetings on a busy machine. */
const PATIENCE_MS = 30 * 60_000;

/**
 * Measures `npm start` as a clerk uses it: starts it on the archive (into a
 * folder of its own), waits until the newest meeting of the first board is
 * served, then adds a sentence to that meeting's file and times how long
 * the served page takes to show it. The file is put back as it was.
 */
export async function measureServeRebuild(archiveRoot: string, out: string): Promise<ServeRebuild> {
  const content = path.join(archiveRoot, 'content');
  const board = readdirSync(content).sort()[0]!;
  const slug = readdirSync(path.join(content, board))
    .filter((name) => /^\d{4}-\d{2}-\d{2}\.md$/.test(name))
    .sort()
    .at(-1)!
    .replace(/\.md$/, '');
  const file = path.join(content, board, `${slug}.md`);
  const original = readFileSync(file, 'utf8');
  const port = await freePort();
  const started = performance.now();
  const start = packageScriptCommand('start', ['--port', String(port), '--out', out]);
  const server = spawn(start.command, start.args, {
    cwd: projectRoot,
    env: { ...process.env, MINUTE_BOOK_ROOT: archiveRoot },
    stdio: 'ignore',
    detached: true,
  });
  const ended = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const address = `http://127.0.0.1:${port}/${board}/${slug}/`;
  try {
    await until(async () => (await fetchText(address)) !== undefined, started);
    const firstBuildSeconds = (performance.now() - started) / 1000;
    const mark = `Edited for the benchmark at ${Math.round(performance.now())}.`;
    const saved = performance.now();
    writeFileSync(file, `${original.trimEnd()}\n\n${mark}\n`);
    await until(async () => (await fetchText(address))?.includes(mark) ?? false, saved);
    return { firstBuildSeconds, rebuildSeconds: (performance.now() - saved) / 1000 };
  } finally {
    writeFileSync(file, original);
    // The server and the processes it started (Node runs Pagefind) form one group.
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // It has ended already.
    }
    // Waited for, so that its CPU time is not counted in whatever the benchmark measures next.
    const stubborn = setTimeout(() => {
      try {
        process.kill(-server.pid!, 'SIGKILL');
      } catch {
        // It has ended.
      }
    }, 15_000);
    await ended;
    clearTimeout(stubborn);
  }
}

async function until(ready: () => Promise<boolean>, since: number): Promise<void> {
  while (!(await ready())) {
    if (performance.now() - since > PATIENCE_MS) throw new Error('npm start did not show the page in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function fetchText(address: string): Promise<string | undefined> {
  try {
    const response = await fetch(address, { cache: 'no-store' });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}
