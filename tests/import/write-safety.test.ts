import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/build-site.ts';
import { archiveWithout, seed } from './helpers.ts';

/**
 * Where the importer writes (issue 24): it wrote through a link to a file
 * outside the archive, and two copies of one meeting imported in one run with
 * --force replaced each other silently.
 */
const source = seed('000_c9d01984250c9223.txt');
const target = 'content/cyp/2025-09-08.md';

describe('the importer writing a meeting file', () => {
  it('refuses to write through a link to a file outside the archive, and leaves that file alone', async () => {
    const root = archiveWithout('cyp/2025-09-08.md');
    const outside = path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-outside-')), 'precious.txt');
    writeFileSync(outside, "not the archive's");
    symlinkSync(outside, path.join(root, target));
    const imported = await runScript('import', [source, '--root', root, '--force']);
    expect(imported.exitCode).toBe(2);
    expect(imported.stderr).toContain(
      `${target} is a link, and the importer writes no file through a link; nothing was written`,
    );
    expect(readFileSync(outside, 'utf8')).toBe("not the archive's");
  });

  it('refuses to write into a board folder that is a link out of the archive', async () => {
    const root = archiveWithout('cyp/2025-09-08.md');
    const outside = mkdtempSync(path.join(tmpdir(), 'minute-book-outside-'));
    renameSync(path.join(root, 'content/cyp'), path.join(outside, 'cyp'));
    symlinkSync(path.join(outside, 'cyp'), path.join(root, 'content/cyp'));
    const imported = await runScript('import', [source, '--root', root, '--force']);
    expect(imported.exitCode).toBe(2);
    expect(imported.stderr).toContain('outside the archive; nothing was written');
    expect(() => readFileSync(path.join(outside, 'cyp/2025-09-08.md'))).toThrow();
  });

  it('never replaces, with --force, a file it wrote earlier in the same run', async () => {
    const root = archiveWithout('cyp/2025-09-08.md');
    const folder = mkdtempSync(path.join(tmpdir(), 'minute-book-sources-'));
    copyFileSync(source, path.join(folder, 'a-first-copy.txt'));
    writeFileSync(
      path.join(folder, 'b-second-copy.txt'),
      readFileSync(source, 'utf8').replace('Apologies', 'Apologies received'),
    );
    const imported = await runScript('import', [folder, '--root', root, '--force']);
    expect(imported.exitCode).toBe(2);
    expect(imported.stdout + imported.stderr).toContain(
      `${target} was written from a-first-copy.txt earlier in this run, and b-second-copy.txt gives the same meeting; nothing was written`,
    );
    expect(readFileSync(path.join(root, target), 'utf8')).toContain('a-first-copy.txt');
    rmSync(folder, { recursive: true });
  });

  it('still replaces, with --force, a file that was there before the run', async () => {
    const root = archiveWithout('cyp/2025-09-08.md');
    mkdirSync(path.join(root, 'content/cyp'), { recursive: true });
    writeFileSync(path.join(root, target), 'an older import');
    const imported = await runScript('import', [source, '--root', root, '--force']);
    expect(imported.exitCode).toBe(0);
    expect(readFileSync(path.join(root, target), 'utf8')).toContain('source:');
  });
});
