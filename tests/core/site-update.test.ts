import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSite, type SiteOutput } from '../../src/build/site-update.ts';
import { fileHash, untouched } from '../../src/incremental/site-manifest.ts';

/** A build as the build script makes one: some files through `unchanged` (the plain files), the rest written straight into the folder (Eleventy's pages, Pagefind's index). */
function builder(plain: Record<string, string>, written: Record<string, string> = {}) {
  return async (output: SiteOutput) => {
    for (const [sitePath, content] of Object.entries(plain)) {
      if (output.unchanged(sitePath, content)) continue;
      put(output.folder, sitePath, content);
    }
    for (const [sitePath, content] of Object.entries(written)) put(output.folder, sitePath, content);
  };
}

function put(folder: string, sitePath: string, content: string): void {
  mkdirSync(path.dirname(path.join(folder, sitePath)), { recursive: true });
  writeFileSync(path.join(folder, sitePath), content);
}

function files(folder: string, prefix = ''): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) Object.assign(found, files(path.join(folder, entry.name), `${prefix}${entry.name}/`));
    else found[`${prefix}${entry.name}`] = readFileSync(path.join(folder, entry.name), 'utf8');
  }
  return found;
}

function newSite(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-update-')), '_site');
}

/** A file's time, read after a pause, so that a file written again later would have a later one. */
async function timeOf(file: string): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  return statSync(file).mtimeMs;
}

