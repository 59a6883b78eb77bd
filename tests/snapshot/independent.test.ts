// The bag checked by tools that share no code with this project: the Library
// of Congress's bagit.py when it is installed, and coreutils' checksum tools.
import { spawnSync } from 'node:child_process';
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSnapshot, type Snapshot } from '../../src/snapshot/snapshot.ts';
import { removeAll, sampleArchive, standInSiteBuild, temporaryFolder } from './fixture.ts';
import { hasCommand } from './helpers.ts';

const hasBagitPy = hasCommand('bagit.py', ['--version']);
const hasCoreutils = hasCommand('sha256sum', ['--version']) && hasCommand('sha512sum', ['--version']);
if (!hasBagitPy) {
  console.warn('SKIPPED: bagit.py is not installed, so the independent BagIt validator did not run. Install it with "pip install bagit" (Debian 12 has no python3-bagit package).');
}
if (!hasCoreutils) console.warn('SKIPPED: sha256sum and sha512sum are not installed, so the manifests were not checked with coreutils.');

let archive: { root: string };
let out: string;
let snapshot: Snapshot;

beforeAll(async () => {
  archive = await sampleArchive();
  out = await temporaryFolder('independent');
  snapshot = await makeSnapshot({ archiveRoot: archive.root, out, buildSite: standInSiteBuild, software: 'Minute Book 0.1.0', env: {} });
});

afterAll(async () => removeAll(archive.root, out));

function run(command: string, args: string[], cwd?: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('an independent BagIt validator (bagit.py)', () => {
  it.skipIf(!hasBagitPy)('finds the bag valid, and finds a changed copy invalid, naming the file', async () => {
    const good = run('bagit.py', ['--validate', snapshot.bagFolder]);
    expect(good.output).toMatch(/is valid/);
    expect(good.status).toBe(0);
    const copy = path.join(out, 'tampered', snapshot.name);
    await cp(snapshot.bagFolder, copy, { recursive: true });
    await writeFile(path.join(copy, 'data/site/cyp/index.html'), 'changed\n');
    const bad = run('bagit.py', ['--validate', copy]);
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('data/site/cyp/index.html');
  });
});

describe('the checksum tools of coreutils', () => {
  it.skipIf(!hasCoreutils)('confirm every file in the manifests and tag manifests', () => {
    for (const [tool, manifest] of [['sha256sum', 'manifest-sha256.txt'], ['sha512sum', 'manifest-sha512.txt'], ['sha256sum', 'tagmanifest-sha256.txt'], ['sha512sum', 'tagmanifest-sha512.txt']] as const) {
      const result = run(tool, ['--strict', '-c', manifest], snapshot.bagFolder);
      expect(result.status, `${tool} -c ${manifest}\n${result.output}`).toBe(0);
      expect(result.output).not.toMatch(/FAILED/);
    }
  });
});
