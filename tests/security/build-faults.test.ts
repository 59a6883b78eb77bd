import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { lockFileOf, lockSite, SiteBusy } from '../../src/build/site-lock.ts';
import { writeSite } from '../../src/build/site-update.ts';
import { generateArchive, writeArchive } from '../../scripts/bench/generate.ts';
import { Random } from '../../scripts/bench/random.ts';
import { packageScriptCommand } from '../../src/cli/package-script.ts';
import { projectRoot } from '../../src/paths.ts';
import { buildSite } from '../support/build-site.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { fingerprint } from '../support/fingerprint.ts';
import { siteOf } from '../support/site-of.ts';
import { startServer } from '../support/npm-start.ts';

const newFolder = (what: string) => mkdtempSync(path.join(tmpdir(), `minute-book-${what}-`));

/** Every file of a site with its content, read through the site's link. */
function files(folder: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      found[path.relative(folder, path.join(entry.parentPath, entry.name))] = readFileSync(
        path.join(entry.parentPath, entry.name),
        'utf8',
      );
  }
  return found;
}

/** What builds leave beside a site besides its two folders and their manifests: nothing, once none is running. */
function leftBeside(site: string): string[] {
  const name = path.basename(site);
  return readdirSync(path.dirname(site)).filter(
    (entry) =>
      entry !== name &&
      entry !== `.${name}.a` &&
      entry !== `.${name}.b` &&
      entry !== `.${name}.a.manifest.json` &&
      entry !== `.${name}.b.manifest.json`,
  );
}

describe('one build at a time per site', () => {
  it('a second build refuses at once, naming the build that holds the site, or waits for it to finish', async () => {
    const site = path.join(newFolder('lock'), '_site');
    const first = await lockSite(site);
    await expect(lockSite(site)).rejects.toThrow(SiteBusy);
    await expect(lockSite(site)).rejects.toThrow(`another build is writing _site: process ${process.pid}`);
    setTimeout(() => first.release(), 300);
    let toldOfWait = false;
    const second = await lockSite(site, { waitMs: 10_000, onWait: () => (toldOfWait = true) });
    expect(toldOfWait).toBe(true);
    expect(second.held()).toBe(true);
    expect(first.held()).toBe(false);
    second.release();
    expect(existsSync(lockFileOf(site))).toBe(false);
  });

  it('takes over a lock whose holder has ended, and never deletes the work of a build that holds one', async () => {
    const site = path.join(newFolder('lock'), '_site');
    // A process that has ended: its id is free (or soon another's, which started later).
    const ended = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(
      lockFileOf(site),
      JSON.stringify({ pid: ended, since: '2026-01-01T00:00:00.000Z', command: 'npm run build', token: 'gone' }),
    );
    const taken = await lockSite(site);
    expect(taken.held()).toBe(true);

    // While it is held, a build over the site refuses and leaves the site and the holder's folder alone.
    await expect(writeSite(site, siteOf({ 'index.html': 'x' }))).rejects.toThrow(SiteBusy);
    expect(existsSync(site)).toBe(false);
    taken.release();
    await writeSite(site, siteOf({ 'index.html': 'x' }));
    expect(files(site)).toEqual({ 'index.html': 'x' });
  });

  it(
    'two builds at once, six times over: each time both succeed, one after the other, and the site is whole',
    { timeout: 900_000 },
    async () => {
      const rootA = copyOfSampleArchive();
      const rootB = copyOfSampleArchive();
      const siteYaml = path.join(rootB, '_data/site.yaml');
      writeFileSync(
        siteYaml,
        readFileSync(siteYaml, 'utf8').replace(/^authority: .*$/m, 'authority: Renamed Borough Council'),
      );
      const caches = newFolder('caches');
      const env = {
        MINUTE_BOOK_CACHE: path.join(caches, 'parsed'),
        MINUTE_BOOK_SEARCH_CACHE: path.join(caches, 'search'),
      };
      const [referenceA, referenceB] = await Promise.all([
        buildSite({ root: rootA, env }),
        buildSite({ root: rootB, env }),
      ]);
      expect(referenceA.exitCode + referenceB.exitCode, referenceA.stderr + referenceB.stderr).toBe(0);
      const whole = { A: fingerprint(referenceA.out), B: fingerprint(referenceB.out) };
      expect(whole.A).not.toEqual(whole.B);

      const out = path.join(newFolder('site'), '_site');
      let waited = 0;
      for (let trial = 0; trial < 6; trial++) {
        const [one, other] = trial % 2 ? [rootB, rootA] : [rootA, rootB];
        const builds = await Promise.all([buildSite({ root: one, out, env }), buildSite({ root: other, out, env })]);
        for (const build of builds) expect(build.exitCode, build.stderr).toBe(0);
        waited += builds.filter((build) =>
          build.stdout.includes('Waiting for another build of _site to finish: process'),
        ).length;
        const site = fingerprint(out);
        expect(site, `trial ${trial}`).toHaveProperty(['index.html']);
        expect([whole.A, whole.B], `trial ${trial}: the site is one build's whole site`).toContainEqual(site);
        expect(leftBeside(out)).toEqual([]);
      }
      // The builds did run at once: one waited for the other.
      expect(waited).toBeGreaterThan(0);
    },
  );

  it(
    'npm run build while npm start rebuilds after a save: both finish, and the site is whole',
    { timeout: 600_000 },
    async () => {
      const root = copyOfSampleArchive();
      const out = path.join(newFolder('start'), '_site');
      const server = await startServer(root, out);
      try {
        await server.printed('Built 4 meetings');
        const meeting = path.join(root, 'content/cyp/2025-09-08.md');
        writeFileSync(meeting, `${readFileSync(meeting, 'utf8').trimEnd()}\n\nA sentence saved while a build runs.\n`);
        // The save and a build of the same site at once.
        const build = await buildSite({ root, out });
        expect(build.exitCode, build.stderr).toBe(0);
        await server.printed('Built 4 meetings', 2);
        const fresh = await buildSite({ root });
        expect(fresh.exitCode, fresh.stderr).toBe(0);
        expect(fingerprint(out)).toEqual(fingerprint(fresh.out));
        expect(readFileSync(path.join(out, 'cyp/2025-09-08/index.html'), 'utf8')).toContain(
          'A sentence saved while a build runs.',
        );
        expect(leftBeside(out)).toEqual([]);
      } finally {
        await server.stop();
      }
    },
  );
});

