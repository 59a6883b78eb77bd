import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { requestRefusal } from '../../src/serve/request-guard.ts';
import { withProblemBanner } from '../../src/serve/problem-banner.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { startServer, type RunningServer } from '../support/npm-start.ts';

/**
 * npm start's server (issue 24): it listened on every interface though its
 * help said localhost, served files beside the site's folder whose names begin
 * with the folder's (`/..%2f_site2/x.txt`), and one malformed request stopped it.
 */
let server: RunningServer;
let port: number;

beforeAll(async () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'minute-book-serve-'));
  // Files beside the site, named so that a check of the folder's name as a prefix lets them through.
  mkdirSync(path.join(parent, '_site2'));
  writeFileSync(path.join(parent, '_site2/x.txt'), 'SECRET beside the site');
  writeFileSync(path.join(parent, 'secret.txt'), 'SECRET beside the site');
  server = await startServer(copyOfSampleArchive(), path.join(parent, '_site'));
  port = Number(new URL(server.url).port);
});

afterAll(async () => server?.stop());

/** Sends raw bytes and returns what came back (the status line, or '' when the connection closed without an answer). */
function raw(request: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => resolve(answer));
    socket.on('close', () => resolve(answer));
  });
}

const traversals = [
  '/..%2f_site2/x.txt',
  '/..%2F_site2/x.txt',
  '/%2e%2e/_site2/x.txt',
  '/%2e%2e%2f_site2/x.txt',
  '/..%252f_site2/x.txt',
  '/%252e%252e/_site2/x.txt',
  '/..%5c_site2/x.txt',
  '/..\\_site2/x.txt',
  '/../secret.txt',
  '/a/../../secret.txt',
  '/%2e%2e/secret.txt',
  '/..%00/secret.txt',
  '/secret.txt%00.html',
  '/.%2e/secret.txt',
  '//../secret.txt',
  '/%c0%ae%c0%ae/secret.txt',
];

describe('npm start serving the site', () => {
  it('listens on 127.0.0.1 only, and says so', async () => {
    const listening = execFileSync('ss', ['-Htln', `sport = :${port}`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/)[3]);
    expect(listening).toEqual([`127.0.0.1:${port}`]);
    // The port can be open a moment before the line saying so has come through the pipe.
    await vi.waitFor(
      () => expect(server.output()).toContain(`Serving the site at http://127.0.0.1:${port}/, to this machine only`),
      { timeout: 10_000 },
    );
  });

  it.each(traversals)('serves nothing outside the site for %s', async (request) => {
    const answer = await raw(`GET ${request} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    expect(answer).not.toContain('SECRET');
    expect(answer).toMatch(/^HTTP\/1\.1 (400|404)/);
  });

  it('shows problems above a page as valid HTML, their text escaped', async () => {
    const page = (await server.page('/cyp/'))!;
    const shown = withProblemBanner(page, 'content/cyp/2025-09-08.md:3:9: error: "<b>drafty</b>" is not a status');
    expect(shown).toContain('&lt;b&gt;drafty&lt;/b&gt;');
    const validator = new HtmlValidate(
      JSON.parse(readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData,
    );
    const report = await validator.validateString(shown, 'cyp/index.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('survives malformed requests, and still serves the site after them', async () => {
    const malformed = [
      'GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: \u0000\r\n\r\n',
      'GARBAGE\r\n\r\n',
      'GET http://[::1 HTTP/1.1\r\n\r\n',
      'GET /%ff HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
      `GET /${'a'.repeat(100_000)} HTTP/1.1\r\n\r\n`,
      'GET * HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET / HTTP/9.9\r\n\r\n',
      'POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n',
      'GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    ];
    for (const request of malformed) await raw(request);
    expect(await server.page('/')).toContain('<html');
    expect(await raw('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 200/);
  });
});

describe('the processes npm start leaves', () => {
  const inGroup = () =>
    execFileSync('ps', ['-eo', 'pid=,pgid=,stat=,comm='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([, pgid]) => Number(pgid) === server.pid);

  it('gathers no finished Pagefind processes (zombies) however many times it builds', async () => {
    const root = copyOfSampleArchive();
    await server.stop();
    server = await startServer(root, path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-serve-')), '_site'));
    await server.printed('Built ', 1);
    for (let build = 2; build <= 4; build++) {
      appendFileSync(path.join(root, 'content/cyp/2025-09-08.md'), `\nThe Board noted update ${build}.\n`);
      await server.printed('Built ', build);
    }
    expect(inGroup().filter(([, , stat]) => stat!.startsWith('Z'))).toEqual([]);
  });

  it('leaves no process behind when it stops', async () => {
    await server.stop();
    expect(inGroup()).toEqual([]);
  });
});

describe('the request guard', () => {
  it("passes the site's own paths", () => {
    for (const url of ['/', '/cyp/', '/cyp/2025-09-08/', '/pagefind/pagefind.js?x=1', '/a%20b.txt', '/%E2%80%99.html'])
      expect(requestRefusal('/srv/_site', url)).toBeUndefined();
  });
});
