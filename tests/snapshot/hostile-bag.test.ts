// A bag handed over by someone else is read as untrusted (issue 24): the
// verifier hung on a named pipe inside it, grew to 4 GB on a link to
// /dev/zero, and followed links out of the bag while calling it valid.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSnapshot, type Snapshot } from '../../src/snapshot/snapshot.ts';
import { verifyBag } from '../../src/snapshot/verify-bag.ts';
import { removeAll, sampleArchive, standInSiteBuild, temporaryFolder } from './fixture.ts';

let archive: { root: string; commit: string };
let out: string;
let snapshot: Snapshot;
let scratch: string;

beforeAll(async () => {
  archive = await sampleArchive();
  out = await temporaryFolder('snapshot');
  scratch = await temporaryFolder('scratch');
  snapshot = await makeSnapshot({
    archiveRoot: archive.root,
    out,
    buildSite: standInSiteBuild,
    software: 'Minute Book 0.1.0',
    env: {},
  });
});

afterAll(async () => removeAll(archive.root, out, scratch));

async function copyOfBag(label: string): Promise<string> {
  const copy = path.join(scratch, label, snapshot.name);
  await cp(snapshot.bagFolder, copy, { recursive: true });
  return copy;
}

const page = 'data/site/cyp/2025-09-08/index.html';

describe('a bag holding what is not a file', () => {
  it('names a named pipe in the payload, without waiting on it', async () => {
    const bag = await copyOfBag('fifo');
    execFileSync('mkfifo', [path.join(bag, 'data/pipe')]);
    const problems = (await verifyBag(bag)).problems;
    expect(problems).toContainEqual({
      file: 'data/pipe',
      message: "is a named pipe (FIFO), not a file: a bag's payload holds only files",
    });
  });

  it('names a named pipe where a listed file should be, without waiting on it', async () => {
    const bag = await copyOfBag('fifo-listed');
    await rename(path.join(bag, page), path.join(bag, `${page}.moved`));
    execFileSync('mkfifo', [path.join(bag, page)]);
    const problems = (await verifyBag(bag)).problems;
    expect(problems).toContainEqual({
      file: page,
      message: "is a named pipe (FIFO), not a file: a bag's payload holds only files",
    });
  });

  it('names a named pipe in place of bagit.txt, without waiting on it', async () => {
    const bag = await copyOfBag('fifo-declaration');
    await rename(path.join(bag, 'bagit.txt'), path.join(bag, 'bagit.old'));
    execFileSync('mkfifo', [path.join(bag, 'bagit.txt')]);
    const problems = (await verifyBag(bag)).problems;
    expect(problems).toContainEqual({ file: 'bagit.txt', message: 'is a named pipe (FIFO), not a file' });
  });

  it('refuses a link to /dev/zero listed in the manifest, never reading it', async () => {
    const bag = await copyOfBag('dev-zero');
    await symlink('/dev/zero', path.join(bag, 'data/zero'));
    const manifest = path.join(bag, 'manifest-sha256.txt');
    await writeFile(manifest, `${await readFile(manifest, 'utf8')}${'0'.repeat(64)}  data/zero\n`);
    const problems = (await verifyBag(bag)).problems;
    expect(problems).toContainEqual({
      file: 'data/zero',
      message: 'is a symbolic link: a bag holds its files themselves, and a link is never followed',
    });
  });
});

describe('a bag with links out of it', () => {
  it('is not valid when a listed file is a link to an identical file outside the bag', async () => {
    const bag = await copyOfBag('link-out');
    const outside = path.join(scratch, 'outside.html');
    await rename(path.join(bag, page), outside);
    await symlink(outside, path.join(bag, page));
    const problems = (await verifyBag(bag)).problems;
    expect(problems.filter((p) => p.file === page).map((p) => p.message)).toEqual([
      'is a symbolic link: a bag holds its files themselves, and a link is never followed',
    ]);
  });

  it('is not valid when a folder of the payload is a link to an identical folder outside the bag', async () => {
    const bag = await copyOfBag('folder-link-out');
    const outside = path.join(scratch, 'outside-folder');
    await mkdir(outside, { recursive: true });
    await rename(path.join(bag, 'data/site/cyp'), path.join(outside, 'cyp'));
    await symlink(path.join(outside, 'cyp'), path.join(bag, 'data/site/cyp'));
    const problems = (await verifyBag(bag)).problems;
    expect(problems).toContainEqual({
      file: 'data/site/cyp',
      message: 'is a symbolic link: a bag holds its files themselves, and a link is never followed',
    });
    expect(problems.length).toBeGreaterThan(1);
  });

  it('still verifies the untouched bag', async () => {
    expect((await verifyBag(await copyOfBag('untouched'))).problems).toEqual([]);
  });
});