describe('a build killed at any moment', () => {
  const old = {
    'index.html': 'home 1',
    'a.json': 'A',
    'board/x/index.html': 'x',
    'gone.json': 'G',
    y: 'file y',
    'same.txt': 'same',
    'p/q.json': 'q',
  };
  const mid = {
    'index.html': 'home m',
    'a.json': 'A mid',
    'board/x/index.html': 'x',
    'mid.json': 'M',
    y: 'file y',
    'p/q.json': 'q2',
  };
  const next = {
    'index.html': 'home 2',
    'a.json': 'A',
    'board/x/index.html': 'x2',
    'new.json': 'N',
    'y/index.html': 'folder y',
    'same.txt': 'same',
    'p/q.json': 'q',
  };
  const writer = path.join(projectRoot, 'tests/support/site-writer.ts');

  /** A site whose two folders hold `mid` (the spare) and `old` (the site). */
  async function siteBefore(): Promise<string> {
    const site = path.join(newFolder('killed'), '_site');
    for (const build of [old, mid, old]) await writeSite(site, siteOf(build));
    expect(files(site)).toEqual(old);
    return site;
  }

  it(
    'before every step that changes the disk, leaves the old site whole or the new one, and the next build is a clean build',
    { timeout: 600_000 },
    async () => {
      const input = path.join(newFolder('killed'), 'next.json');
      writeFileSync(input, JSON.stringify(next));
      // Node itself runs the writer (not in a child of its own, as tsx's command would): the process killed is the build.
      const run = (site: string, killAt: number) =>
        promisify(execFile)(
          process.execPath,
          [path.join(projectRoot, 'scripts/launch.js'), writer, site, input, String(killAt)],
          { cwd: projectRoot },
        );
      const steps = (await run(await siteBefore(), -1)).stdout.trim().split('\n');
      expect(steps).toContain('switch');
      expect(steps.filter((step) => step.startsWith('move ')).length).toBeGreaterThan(2);
      const clean = path.join(newFolder('killed'), '_site');
      await writeSite(clean, siteOf(next));

      for (let killAt = 0; killAt < steps.length; killAt++) {
        const site = await siteBefore();
        await expect(run(site, killAt), `killed before "${steps[killAt]}"`).rejects.toMatchObject({
          signal: 'SIGKILL',
        });
        // Until the link is switched the site is the old one, whole; from then on, the new one.
        expect(files(site), `killed before "${steps[killAt]}"`).toEqual(killAt <= steps.indexOf('switch') ? old : next);
        await writeSite(site, siteOf(next));
        expect(files(site), `the build after a kill before "${steps[killAt]}"`).toEqual(files(clean));
        expect(leftBeside(site)).toEqual([]);
      }
    },
  );

  it(
    'a real build of a generated archive, killed at seeded random moments, leaves the old site or the new one, whole',
    { timeout: 1_500_000 },
    async () => {
      const work = newFolder('killed-build');
      const rootA = path.join(work, 'a');
      writeArchive(rootA, generateArchive({ meetings: 100, seed: 5 }));
      const rootB = path.join(work, 'b');
      writeArchive(rootB, generateArchive({ meetings: 100, seed: 5 }));
      // As in the report of the fault: the authority renamed, which changes every page's header and footer.
      const siteYaml = path.join(rootB, '_data/site.yaml');
      writeFileSync(
        siteYaml,
        readFileSync(siteYaml, 'utf8').replace(/^authority: .*$/m, 'authority: Renamed Borough Council'),
      );
      const env = { MINUTE_BOOK_CACHE: path.join(work, 'parsed'), MINUTE_BOOK_SEARCH_CACHE: path.join(work, 'search') };
      const references = await Promise.all([buildSite({ root: rootA, env }), buildSite({ root: rootB, env })]);
      for (const reference of references) expect(reference.exitCode, reference.stderr).toBe(0);
      const whole = [fingerprint(references[0].out), fingerprint(references[1].out)];
      const roots = [rootA, rootB];

      // The site as A, B over it, then A again: how long a build over a site writes, and how long it puts it in place.
      const out = path.join(work, 'site/_site');
      for (const target of [0, 1]) {
        expect((await killableBuild(roots[target]!, out, env)).signal).toBeNull();
        expect(fingerprint(out)).toEqual(whole[target]);
      }
      const timed = await killableBuild(rootA, out, env);
      expect(timed.signal).toBeNull();
      expect(fingerprint(out)).toEqual(whole[0]);
      const { writing, placing } = timed.times;
      expect(placing, 'a build over a site is seen putting it in place').toBeDefined();

      const random = new Random(24);
      let site = 0;
      for (let trial = 0; trial < 6; trial++) {
        const target = 1 - site;
        // Two moments anywhere in the writing, four while the site is being put in place, when most is at stake.
        const moment =
          trial < 2
            ? { after: 'writing' as const, ms: random.next() * writing! }
            : { after: 'placing' as const, ms: random.next() * placing! };
        const killed = await killableBuild(roots[target]!, out, env, moment);
        const found = fingerprint(out);
        site = whole.findIndex((reference) => JSON.stringify(reference) === JSON.stringify(found));
        expect(
          site,
          `trial ${trial}: killed ${Math.round(moment.ms)} ms after it started ${moment.after} (${killed.signal ? 'while running' : 'after it had finished'}); the site is one whole site`,
        ).toBeGreaterThanOrEqual(0);
        // The next build over whatever the kill left is the clean build.
        const after = await killableBuild(roots[target]!, out, env);
        expect(after.signal).toBeNull();
        expect(fingerprint(out), `trial ${trial}: the build after the kill is the clean build`).toEqual(whole[target]);
        expect(leftBeside(out)).toEqual([]);
        site = target;
      }
    },
  );
});

