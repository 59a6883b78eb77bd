import { spawn } from 'node:child_process';
import { packageScriptCommand } from '../../src/cli/package-script.ts';
import { projectRoot } from '../../src/paths.ts';
import { freePort } from '../../src/serve/free-port.ts';

/** `npm start` running on an archive, as a clerk runs it, with what it has printed so far. */
export interface RunningServer {
  /** The site's address: `http://127.0.0.1:PORT/`. */
  url: string;
  /** The server's process id, which is also its process group's: every process it starts is in the group. */
  pid: number;
  output(): string;
  /** Waits until the server has printed `text` `times` times in all. */
  printed(text: string, times?: number): Promise<void>;
  /** The page at `sitePath`, or undefined while it is missing. */
  page(sitePath: string): Promise<string | undefined>;
  stop(): Promise<void>;
}

const PATIENCE_MS = 60_000;

/** Starts `npm start` (as package.json gives it, without npm) on `root`, writing into `out`, and waits for its first build to be served. */
export async function startServer(root: string, out: string): Promise<RunningServer> {
  const port = await freePort();
  const start = packageScriptCommand('start', ['--port', String(port), '--out', out]);
  const child = spawn(start.command, start.args, {
    cwd: projectRoot,
    env: { ...process.env, MINUTE_BOOK_ROOT: root },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let printed = '';
  child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/`;
  const until = async (ready: () => boolean | Promise<boolean>, what: string) => {
    const since = Date.now();
    while (!(await ready())) {
      if (Date.now() - since > PATIENCE_MS)
        throw new Error(`npm start did not ${what} in time; it printed:\n${printed}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const server: RunningServer = {
    url,
    pid: child.pid!,
    output: () => printed,
    printed: (text, times = 1) =>
      until(() => printed.split(text).length - 1 >= times, `print "${text}" ${times} times`),
    page: async (sitePath) => {
      try {
        const response = await fetch(new URL(sitePath.replace(/^\//, ''), url), { cache: 'no-store' });
        return response.ok ? await response.text() : undefined;
      } catch {
        return undefined;
      }
    },
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Ended already.
      }
      await ended;
    },
  };
  await until(async () => (await server.page('/')) !== undefined, 'serve the site');
  return server;
}
