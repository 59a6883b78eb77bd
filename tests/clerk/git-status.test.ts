import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { buildSite } from '../support/build-site.ts';
import { GitRepo } from '../support/git-repo.ts';

/**
 * Clerks commit minutes with git, often with `git add -A`. What a build makes
 * in their clone (the site, which is a link to one of two copies beside it,
 * their manifests and the caches) must never show as a change to commit.
 */
describe("a build in a clerk's clone", () => {
  it("leaves git status showing only the clerk's own changes", async () => {
    const root = copyOfSampleArchive();
    copyFileSync(path.join(projectRoot, '.gitignore'), path.join(root, '.gitignore'));
    const repo = GitRepo.init(root);
    repo.commitAll('The archive', '2025-01-01');

    for (let build = 1; build <= 2; build++) {
      const result = await buildSite({ root, out: path.join(root, '_site') });
      expect(result.exitCode, result.stderr).toBe(0);
      expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('');
    }
  }, 120_000);
});