describe('putting a build in place of the previous site', () => {
  it('writes a new site whole, then over it only the files that changed, leaving the others untouched', async () => {
    const site = newSite();
    const first = await writeSite(
      site,
      builder({ 'a.json': 'A', 'meetings/one.json': 'one' }, { 'index.html': 'home', 'pagefind/p.js': 'index' }),
    );
    expect(first).toEqual({ written: 4, kept: 0, removed: 0 });
    const unchangedTime = await timeOf(path.join(site, 'meetings/one.json'));
    const pageTime = await timeOf(path.join(site, 'index.html'));

    const second = await writeSite(
      site,
      builder(
        { 'a.json': 'A changed', 'meetings/one.json': 'one', 'meetings/two.json': 'two' },
        { 'index.html': 'home', 'pagefind/p.js': 'index' },
      ),
    );
    expect(second).toEqual({ written: 2, kept: 3, removed: 0 });
    expect(files(site)).toEqual({
      'a.json': 'A changed',
      'meetings/one.json': 'one',
      'meetings/two.json': 'two',
      'index.html': 'home',
      'pagefind/p.js': 'index',
    });
    // The files that did not change were neither written nor replaced: rsync and s3 sync see them as they were.
    expect(statSync(path.join(site, 'meetings/one.json')).mtimeMs).toBe(unchangedTime);
    expect(statSync(path.join(site, 'index.html')).mtimeMs).toBe(pageTime);
    expect(statSync(path.join(site, 'a.json')).mtimeMs).toBeGreaterThan(unchangedTime);
    // Nothing is left beside it.
    expect(readdirSync(path.dirname(site)).filter((name) => name.includes('building'))).toEqual([]);
  });

  it('removes the files the build no longer makes, and the folders they leave empty', async () => {
    const site = newSite();
    await writeSite(
      site,
      builder(
        { 'board/2024-01-01/data.json': 'x', 'board/2024-02-01/data.json': 'y' },
        { 'board/2024-01-01/index.html': 'x' },
      ),
    );
    const changes = await writeSite(site, builder({ 'board/2024-02-01/data.json': 'y' }));
    expect(changes).toEqual({ written: 0, kept: 1, removed: 2 });
    expect(files(site)).toEqual({ 'board/2024-02-01/data.json': 'y' });
    expect(existsSync(path.join(site, 'board/2024-01-01'))).toBe(false);
  });

  it('writes again a file someone changed in the site since the last build', async () => {
    const site = newSite();
    await writeSite(site, builder({ 'a.json': 'A' }));
    writeFileSync(path.join(site, 'a.json'), 'edited by hand');
    const changes = await writeSite(site, builder({ 'a.json': 'A' }));
    expect(changes.written).toBe(1);
    expect(files(site)).toEqual({ 'a.json': 'A' });
  });

  it('leaves alone a file another step put in the site, which no build made', async () => {
    const site = newSite();
    await writeSite(site, builder({ 'a.json': 'A' }));
    writeFileSync(path.join(site, '_headers'), '/*\n  X-Frame-Options: DENY\n');
    await writeSite(site, builder({ 'a.json': 'B' }));
    expect(files(site)).toEqual({ 'a.json': 'B', _headers: '/*\n  X-Frame-Options: DENY\n' });
  });

  it('puts a file where a folder was, and a folder where a file was', async () => {
    const site = newSite();
    await writeSite(site, builder({ 'x/index.html': 'folder', y: 'file' }));
    await writeSite(site, builder({ x: 'now a file', 'y/index.html': 'now a folder' }));
    expect(files(site)).toEqual({ x: 'now a file', 'y/index.html': 'now a folder' });
  });

  it('over a folder it knows nothing of (no manifest), writes every file and removes every other', async () => {
    const site = newSite();
    put(site, 'old.html', 'from some earlier build');
    put(site, 'a.json', 'A');
    const changes = await writeSite(site, builder({ 'a.json': 'A' }));
    expect(changes).toEqual({ written: 1, kept: 0, removed: 1 });
    expect(files(site)).toEqual({ 'a.json': 'A' });
  });

  it('without incremental, trusts no manifest and writes every file again', async () => {
    const site = newSite();
    await writeSite(site, builder({ 'a.json': 'A', 'b.json': 'B' }));
    const changes = await writeSite(site, builder({ 'a.json': 'A', 'b.json': 'B' }), { incremental: false });
    expect(changes).toEqual({ written: 2, kept: 0, removed: 0 });
  });

  it('leaves the previous site and its manifest as they were when the build fails', async () => {
    const site = newSite();
    await writeSite(site, builder({ 'a.json': 'A' }));
    const failing = async (output: SiteOutput) => {
      output.unchanged('a.json', 'B');
      put(output.folder, 'a.json', 'B');
      throw new Error('stopped halfway');
    };
    await expect(writeSite(site, failing)).rejects.toThrow('stopped halfway');
    expect(files(site)).toEqual({ 'a.json': 'A' });
    // The next build still knows the site: an unchanged file is kept, not written.
    expect(await writeSite(site, builder({ 'a.json': 'A' }))).toEqual({ written: 0, kept: 1, removed: 0 });
  });
  it('keeps a file made from the same inputs without making it, and makes it again when they change', async () => {
    const site = newSite();
    const made: string[] = [];
    /** A build whose files carry input keys, as the plain files made from one meeting do (src/incremental/input-keys.ts). */
    const keyed = (entries: Record<string, { key: string; content: string }>) => async (output: SiteOutput) => {
      for (const [sitePath, { key, content }] of Object.entries(entries)) {
        if (output.sameInputs(sitePath, key)) continue;
        made.push(sitePath);
        if (!output.unchanged(sitePath, content, key)) put(output.folder, sitePath, content);
      }
    };
    await writeSite(site, keyed({ 'a.json': { key: 'k1', content: 'A' }, 'b.json': { key: 'k1', content: 'B' } }));
    made.length = 0;
    const changes = await writeSite(
      site,
      keyed({ 'a.json': { key: 'k1', content: 'A' }, 'b.json': { key: 'k2', content: 'B2' } }),
    );
    expect(made).toEqual(['b.json']);
    expect(changes).toEqual({ written: 1, kept: 1, removed: 0 });
    expect(files(site)).toEqual({ 'a.json': 'A', 'b.json': 'B2' });

    // A file touched since the last build is made again, whatever its key says.
    writeFileSync(path.join(site, 'a.json'), 'edited by hand');
    made.length = 0;
    await writeSite(site, keyed({ 'a.json': { key: 'k1', content: 'A' }, 'b.json': { key: 'k2', content: 'B2' } }));
    expect(made).toEqual(['a.json']);
    expect(files(site)).toEqual({ 'a.json': 'A', 'b.json': 'B2' });
  });

  it('lets a writer in another thread compare its files with the previous site, and keeps those it found the same', async () => {
    const site = newSite();
    await writeSite(site, builder({}, { 'pagefind/a.pf': 'one', 'pagefind/b.pf': 'two' }));
    const changes = await writeSite(site, async (output) => {
      const previous = output.previousFiles('pagefind')!;
      expect(Object.keys(previous.files).sort()).toEqual(['pagefind/a.pf', 'pagefind/b.pf']);
      for (const [sitePath, content] of [
        ['pagefind/a.pf', 'one'],
        ['pagefind/b.pf', 'three'],
      ] as const) {
        const hash = fileHash(Buffer.from(content));
        const kept = untouched(previous.folder, sitePath, previous.files[sitePath], hash);
        if (!kept) put(output.folder, sitePath, content);
        output.hashed(sitePath, hash, kept);
      }
    });
    expect(changes).toEqual({ written: 1, kept: 1, removed: 0 });
    expect(files(site)).toEqual({ 'pagefind/a.pf': 'one', 'pagefind/b.pf': 'three' });
  });

  it('puts the site right over a spare left in any state, the kept files linked to the live ones, the changed ones its own', async () => {
    const site = newSite();
    const parent = path.dirname(site);
    await writeSite(
      site,
      builder({ 'a.json': 'A', 'b.json': 'B', 'x/index.html': 'x', 'y.json': 'y', 'z/1.json': '1' }),
    );
    // The spare as a build killed halfway through linking it, or an older site, might leave it: some files linked,
    // a file of other content where a kept file goes, a folder where a file goes, a file where a folder goes, a stray.
    const spare = path.join(parent, '._site.b');
    put(spare, 'a.json', 'an older A');
    put(spare, 'y.json/index.html', 'a folder where a file goes');
    put(spare, 'z', 'a file where a folder goes');
    put(spare, 'stray.html', 'from an older site');
    linkSync(path.join(site, 'x/index.html'), path.join(spare, 'x-linked.html'));
    const changes = await writeSite(
      site,
      builder({ 'a.json': 'A', 'b.json': 'B changed', 'x/index.html': 'x', 'y.json': 'y', 'z/1.json': '1' }),
    );
    expect(changes).toEqual({ written: 1, kept: 4, removed: 0 });
    expect(realpathSync(site)).toBe(spare);
    expect(files(site)).toEqual({
      'a.json': 'A',
      'b.json': 'B changed',
      'x/index.html': 'x',
      'y.json': 'y',
      'z/1.json': '1',
    });
    // Each kept file is the previous site's own (the same bytes on disk, with their dates); the changed one is not.
    const before = path.join(parent, '._site.a');
    for (const sitePath of ['a.json', 'x/index.html', 'y.json', 'z/1.json'])
      expect(statSync(path.join(spare, sitePath)).ino, sitePath).toBe(statSync(path.join(before, sitePath)).ino);
    expect(statSync(path.join(spare, 'b.json')).ino).not.toBe(statSync(path.join(before, 'b.json')).ino);
    expect(readFileSync(path.join(before, 'b.json'), 'utf8')).toBe('B');
  });

  it('after a failed build over a previous site, leaves no one linking into the spare, and the next build puts it right', async () => {
    const site = newSite();
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`m/${i}/index.html`, `page ${i}`]));
    await writeSite(site, builder(many));
    await expect(
      writeSite(site, async () => {
        throw new Error('stopped at once');
      }),
    ).rejects.toThrow('stopped at once');
    expect(realpathSync(site)).toBe(path.join(path.dirname(site), '._site.a'));
    const changes = await writeSite(site, builder({ ...many, 'm/0/index.html': 'page 0 changed' }));
    expect(changes).toEqual({ written: 1, kept: 299, removed: 0 });
    expect(files(site)).toEqual({ ...many, 'm/0/index.html': 'page 0 changed' });
  });
});
