// The tar writer, read back with the system's tar: long and non-ASCII names
// survive, and the bytes depend on nothing but the files and the date.
import { execFileSync } from 'node:child_process';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTar } from '../../src/snapshot/tar.ts';
import { removeAll, temporaryFolder } from './fixture.ts';
import { folderDifferences, untar } from './helpers.ts';

let folder: string;
let scratch: string;
const longName = `${'council-meeting-minutes-of-a-board-with-a-very-long-name/'.repeat(4)}${'item-'.repeat(25)}.md`;

beforeAll(async () => {
  folder = await temporaryFolder('tar-in');
  scratch = await temporaryFolder('tar-out');
  const files: Record<string, string> = {
    'bagit.txt': 'BagIt-Version: 1.0\n',
    'data/a.txt': 'a\n',
    'data/Ysgol Gymraeg – Pwyllgor.md': 'Welsh and an en dash\n',
    [`data/${longName}`]: 'long\n',
    'data/empty.txt': '',
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), text);
  }
});

afterAll(async () => removeAll(folder, scratch));

describe('the tar writer', () => {
  it('writes an archive that standard tar unpacks to the same files, long and non-ASCII names included', async () => {
    const tar = path.join(scratch, 'bag.tar');
    await writeTar(folder, tar, 'bag', 1762939800);
    const into = path.join(scratch, 'unpacked');
    await mkdir(into);
    untar(tar, into);
    expect(await folderDifferences(folder, path.join(into, 'bag'))).toEqual([]);
    expect(execFileSync('tar', ['-tf', tar], { encoding: 'utf8' })).toContain(`bag/data/${longName}`);
  });

  it('gives the same bytes whatever the files’ own times, and different bytes for a different date', async () => {
    const first = await writeTar(folder, path.join(scratch, 'one.tar'), 'bag', 1762939800);
    await utimes(path.join(folder, 'data/a.txt'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    const second = await writeTar(folder, path.join(scratch, 'two.tar'), 'bag', 1762939800);
    const other = await writeTar(folder, path.join(scratch, 'three.tar'), 'bag', 1700000000);
    expect(second).toBe(first);
    expect(other).not.toBe(first);
    expect(execFileSync('sha256sum', [path.join(scratch, 'one.tar')], { encoding: 'utf8' }).split(' ')[0]).toBe(first);
  });
});
