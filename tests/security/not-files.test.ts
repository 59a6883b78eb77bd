import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { buildSite, runScript } from '../support/build-site.ts';

/**
 * A folder, a named pipe or a socket where a meeting's file belongs (issue 24):
 * the folder crashed the check with a stack trace and the build with an error
 * naming no path, and reading the pipe would wait for ever. Each is a problem
 * with its file and line.
 */
const root = copyOfSampleArchive();
rmSync(`${root}/_data/people.yaml`);
mkdirSync(`${root}/_data/people.yaml`);
mkdirSync(`${root}/content/cyp/2026-01-05.md`);
execFileSync('mkfifo', [`${root}/content/cyp/2026-01-12.md`]);
const socket = net.createServer().listen(`${root}/content/cyp/2026-01-19.md`);
afterAll(() => void socket.close());

describe('paths that are not files', () => {
  it('are each a problem with file and line, and the rest of the archive is still read', async () => {
    await new Promise((resolve) => (socket.listening ? resolve(undefined) : socket.once('listening', resolve)));
    const archive = loadArchive(root, { today: '2026-11-22' });
    const notFiles = archive.diagnostics
      .filter((d) => d.code === 'not-a-file')
      .map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
    expect(notFiles).toEqual([
      '_data/people.yaml:1:1 this is a folder, not a file of text, so it cannot be read',
      'content/cyp/2026-01-05.md:1:1 this is a folder, not a file of text, so it cannot be read',
      'content/cyp/2026-01-12.md:1:1 this is a named pipe (FIFO), not a file of text, so it cannot be read',
      'content/cyp/2026-01-19.md:1:1 this is a socket, not a file of text, so it cannot be read',
    ]);
    expect(archive.meetings.map((m) => m.date)).toContain('2025-09-08');
  });

  it('make npm run check and npm run build exit 1 naming the path, with no stack trace', async () => {
    const check = await runScript('check', ['--root', root]);
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toContain('content/cyp/2026-01-05.md:1:1');
    expect(check.stdout + check.stderr).not.toMatch(/\n\s+at /);
    const build = await buildSite({ root });
    expect(build.exitCode).toBe(1);
    expect(build.stdout + build.stderr).toContain('content/cyp/2026-01-12.md:1:1');
    expect(build.stdout + build.stderr).not.toMatch(/\n\s+at /);
  });
});
