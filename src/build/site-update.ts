import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { digest, listFiles } from '../snapshot/files.ts';

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
   * (src/outputs/input-keys.ts) and the file is as it left it: it is then
   * kept, and need not even be made. When false, the caller makes the file
   * and offers it to `unchanged` with the key.
   */
  sameInputs(sitePath: string, inputKey: string): boolean;
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

/** Some files of the previous site, as its manifest lists them, and where the site is. */
export interface PreviousFiles {
  folder: string;
  files: Record<string, ManifestEntry>;
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

/** A file of the site as the last build left it: a hash of its bytes, and its size and time to tell whether it was touched since. */
export interface ManifestEntry {
  hash: string;
  size: number;
  mtimeMs: number;
  /** What the file was made from, when the build knew it before making it. */
  key?: string;
}
type Manifest = Record<string, ManifestEntry>;

/**
 * Writes a site through `write` and puts it in place of `target` only when
 * `write` succeeds, so a failed build leaves the previous site exactly as it was.
 *
 * Into an empty place, the fresh folder is renamed into place. Over a
 * previous site, only the files that changed are moved into it, one by one,
 * and files the build no longer makes are removed: after a clerk adds one
 * meeting to an archive of 10,000, about 1,800 of 145,500 files change
 * (most of them OParl's list pages, which each give the list's length).
 * Unchanged files keep their dates, so `rsync` or `aws s3 sync` upload only
 * what changed, and the build neither rewrites nor deletes a gigabyte (removing
 * the previous site of 10,000 meetings took 25 s here, docs/performance.md).
 * A reader of the site never sees a half-written file: each is renamed into
 * place whole.
 *
 * What the previous build wrote is known from a manifest beside the site
 * (`.<name>.manifest.json`), not by reading the site again: its files are
 * often no longer in memory. A file whose size or time differs from the
 * manifest's was touched since, and is written again. Without `incremental`,
 * the manifest is not trusted and every file is written.
 */
export async function writeSite(target: string, write: (output: SiteOutput) => Promise<void>, options: { incremental?: boolean } = {}): Promise<SiteChanges> {
  const live = path.resolve(target);
  const parent = path.dirname(live);
  const building = path.join(parent, `.${path.basename(live)}.building`);
  const manifestFile = path.join(parent, `.${path.basename(live)}.manifest.json`);
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const previous = isFolder(live) && options.incremental !== false ? readManifest(manifestFile) : undefined;
  // The hash of every file the build makes, as it makes it, and the input key of those that have one.
  const hashes = new Map<string, string>();
  const keys = new Map<string, string>();
  const kept = new Set<string>();
  const output: SiteOutput = {
    folder: building,
    incremental: previous !== undefined,
    unchanged(sitePath, content, inputKey) {
      const hash = hashOf(content);
      hashes.set(sitePath, hash);
      if (inputKey !== undefined) keys.set(sitePath, inputKey);
      if (!previous || !untouched(live, sitePath, previous[sitePath], hash)) return false;
      kept.add(sitePath);
      return true;
    },
    sameInputs(sitePath, inputKey) {
      const entry = previous?.[sitePath];
      if (!entry || entry.key !== inputKey || !untouched(live, sitePath, entry, entry.hash)) return false;
      hashes.set(sitePath, entry.hash);
      keys.set(sitePath, inputKey);
      kept.add(sitePath);
      return true;
    },
    written(sitePath, content, inputKey) {
      hashes.set(sitePath, hashOf(content));
      if (inputKey !== undefined) keys.set(sitePath, inputKey);
    },
    previousFiles(folder) {
      if (!previous) return undefined;
      const files: Record<string, ManifestEntry> = {};
      for (const sitePath in previous) if (sitePath.startsWith(`${folder}/`)) files[sitePath] = previous[sitePath]!;
      return { folder: live, files };
    },
    hashed(sitePath, hash, isKept) {
      hashes.set(sitePath, hash);
      if (isKept) kept.add(sitePath);
    },
  };
  try {
    await write(output);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    // A failing writer may still have writes in flight (Eleventy writes pages concurrently):
    // remove what they leave once they have settled.
    process.once('beforeExit', () => rmSync(building, { recursive: true, force: true }));
    throw error;
  }
  // Until the site and the manifest agree again, there is none: a build stopped halfway is followed by one that writes every file.
  rmSync(manifestFile, { force: true });
  let changes: SiteChanges;
  if (isFolder(live)) {
    changes = await moveChanges(building, live, kept, hashes, previous);
    rmSync(building, { recursive: true, force: true });
  } else {
    rmSync(live, { recursive: true, force: true });
    renameSync(building, live);
    const files = await listFiles(live);
    // Pagefind's files and the copied assets: read once here, so the next build can keep them.
    for (const sitePath of files) if (!hashes.has(sitePath)) hashes.set(sitePath, hashOf(readFileSync(path.join(live, sitePath))));
    changes = { written: files.length, kept: 0, removed: 0 };
  }
  writeManifest(manifestFile, live, hashes, keys, kept, previous);
  return changes;
}

/** Moves each file of `building` that differs from the site's into it, then removes the site's files the build did not make. */
async function moveChanges(building: string, live: string, kept: Set<string>, hashes: Map<string, string>, previous: Manifest | undefined): Promise<SiteChanges> {
  const made = new Set(kept);
  let written = 0;
  for (const sitePath of await listFiles(building)) {
    made.add(sitePath);
    const from = path.join(building, sitePath);
    let hash = hashes.get(sitePath);
    // The search index's files are written by Pagefind: their hashes are read here.
    if (!hash) hashes.set(sitePath, (hash = hashOf(readFileSync(from))));
    if (untouched(live, sitePath, previous?.[sitePath], hash)) continue;
    makeRoomFor(live, sitePath);
    renameSync(from, path.join(live, sitePath));
    written++;
  }
  // The files the previous build made and this one does not; without a manifest, every other file in the folder.
  // Files some other step put in the site (a host's _headers, say) are left to it when the manifest does not list them.
  const before = previous ? Object.keys(previous) : await listFiles(live);
  const emptied = new Set<string>();
  let removed = 0;
  for (const sitePath of before) {
    if (made.has(sitePath)) continue;
    const file = path.join(live, sitePath);
    // Gone already, or a folder of this build's files now (a page where a file was).
    if (!existsSync(file) || isFolder(file)) continue;
    unlinkSync(file);
    emptied.add(path.dirname(file));
    removed++;
  }
  for (const folder of emptied) removeEmptyFolders(folder, live);
  return { written, kept: made.size - written, removed };
}

/** True when the previous build wrote this very content at `sitePath`, and the file is as it left it. */
export function untouched(live: string, sitePath: string, entry: ManifestEntry | undefined, hash: string): boolean {
  if (!entry || entry.hash !== hash) return false;
  try {
    const stats = statSync(path.join(live, sitePath));
    return stats.isFile() && stats.size === entry.size && stats.mtimeMs === entry.mtimeMs;
  } catch {
    return false;
  }
}

/** A hash to tell files apart, not to prove them: SHA-1, which hashed 8 kB in 9.8 µs here against MD5's 17 µs. */
function hashOf(content: string | Uint8Array): string {
  return digest('sha1', content);
}

/** The hash the manifest keeps of a file's bytes. */
export const fileHash = hashOf;

function readManifest(file: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    // None, or unreadable: every file is written.
    return undefined;
  }
}

