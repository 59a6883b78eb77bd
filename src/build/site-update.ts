import { randomBytes } from 'node:crypto';
import {
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import path from 'node:path';
import { listFiles } from '../snapshot/files.ts';
import { fileHash, SiteManifest, type PreviousFiles } from '../incremental/site-manifest.ts';
import { lockSite, type LockHolder, type SiteLock } from './site-lock.ts';
import { manifestOf, siteGenerations, switchTo } from './site-generations.ts';
import { startSpareLinks, type LinkedSpare, type SpareLinks } from './spare-links.ts';

/** Where a build writes, and what it may leave out because the previous site already holds it. */
export interface SiteOutput {
  /** The folder to write into: a fresh one beside the site. */
  folder: string;
  /** True when there is a previous site whose files are known, so that unchanged files need not be written. */
  incremental: boolean;
  /**
   * True when the previous site already holds exactly `content` at
   * `sitePath` (a path inside the site, such as `oparl/meeting/x.json`): the
   * file is then kept as it is, and need not be written. When false, the
   * caller writes it into `folder`.
   */
  unchanged(sitePath: string, content: string | Uint8Array, inputKey?: string): boolean;
  /**
   * True when the previous build made `sitePath` from inputs of the same key
   * (src/incremental/input-keys.ts) and the file is as it left it: it is then
   * kept, and need not even be made. When false, the caller makes the file
   * and offers it to `unchanged` with the key.
   */
  sameInputs(sitePath: string, inputKey: string): boolean;
  /** True when the previous build made `sitePath` from inputs of the same key; asks only, records nothing (unlike `sameInputs`). */
  madeFrom(sitePath: string, inputKey: string): boolean;
  /** Tells of a file written into `folder` by someone else (Eleventy), so it need not be read again to compare, and of its input key. */
  written(sitePath: string, content: string, inputKey?: string): void;
  /**
   * The previous site's files under a folder (`pagefind/`), for a writer in
   * another thread to compare its files with, by `untouched`; it then tells
   * of each with `hashed`. Undefined when there is no previous site.
   */
  previousFiles(folder: string): PreviousFiles | undefined;
  /** Tells of a file by its hash: kept, when the writer found the previous site's the same, or written into `folder`. */
  hashed(sitePath: string, hash: string, kept: boolean): void;
}

/** What putting a build in place did. */
export interface SiteChanges {
  /** Files written or replaced. */
  written: number;
  /** Files of the previous site left as they were, byte for byte the same. */
  kept: number;
  /** Files of the previous site that the build no longer makes. */
  removed: number;
}

/** How a build waits for another writing the same site. */
export interface WriteSiteOptions {
  incremental?: boolean;
  /** How long to wait for another build of the same site before refusing (site-lock.ts); 0, the default, refuses at once. */
  waitMs?: number;
  onWait?: (holder: LockHolder) => void;
  /** Told of each step that changes the disk once the site is written, before it is taken: for the test that kills a build at every step. */
  onStep?: (step: string) => void;
}

/**
 * Writes a site through `write` and puts it in place of `target` only when
 * `write` succeeds, so a failed build leaves the previous site exactly as it was.
 *
 * One build at a time writes a site: it holds a lock beside it (site-lock.ts),
 * and writes into a folder of its own (`.<name>.building-<pid>-<random>`).
 *
 * `target` is a link to one of two folders beside it, `.<name>.a` and
 * `.<name>.b` (site-generations.ts): the live site and the spare, which holds
 * the site before it. The new site is made in the spare and put in place by
 * renaming a new link over `target`, one step: a reader, or a build killed at
 * any moment, finds the old site whole or the new one whole, never a mix.
 *
 * Making the spare costs little. Files the build made are moved into it;
 * files that did not change are hard links to the live site's (the same
 * bytes on disk, with their dates), and most are such links already from the
 * build before. After a clerk adds one meeting to an archive of 10,000, about
 * 1,800 of 145,500 files change (most of them OParl's list pages, which each
 * give the list's length). Unchanged files keep their dates, so `rsync` or
 * `aws s3 sync` upload only what changed, and the build neither rewrites nor
 * deletes a gigabyte. Nothing writes into a file in place, so the two folders
 * may share files.
 *
 * What the previous build wrote is known from a manifest beside each folder
 * (`.<name>.a.manifest.json`), not by reading the site again: its files are
 * often no longer in memory. A file whose size or time differs from the
 * manifest's was touched since, and is written again. Without `incremental`,
 * the manifest is not trusted and every file is written.
 */
export async function writeSite(
  target: string,
  write: (output: SiteOutput) => Promise<void>,
  options: WriteSiteOptions = {},
): Promise<SiteChanges> {
  const live = path.resolve(target);
  mkdirSync(path.dirname(live), { recursive: true });
  const lock = await lockSite(live, {
    waitMs: options.waitMs ?? 0,
    ...(options.onWait ? { onWait: options.onWait } : {}),
  });
  try {
    return await writeLocked(live, write, options, lock);
  } finally {
    lock.release();
  }
}

async function writeLocked(
  live: string,
  write: (output: SiteOutput) => Promise<void>,
  options: WriteSiteOptions,
  lock: SiteLock,
): Promise<SiteChanges> {
  const { current, spare } = siteGenerations(live);
  const building = path.join(
    path.dirname(live),
    `.${path.basename(live)}.building-${process.pid}-${randomBytes(6).toString('hex')}`,
  );
  mkdirSync(building);
  // What the previous build wrote, unless the build is not to trust it, and what this one makes (src/incremental/site-manifest.ts).
  const manifest =
    current && options.incremental !== false
      ? SiteManifest.of(current, manifestOf(current))
      : new SiteManifest(current, undefined);
  const output: SiteOutput = {
    folder: building,
    incremental: manifest.incremental,
    unchanged: (sitePath, content, inputKey) => manifest.unchanged(sitePath, content, inputKey),
    sameInputs: (sitePath, inputKey) => manifest.sameInputs(sitePath, inputKey),
    madeFrom: (sitePath, inputKey) => manifest.madeFrom(sitePath, inputKey),
    written: (sitePath, content, inputKey) => manifest.written(sitePath, content, inputKey),
    previousFiles: (folder) => manifest.previousFiles(folder),
    hashed: (sitePath, hash, kept) => manifest.hashed(sitePath, hash, kept),
  };
  // Over a previous site, most files will be kept: the spare is filled with links to them while the build writes.
  let spareLinks: SpareLinks | undefined;
  if (current && manifest.incremental) {
    rmSync(manifestOf(spare), { force: true });
    spareLinks = startSpareLinks(current, spare);
  }
  try {
    await write(output);
  } catch (error) {
    await spareLinks?.stop();
    rmSync(building, { recursive: true, force: true });
    // A failing writer may still have writes in flight (Eleventy writes pages concurrently):
    // remove what they leave once they have settled.
    process.once('beforeExit', () => rmSync(building, { recursive: true, force: true }));
    throw error;
  }
  const step = options.onStep ?? (() => {});
  // The spare is about to change: until it is the site and has a manifest of its own, it has none.
  step('forget the spare');
  rmSync(manifestOf(spare), { force: true });
  let changes: SiteChanges;
  if (current) {
    changes = await makeSpare(building, current, spare, manifest, await spareLinks?.done(), step);
    step('clear the build');
    rmSync(building, { recursive: true, force: true });
  } else {
    step('clear the spare');
    rmSync(spare, { recursive: true, force: true });
    step('move the build');
    renameSync(building, spare);
    const files = await listFiles(spare);
    // Pagefind's files and the copied assets: read once here, so the next build can keep them.
    for (const sitePath of files)
      if (manifest.hashOf(sitePath) === undefined)
        manifest.hashed(sitePath, fileHash(readFileSync(path.join(spare, sitePath))), false);
    changes = { written: files.length, kept: 0, removed: 0 };
  }
  // The one step that publishes, taken only by the lock's holder.
  if (!lock.held())
    throw new Error(
      `the lock of ${path.basename(live)} was taken over by another build while this one ran; this build's site was not put in place`,
    );
  step('switch');
  switchTo(live, spare);
  step('manifest');
  manifest.save(manifestOf(spare), spare);
  return changes;
}

/**
 * Makes the spare folder the new site: each file of `building` that differs
 * from the live site's is moved into it, each file kept is made a hard link
 * to the live site's, and files the build does not make are removed.
 * `linkedSpare` is what linking the spare while the build wrote found and
 * did (spare-links.ts): the files it linked are not looked at again, nor are
 * the two folders walked again.
 */
async function makeSpare(
  building: string,
  current: string,
  spare: string,
  manifest: SiteManifest,
  linkedSpare: LinkedSpare | undefined,
  step: (step: string) => void,
): Promise<SiteChanges> {
  const { kept } = manifest;
  const made = new Set(kept);
  const moved = new Set<string>();
  for (const sitePath of await listFiles(building)) {
    made.add(sitePath);
    let hash = manifest.hashOf(sitePath);
    // The search index's files are written by Pagefind: their hashes are read here.
    if (!hash) manifest.hashed(sitePath, (hash = fileHash(readFileSync(path.join(building, sitePath)))), false);
    if (manifest.untouched(sitePath, hash)) kept.add(sitePath);
    else moved.add(sitePath);
  }
  // The files the previous build made and this one does not; without a manifest, every other file in the folder.
  // Files some other step put in the site (a host's _headers, say) are left to it when the manifest does not list them.
  const currentFiles = linkedSpare?.current ?? (await listFiles(current));
  const before = manifest.previousPaths() ?? currentFiles;
  const removed = before.filter((sitePath) => !made.has(sitePath)).length;
  const linked = new Set([...made].filter((sitePath) => !moved.has(sitePath)));
  if (manifest.incremental)
    for (const sitePath of currentFiles)
      if (!manifest.listedBefore(sitePath) && !made.has(sitePath)) linked.add(sitePath);

  if (!isFolder(spare)) {
    rmSync(spare, { recursive: true, force: true });
    mkdirSync(spare);
  }
  // What the spare holds that the new site does not: gone first, so that folders can take their places.
  const emptied = new Set<string>();
  for (const sitePath of linkedSpare?.spare ?? (await listFiles(spare))) {
    if (moved.has(sitePath) || linked.has(sitePath)) continue;
    const file = path.join(spare, sitePath);
    step(`remove ${sitePath}`);
    unlinkSync(file);
    emptied.add(path.dirname(file));
  }
  for (const folder of emptied) removeEmptyFolders(folder, spare);
  // The spare's folders made or found so far: a site of 145,000 files has a few thousand folders, and asking the
  // disk about each file's folders again cost more than linking the files.
  const folders = new Set<string>();
  for (const sitePath of moved) {
    step(`move ${sitePath}`);
    makeRoomFor(spare, sitePath, folders);
    renameSync(path.join(building, sitePath), path.join(spare, sitePath));
  }
  for (const sitePath of linked) {
    if (linkedSpare?.linked.has(sitePath)) continue;
    step(`link ${sitePath}`);
    linkInto(spare, current, sitePath, folders);
  }
  return { written: moved.size, kept: made.size - moved.size, removed };
}

/**
 * Makes the spare's file at `sitePath` the live site's own file, unless it is
 * already. `folders` holds the spare's folders known to be folders.
 */
function linkInto(spare: string, current: string, sitePath: string, folders: Set<string>): void {
  const from = path.join(current, sitePath);
  const to = path.join(spare, sitePath);
  const source = statSync(from);
  let there;
  try {
    there = lstatSync(to);
    if (there.ino === source.ino && there.dev === source.dev) return;
  } catch {
    // Not there yet.
  }
  makeRoomFor(spare, sitePath, folders);
  if (!there) {
    // Nothing in the way: linked straight in.
    linkSync(from, to);
    return;
  }
  const temporary = `${to}.${process.pid}.link`;
  rmSync(temporary, { force: true });
  linkSync(from, temporary);
  renameSync(temporary, to);
}

/**
 * Makes the folders a file needs inside the site, taking away a file where a
 * folder must go, or a folder where the file must go. `folders` holds the
 * folders already made or found: they are not looked at again.
 */
function makeRoomFor(live: string, sitePath: string, folders: Set<string>): void {
  const parent = path.dirname(path.join(live, sitePath));
  if (!folders.has(parent)) {
    let folder = live;
    for (const part of sitePath.split('/').slice(0, -1)) {
      folder = path.join(folder, part);
      if (folders.has(folder)) continue;
      if (!isFolder(folder)) {
        // A file or link where the folder must go is taken away.
        rmSync(folder, { force: true });
        mkdirSync(folder);
      }
      folders.add(folder);
    }
  }
  const target = path.join(live, sitePath);
  if (isFolder(target)) rmSync(target, { recursive: true });
}

/** Removes `folder` if it is empty, then each parent left empty, up to but not including `root`. */
function removeEmptyFolders(folder: string, root: string): void {
  for (let current = folder; current.startsWith(root + path.sep); current = path.dirname(current)) {
    try {
      if (readdirSync(current).length > 0) return;
      rmdirSync(current);
    } catch {
      return;
    }
  }
}

function isFolder(file: string): boolean {
  try {
    return lstatSync(file).isDirectory();
  } catch {
    return false;
  }
}
