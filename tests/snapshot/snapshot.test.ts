// A snapshot of the sample archive, checked as an archivist would: it
// verifies, every kind of tampering is caught and named, and it is the same
// byte for byte when made again.
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, readFile, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/snapshot/files.ts';
import { makeSnapshot, type Snapshot } from '../../src/snapshot/snapshot.ts';
import { parseTagFile, verifyBag } from '../../src/snapshot/verify-bag.ts';
import {
  COMMIT_DATE,
  projectRoot,
  removeAll,
  sampleArchive,
  STAND_IN_PAPER,
  standInSiteBuild,
  temporaryFolder,
} from './fixture.ts';
import { folderDifferences, untar } from './helpers.ts';

const software = 'Minute Book 0.1.0';
let archive: { root: string; commit: string };
let out: string;
let snapshot: Snapshot;
let scratch: string;

beforeAll(async () => {
  archive = await sampleArchive();
  out = await temporaryFolder('snapshot');
  scratch = await temporaryFolder('scratch');
  snapshot = await makeSnapshot({ archiveRoot: archive.root, out, buildSite: standInSiteBuild, software, env: {} });
});

afterAll(async () => removeAll(archive.root, out, scratch));

/** A fresh copy of the snapshot's bag, to tamper with. */
async function copyOfBag(label: string): Promise<string> {
  const copy = path.join(scratch, label, snapshot.name);
  await cp(snapshot.bagFolder, copy, { recursive: true });
  return copy;
}