function writeManifest(file: string, live: string, hashes: Map<string, string>, keys: Map<string, string>, kept: Set<string>, previous: Manifest | undefined): void {
  const manifest: Manifest = {};
  for (const [sitePath, hash] of [...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const key = keys.get(sitePath);
    const before = previous?.[sitePath];
    // A kept file was found as the previous manifest says, just now: its size and time need not be read again.
    if (kept.has(sitePath) && before) {
      manifest[sitePath] = key === undefined ? { hash, size: before.size, mtimeMs: before.mtimeMs } : { hash, size: before.size, mtimeMs: before.mtimeMs, key };
      continue;
    }
    try {
      const { size, mtimeMs } = statSync(path.join(live, sitePath));
      manifest[sitePath] = key === undefined ? { hash, size, mtimeMs } : { hash, size, mtimeMs, key };
    } catch {
      // Not in the site after all: the next build writes it.
    }
  }
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, file);
}

/** Makes the folders a file needs inside the site, taking away a file where a folder must go, or a folder where the file must go. */
function makeRoomFor(live: string, sitePath: string): void {
  let folder = live;
  for (const part of sitePath.split('/').slice(0, -1)) {
    folder = path.join(folder, part);
    if (existsSync(folder) && !isFolder(folder)) unlinkSync(folder);
  }
  mkdirSync(folder, { recursive: true });
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