/**
 * Runs `npm run build` in a process group of its own, and kills the group (SIGKILL) `ms` milliseconds after the build
 * starts writing the site (a folder of its own appears beside it) or starts putting it in place (a manifest beside
 * the site is removed). Says how long each of these took, when it was not killed.
 */
async function killableBuild(
  root: string,
  out: string,
  env: Record<string, string>,
  kill?: { after: 'writing' | 'placing'; ms: number },
): Promise<{ signal: NodeJS.Signals | null; times: { writing?: number; placing?: number } }> {
  const build = packageScriptCommand('build', ['--out', out, '--root', root]);
  const child = spawn(build.command, build.args, {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let ended = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      ended = true;
      resolve({ code, signal });
    }),
  );
  const parent = path.dirname(out);
  const name = path.basename(out);
  const beside = () => (existsSync(parent) ? readdirSync(parent) : []);
  const started: { writing?: number; placing?: number } = {};
  // The two manifests beside the site (._site.a and ._site.b's), by inode, when writing started: putting the site
  // in place removes the spare's and writes the new site's, so either one gone, replaced or new means it has begun.
  // (In a build over a site the spare's is removed as writing starts, so the new one's writing may be all there is.)
  const manifestNames = [`.${name}.a.manifest.json`, `.${name}.b.manifest.json`];
  let manifests = new Map<string, number | undefined>();
  const placingSeen = () =>
    started.writing !== undefined &&
    started.placing === undefined &&
    [...manifests].some(([manifest, inode]) => inodeOf(parent, manifest) !== inode);
  let killed = false;
  while (!ended && !killed) {
    const entries = beside();
    if (started.writing === undefined && entries.some((entry) => entry.startsWith(`.${name}.building`))) {
      started.writing = performance.now();
      manifests = new Map(manifestNames.map((manifest) => [manifest, inodeOf(parent, manifest)]));
    } else if (placingSeen()) {
      started.placing = performance.now();
    }
    const from = kill && started[kill.after];
    if (from !== undefined && performance.now() - from >= kill!.ms) {
      process.kill(-child.pid!, 'SIGKILL');
      killed = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const { code, signal } = await exited;
  if (!signal) expect(code, output).toBe(0);
  // The build may end between two looks: what it left says whether it put the site in place.
  if (!killed && placingSeen()) started.placing = performance.now();
  const now = performance.now();
  const times: { writing?: number; placing?: number } = {};
  if (started.writing !== undefined) times.writing = now - started.writing;
  if (started.placing !== undefined) times.placing = now - started.placing;
  return { signal, times };
}

/** The inode of a file in a folder, or undefined when it is not there. */
function inodeOf(folder: string, name: string): number | undefined {
  try {
    return statSync(path.join(folder, name)).ino;
  } catch {
    return undefined;
  }
}
