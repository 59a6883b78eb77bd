// Papers kept in Git LFS: the snapshot holds the file, not the pointer Git commits in its place.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { committedFiles } from '../../src/snapshot/git.ts';
import { removeAll, temporaryFolder } from './fixture.ts';
import { pdfOf } from '../support/paper-files.ts';

const folders: string[] = [];
afterAll(async () => removeAll(...folders));

const git = (root: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Clerk', '-c', 'user.email=clerk@example.org', ...args], { cwd: root })
    .toString()
    .trim();

/** A repository whose paper is committed as an LFS pointer, as `git lfs track "*.pdf"` makes it, with the file in the clone's LFS store or not. */
async function repositoryWithLfsPaper(fetched: boolean): Promise<{ root: string; pdf: Buffer; pointer: string }> {
  const root = await temporaryFolder('lfs');
  folders.push(root);
  const pdf = await pdfOf([{ paragraph: 'A report kept in Git LFS.' }]);
  const oid = createHash('sha256').update(pdf).digest('hex');
  const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${pdf.length}\n`;
  git(root, 'init', '-q', '-b', 'main');
  await mkdir(path.join(root, 'content/cyp/2025-09-08'), { recursive: true });
  await writeFile(path.join(root, 'content/cyp/2025-09-08/report.pdf'), pointer);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'A paper in LFS');
  if (fetched) {
    const store = path.join(root, '.git/lfs/objects', oid.slice(0, 2), oid.slice(2, 4));
    await mkdir(store, { recursive: true });
    await writeFile(path.join(store, oid), pdf);
  }
  return { root, pdf, pointer };
}

describe('a paper committed with Git LFS', () => {
  it("is taken into the snapshot's sources as the file itself, from the clone's LFS store", async () => {
    const { root, pdf } = await repositoryWithLfsPaper(true);
    expect(committedFiles(root, 'HEAD', ['content']).get('content/cyp/2025-09-08/report.pdf')).toEqual(pdf);
  });

  it('stays a pointer when the clone never fetched it, for the build to refuse', async () => {
    const { root, pointer } = await repositoryWithLfsPaper(false);
    expect(committedFiles(root, 'HEAD', ['content']).get('content/cyp/2025-09-08/report.pdf')!.toString()).toBe(
      pointer,
    );
  });
});
