// npm run snapshot end to end, with the project's real site build: the bag
// verifies, two runs at different times agree byte for byte, and the pages
// work served from a sub-folder.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/snapshot/files.ts';
import { makeSnapshot } from '../../src/snapshot/snapshot.ts';
import { projectSiteBuilder } from '../../src/snapshot/site-build.ts';
import { verifyBag } from '../../src/snapshot/verify-bag.ts';
import { COMMIT_DATE, projectRoot, removeAll, sampleArchive, temporaryFolder } from './fixture.ts';
import { crawl, folderDifferences, serveFolder, untar } from './helpers.ts';

let archive: { root: string; commit: string };
let out: string;
let cli: { status: number | null; output: string };
const name = (commit: string) => `halton-minutes-${COMMIT_DATE.slice(0, 10)}-${commit.slice(0, 12)}`;

function snapshotCommand(args: string[]) {
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'scripts/launch.js'), path.join(projectRoot, 'scripts/snapshot.ts'), ...args],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        SOURCE_DATE_EPOCH: '',
        TZ: 'Pacific/Auckland',
        LANG: 'cy_GB.UTF-8',
        LC_ALL: 'cy_GB.UTF-8',
      },
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(async () => {
  archive = await sampleArchive();
  out = await temporaryFolder('real');
  cli = snapshotCommand(['--root', archive.root, '--out', path.join(out, 'first')]);
}, 120_000);

afterAll(async () => removeAll(archive.root, out));

describe('npm run snapshot with the real site build', () => {
  it('makes a valid bag and prints the tar’s SHA-256', async () => {
    expect(cli.status, cli.output).toBe(0);
    const bag = path.join(out, 'first', name(archive.commit));
    expect((await verifyBag(bag)).problems).toEqual([]);
    const sha = (await readFile(path.join(out, 'first', `${name(archive.commit)}.tar.sha256`), 'utf8')).split(' ')[0];
    expect(cli.output).toContain(`SHA-256: ${sha}  ${name(archive.commit)}.tar`);
    const pages = (await listFiles(path.join(bag, 'data/site'))).filter((file) => file.endsWith('.html'));
    expect(pages).toContain('cyp/2025-09-08/index.html');
    // The papers, as files and as pages of their text.
    expect(pages).toContain('cyp/2025-09-08/papers/agenda-and-minutes-pdf/index.html');
    expect(await readFile(path.join(bag, 'data/site/cyp/2024-07-15/papers/signed-minutes.pdf'))).toEqual(
      await readFile(path.join(archive.root, 'content/cyp/2024-07-15/signed-minutes.pdf')),
    );
    for (const page of pages)
      expect(await readFile(path.join(bag, 'data/site', page), 'utf8'), page).toContain(`commit ${archive.commit}`);
  });

  it('makes the same bytes again a little later, in another time zone and locale', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const again = await makeSnapshot({
      archiveRoot: archive.root,
      out: path.join(out, 'second'),
      buildSite: projectSiteBuilder(projectRoot),
      software: 'Minute Book 0.1.0',
      env: {},
    });
    const first = path.join(out, 'first', again.name);
    expect(await folderDifferences(first, again.bagFolder)).toEqual([]);
    expect((await readFile(`${first}.tar`)).equals(await readFile(again.tarFile))).toBe(true);
  }, 120_000);

  it('serves from a sub-folder with every link resolving inside the snapshot', async () => {
    const www = path.join(out, 'www');
    await mkdir(path.join(www, 'archive'), { recursive: true });
    untar(path.join(out, 'first', `${name(archive.commit)}.tar`), path.join(www, 'archive'));
    const server = await serveFolder(www);
    try {
      const scope = `${server.origin}/archive/${name(archive.commit)}/data/site/`;
      const result = await crawl(scope, scope);
      expect(result.broken).toEqual([]);
      expect(result.outside).toEqual([]);
      expect(result.externalRequests).toEqual([]);
      expect(result.pages.length).toBeGreaterThan(5);
    } finally {
      await server.close();
    }
  });

  it('refuses a folder that is not a git repository, saying why, without a stack trace', async () => {
    const plain = path.join(out, 'plain');
    await mkdir(path.join(plain, '_data'), { recursive: true });
    await writeFile(path.join(plain, '_data/site.yaml'), 'authority: Nowhere\n');
    const result = snapshotCommand(['--root', plain, '--out', path.join(out, 'never')]);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/No snapshot was made: .* is not a git repository/);
    expect(result.output).not.toMatch(/\n\s+at /);
  });
});
