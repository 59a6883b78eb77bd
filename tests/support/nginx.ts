import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/paths.ts';
import { freePort } from '../../src/serve/free-port.ts';

/** Debian's nginx. */
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const hasNginx = existsSync(NGINX_PATH);

/** Call at the top of a test file that needs nginx: says plainly when its tests are skipped. */
export function announceNginxTests(what: string): boolean {
  if (!hasNginx)
    console.warn(
      `SKIPPED: ${what}: nginx is not installed at ${NGINX_PATH} (apt-get install nginx, or set NGINX_PATH).`,
    );
  return hasNginx;
}

export interface NginxServer {
  /** The site's address, ending with the prefix: `http://127.0.0.1:PORT/minutes/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site with a real nginx, configured by deploy/nginx.conf
 * (the file docs/deploying.md gives deployers) with its marked lines filled
 * in: a free port on 127.0.0.1, the built folder, and the prefix. nginx runs
 * in the foreground from a temporary folder, needing no privileges.
 */
export async function serveWithNginx(site: string, prefix = '/minutes/'): Promise<NginxServer> {
  const folder = mkdtempSync(path.join(tmpdir(), 'minute-book-nginx-'));
  const port = await freePort();
  // When the tests run as root, nginx's workers run as nobody: let them read the site.
  for (const dir of [folder, path.dirname(site), site]) chmodSync(dir, 0o755);
  let server = readFileSync(path.join(projectRoot, 'deploy/nginx.conf'), 'utf8')
    .replace(/^\s*listen 80;.*$/m, `    listen 127.0.0.1:${port};`)
    .replace('/srv/minute-book/_site/', `${site}/`);
  if (prefix === '/')
    server = server
      .split('\n')
      .filter((line) => !line.includes('(not at the root)'))
      .join('\n');
  server = server.replaceAll('/minutes/', prefix);
  writeFileSync(path.join(folder, 'minutes.conf'), server);
  const temp = (name: string) => path.join(folder, name);
  writeFileSync(
    path.join(folder, 'nginx.conf'),
    [
      'worker_processes 1;',
      `pid ${temp('nginx.pid')};`,
      `error_log ${temp('error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${temp(`temp-${t}`)};`),
      `  include ${temp('minutes.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const nginx: ChildProcess = spawn(
    NGINX_PATH,
    ['-p', folder, '-c', temp('nginx.conf'), '-e', temp('error.log'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  nginx.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<void>((resolve) => nginx.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}${prefix}`;
  for (let attempt = 0; ; attempt++) {
    if (nginx.exitCode !== null) throw new Error(`nginx did not start: ${stderr}${readLog(temp('error.log'))}`);
    try {
      await fetch(url);
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx did not answer at ${url}: ${stderr}${readLog(temp('error.log'))}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    url,
    close: async () => {
      if (nginx.exitCode === null) nginx.kill('SIGQUIT');
      await exited;
    },
  };
}

function readLog(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}
