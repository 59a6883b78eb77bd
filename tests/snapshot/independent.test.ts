// The bag checked by tools that share no code with this project: coreutils'
// checksum tools. (The Library of Congress's bagit.py would be the other, but
// it comes only from PyPI, which this project's machines cannot reach, and a
// test that never runs in CI proves nothing; docs/archiving.md shows the command.)
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSnapshot, type Snapshot } from '../../src/snapshot/snapshot.ts';
import { removeAll, sampleArchive, standInSiteBuild, temporaryFolder } from './fixture.ts';
import { hasCommand } from './helpers.ts';

const hasCoreutils = hasCommand('sha256sum', ['--version']) && hasCommand('sha512sum', ['--version']);
if (!hasCoreutils)
  console.warn('SKIPPED: sha256sum and sha512sum are not installed, so the manifests were not checked with coreutils.');

let archive: { root: string };
let out: string;
let snapshot: Snapshot;

beforeAll(async () => {
  archive = await sampleArchive();
  out = await temporaryFolder('independent');
  snapshot = await makeSnapshot({
    archiveRoot: archive.root,
    out,
    buildSite: standInSiteBuild,
    software: 'Minute Book 0.1.0',
    env: {},
  });
});

afterAll(async () => removeAll(archive.root, out));

function run(command: string, args: string[], cwd?: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the checksum tools of coreutils', () => {
  it.skipIf(!hasCoreutils)('confirm every file in the manifests and tag manifests', () => {
    for (const [tool, manifest] of [
      ['sha256sum', 'manifest-sha256.txt'],
      ['sha512sum', 'manifest-sha512.txt'],
      ['sha256sum', 'tagmanifest-sha256.txt'],
      ['sha512sum', 'tagmanifest-sha512.txt'],
    ] as const) {
      const result = run(tool, ['--strict', '-c', manifest], snapshot.bagFolder);
      expect(result.status, `${tool} -c ${manifest}\n${result.output}`).toBe(0);
      expect(result.output).not.toMatch(/FAILED/);
    }
  });
});