function verifyCommand(folder: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'scripts/launch.js'), path.join(projectRoot, 'scripts/verify-snapshot.ts'), folder],
    { cwd: projectRoot, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('a snapshot of the sample archive', () => {
  it('is a valid bag whose labels say whose archive it is, of which commit and when', async () => {
    const report = await verifyBag(snapshot.bagFolder);
    expect(report.problems).toEqual([]);
    const info = parseTagFile(await readFile(path.join(snapshot.bagFolder, 'bag-info.txt'), 'utf8'));
    expect(info.get('Source-Organization')).toEqual(['Halton Borough Council']);
    expect(info.get('External-Identifier')).toEqual([archive.commit]);
    expect(info.get('Bagging-Date')).toEqual([COMMIT_DATE.slice(0, 10)]);
    expect(info.get('Payload-Oxum')).toEqual([`${report.payloadOctets}.${report.payloadFiles}`]);
    expect(info.get('Bag-Software-Agent')).toEqual([software]);
    expect(info.get('External-Description')?.[0]).toContain(archive.commit);
    expect(await readFile(path.join(snapshot.bagFolder, 'bagit.txt'), 'utf8')).toBe(
      'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n',
    );
  });

  it('holds the site, the web archive, a README and the sources exactly as committed', async () => {
    const payload = await listFiles(path.join(snapshot.bagFolder, 'data'));
    expect(payload).toContain('README.txt');
    expect(payload).toContain('web-archive.wacz');
    expect(payload).toContain('site/index.html');
    expect(payload).toContain('site/cyp/meetings.json');
    // Each paper twice: as the archive keeps it, and as the site publishes it.
    expect(payload).toContain(`source/${STAND_IN_PAPER.source}`);
    expect(payload).toContain(`site/${STAND_IN_PAPER.file}`);
    expect(await readFile(path.join(snapshot.bagFolder, 'data/site', STAND_IN_PAPER.file))).toEqual(
      await readFile(path.join(archive.root, STAND_IN_PAPER.source)),
    );
    const committed = execFileSync('git', ['ls-files', 'content', '_data'], { cwd: archive.root, encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(payload.filter((file) => file.startsWith('source/')).map((file) => file.slice('source/'.length))).toEqual(
      committed.sort(),
    );
    for (const file of committed) {
      expect(await readFile(path.join(snapshot.bagFolder, 'data/source', file))).toEqual(
        await readFile(path.join(archive.root, file)),
      );
    }
    const readme = await readFile(path.join(snapshot.bagFolder, 'data/README.txt'), 'utf8');
    expect(readme).toContain(archive.commit);
    expect(readme).toContain('python3 -m http.server');
    expect(readme).toContain('bagit.py --validate');
  });

  it('puts the snapshot, commit and date in the footer of every page', async () => {
    const pages = (await listFiles(path.join(snapshot.bagFolder, 'data/site'))).filter((file) =>
      file.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      const html = await readFile(path.join(snapshot.bagFolder, 'data/site', page), 'utf8');
      const footer = html.slice(html.indexOf('<footer'));
      expect(footer, page).toContain(`commit ${archive.commit} of ${COMMIT_DATE}`);
    }
  });

  it('names the file when one byte of it has changed', async () => {
    const bag = await copyOfBag('byte');
    const page = path.join(bag, 'data/site/cyp/2025-09-08/index.html');
    const bytes = await readFile(page);
    bytes[200] = bytes[200]! ^ 0x01;
    await writeFile(page, bytes);
    const problems = (await verifyBag(bag)).problems;
    expect(problems.map((p) => p.file)).toEqual([
      'data/site/cyp/2025-09-08/index.html',
      'data/site/cyp/2025-09-08/index.html',
    ]);
    expect(problems[0]!.message).toMatch(/has changed: its sha256 checksum/);
  });

  it('names the file when one is deleted, and the Payload-Oxum no longer agrees', async () => {
    const bag = await copyOfBag('deleted');
    await unlink(path.join(bag, 'data/source/content/cyp/2025-01-20.md'));
    const problems = (await verifyBag(bag)).problems;
    expect(problems.filter((p) => p.file === 'data/source/content/cyp/2025-01-20.md').map((p) => p.message)).toEqual([
      'is listed in manifest-sha256.txt but missing from the bag',
      'is listed in manifest-sha512.txt but missing from the bag',
    ]);
    expect(problems.find((p) => p.file === 'bag-info.txt')?.message).toMatch(/Payload-Oxum says/);
  });

  it('names the file when one is added to the payload', async () => {
    const bag = await copyOfBag('added');
    await writeFile(path.join(bag, 'data/site/cyp/2025-12-01.html'), '<p>Minutes that were never approved</p>\n');
    const problems = (await verifyBag(bag)).problems;
    expect(problems.find((p) => p.file === 'data/site/cyp/2025-12-01.html')?.message).toBe(
      'is in the payload but not listed in manifest-sha256.txt or manifest-sha512.txt: it was added after the bag was made',
    );
    expect(problems.map((p) => p.file).sort()).toEqual(['bag-info.txt', 'data/site/cyp/2025-12-01.html']);
  });

  it('catches a change to the labels through the tag manifests', async () => {
    const bag = await copyOfBag('labels');
    const file = path.join(bag, 'bag-info.txt');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Halton Borough Council', 'Halton Borough Counci1'));
    const problems = (await verifyBag(bag)).problems;
    expect(problems.map((p) => p.file)).toEqual(['bag-info.txt', 'bag-info.txt']);
    expect(problems[0]!.message).toMatch(/tagmanifest-sha256.txt/);
  });

  it('says plainly when a folder is not a bag at all', async () => {
    const empty = path.join(scratch, 'empty');
    await cp(path.join(snapshot.bagFolder, 'data/site'), empty, { recursive: true });
    const files = (await verifyBag(empty)).problems.map((p) => p.file);
    expect(files).toContain('bagit.txt');
    expect(files).toContain('manifest-sha256.txt');
    expect((await verifyBag(path.join(scratch, 'no-such-folder'))).problems[0]!.message).toMatch(/is not a folder/);
    expect((await verifyBag(snapshot.tarFile)).problems[0]!.message).toMatch(
      /is a tar file: check it with "sha256sum -c .*.tar.sha256", then unpack it/,
    );
  });

  it('rejects a manifest that points outside the bag', async () => {
    const bag = await copyOfBag('escape');
    await writeFile(path.join(bag, 'manifest-sha256.txt'), `${'0'.repeat(64)}  data/../../../etc/passwd\n`, {
      flag: 'a',
    });
    const problems = (await verifyBag(bag)).problems;
    expect(problems).toContainEqual({
      file: 'manifest-sha256.txt',
      message: expect.stringMatching(/names a path outside the bag/),
    });
  });

  it('verify-snapshot exits 0 only for a valid bag, and prints each problem with its file', async () => {
    const good = verifyCommand(snapshot.bagFolder);
    expect(good.status).toBe(0);
    expect(good.output).toMatch(
      /^Valid bag: \d+ payload files .* sha256 and sha512 checksums; commit [0-9a-f]{40}\.$/m,
    );

    const bag = await copyOfBag('command');
    await rm(path.join(bag, 'data/site/cyp/index.html'));
    await writeFile(path.join(bag, 'data/site/extra.txt'), 'x');
    const bad = verifyCommand(bag);
    expect(bad.status).toBe(1);
    expect(bad.output).toContain('data/site/cyp/index.html: is listed in manifest-sha256.txt but missing from the bag');
    expect(bad.output).toContain('data/site/extra.txt: is in the payload but not listed');
    expect(bad.output).not.toMatch(/\n\s+at /);

    const missing = verifyCommand(path.join(scratch, 'nowhere'));
    expect(missing.status).toBe(1);
    expect(missing.output).toMatch(/nowhere: is not a folder/);
    expect(missing.output).not.toMatch(/\n\s+at /);
  });
});

describe('reproducibility', () => {
  it('makes the same bag and the same .tar, byte for byte, when made again later elsewhere', async () => {
    // Disturb what must not leak: the time, the output folder, and the archive's file times.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    for (const file of await listFiles(path.join(archive.root, 'content')))
      await utimes(path.join(archive.root, 'content', file), new Date(), new Date());
    const elsewhere = await temporaryFolder('again');
    try {
      const again = await makeSnapshot({
        archiveRoot: archive.root,
        out: elsewhere,
        buildSite: standInSiteBuild,
        software,
        env: {},
      });
      expect(again.name).toBe(snapshot.name);
      expect(await folderDifferences(snapshot.bagFolder, again.bagFolder)).toEqual([]);
      expect((await readFile(again.tarFile)).equals(await readFile(snapshot.tarFile))).toBe(true);
      expect(again.tarSha256).toBe(snapshot.tarSha256);
    } finally {
      await removeAll(elsewhere);
    }
  });

  it('writes the tar SHA-256 in the form sha256sum -c reads', async () => {
    const line = await readFile(`${snapshot.tarFile}.sha256`, 'utf8');
    expect(line).toBe(`${snapshot.tarSha256}  ${snapshot.name}.tar\n`);
    const check = spawnSync('sha256sum', ['-c', `${snapshot.name}.tar.sha256`], { cwd: out, encoding: 'utf8' });
    if (check.error)
      console.warn('SKIPPED: sha256sum is not installed, so the .tar.sha256 file was not checked with it.');
    else expect(check.stdout).toContain(': OK');
  });

  it('takes its date from SOURCE_DATE_EPOCH when that is set', async () => {
    const elsewhere = await temporaryFolder('epoch');
    try {
      const dated = await makeSnapshot({
        archiveRoot: archive.root,
        out: elsewhere,
        buildSite: standInSiteBuild,
        software,
        env: { SOURCE_DATE_EPOCH: '1700000000' },
      });
      const info = parseTagFile(await readFile(path.join(dated.bagFolder, 'bag-info.txt'), 'utf8'));
      expect(info.get('Bagging-Date')).toEqual(['2023-11-14']);
      expect(execFileSync('tar', ['-tvf', dated.tarFile, '--utc'], { encoding: 'utf8' }).split('\n')[0]).toContain(
        '2023-11-14 22:13',
      );
    } finally {
      await removeAll(elsewhere);
    }
  });

  it('packs a .tar that standard tar unpacks to exactly the bag, owned by root and dated at the commit', async () => {
    const unpacked = await temporaryFolder('untar');
    try {
      untar(snapshot.tarFile, unpacked);
      expect(await folderDifferences(snapshot.bagFolder, path.join(unpacked, snapshot.name))).toEqual([]);
      const listing = execFileSync('tar', ['-tvf', snapshot.tarFile, '--utc', '--numeric-owner'], { encoding: 'utf8' })
        .trim()
        .split('\n');
      for (const line of listing) expect(line).toMatch(/^[d-]rw[x-]r-[x-]r-[x-] 0\/0 .* 2025-11-12 09:30 /);
      const names = listing.map((line) => line.slice(line.indexOf(`${snapshot.name}/`)));
      expect(names).toEqual([...names].sort());
    } finally {
      await removeAll(unpacked);
    }
  });
});
