import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { isInsidePath } from './site-path.ts';
import { readSealedJson, writeSealedFile } from './sealed-file.ts';

/** A file of the site as the last build left it: a hash of its bytes, and its size and time to tell whether it was touched since. */
export interface ManifestEntry {
  hash: string;
  size: number;
  mtimeMs: number;
  /** What the file was made from, when the build knew it before making it (input-keys.ts). */
  key?: string;
}
type Manifest = Record<string, ManifestEntry>;

/** Some files of the previous site, as its manifest lists them, and where the site is. */
export interface PreviousFiles {
  folder: string;
  files: Record<string, ManifestEntry>;
}

/**
 * What the previous build wrote, and what this one makes: the one place a
 * build asks "is this file unchanged?". The previous site's manifest
 * (`.<name>.a.manifest.json` beside its folder, src/build/site-generations.ts)
 * lists each file with a hash of its bytes, its size and time, and the input
 * key it was made from; this build records the same of each file it makes,
 * and the manifest is written anew once the site is in place.
 *
 * A file whose size or time differs from the manifest's was touched since,
 * and counts as changed. The manifest is sealed with its SHA-256
 * (src/text/sealed.ts): one damaged, edited or naming a path outside the site
 * is not trusted, and every file is written.
 */
export class SiteManifest {
  /** The hash of every file the build makes, as it makes it, and the input key of those that have one. */
  private readonly hashes = new Map<string, string>();
  private readonly keys = new Map<string, string>();
  /** Files of the previous site that the build keeps as they are. */
  readonly kept = new Set<string>();

  /**
   * The previous site's folder, and its manifest; none when there is no
   * previous site, or when the build is not to trust it.
   */
  private readonly live: string | undefined;
  private readonly previous: Manifest | undefined;

  constructor(live: string | undefined, previous: Manifest | undefined) {
    this.live = live;
    this.previous = previous;
  }

  /** The manifest beside the site's folder `live`, when it is whole and names only paths inside the site. */
  static of(live: string, file: string): SiteManifest {
    return new SiteManifest(live, readManifest(file));
  }

  /** True when there is a previous site whose files are known, so that unchanged files need not be written. */
  get incremental(): boolean {
    return this.previous !== undefined;
  }

  /** True when the previous site holds exactly `content` at `sitePath`, untouched; the file is recorded either way. */
  unchanged(sitePath: string, content: string | Uint8Array, inputKey?: string): boolean {
    const hash = fileHash(content);
    this.hashes.set(sitePath, hash);
    if (inputKey !== undefined) this.keys.set(sitePath, inputKey);
    if (!this.previous || !untouched(this.live!, sitePath, this.previous[sitePath], hash)) return false;
    this.kept.add(sitePath);
    return true;
  }

  /** True when the previous build made `sitePath` from inputs of the same key and the file is as it left it: it is kept. */
  sameInputs(sitePath: string, inputKey: string): boolean {
    const entry = this.previous?.[sitePath];
    if (!entry || entry.key !== inputKey || !untouched(this.live!, sitePath, entry, entry.hash)) return false;
    this.hashes.set(sitePath, entry.hash);
    this.keys.set(sitePath, inputKey);
    this.kept.add(sitePath);
    return true;
  }

  /** True when the previous build made `sitePath` from inputs of the same key, whatever became of the file since; records nothing. */
  madeFrom(sitePath: string, inputKey: string): boolean {
    return this.previous?.[sitePath]?.key === inputKey;
  }

  /** Records a file written by someone else (Eleventy), so it need not be read again to compare. */
  written(sitePath: string, content: string, inputKey?: string): void {
    this.hashes.set(sitePath, fileHash(content));
    if (inputKey !== undefined) this.keys.set(sitePath, inputKey);
  }

  /** Records a file by its hash: kept, when its writer found the previous site's the same, or written. */
  hashed(sitePath: string, hash: string, kept: boolean): void {
    this.hashes.set(sitePath, hash);
    if (kept) this.kept.add(sitePath);
  }

  /** The hash recorded of a file, if any. */
  hashOf(sitePath: string): string | undefined {
    return this.hashes.get(sitePath);
  }

  /** True when the previous build wrote `hash` at `sitePath` and the file is as it left it. */
  untouched(sitePath: string, hash: string): boolean {
    return this.live !== undefined && untouched(this.live, sitePath, this.previous?.[sitePath], hash);
  }

  /** The previous site's files under a folder (`pagefind/`), for a writer in another thread; undefined without a previous site. */
  previousFiles(folder: string): PreviousFiles | undefined {
    if (!this.previous) return undefined;
    const files: Record<string, ManifestEntry> = {};
    for (const sitePath in this.previous)
      if (sitePath.startsWith(`${folder}/`)) files[sitePath] = this.previous[sitePath]!;
    return { folder: this.live!, files };
  }

  /** The files the previous manifest lists; undefined without one. */
  previousPaths(): string[] | undefined {
    return this.previous && Object.keys(this.previous);
  }

  /** True when the previous manifest lists `sitePath`. */
  listedBefore(sitePath: string): boolean {
    return this.previous !== undefined && sitePath in this.previous;
  }

  /** Writes the manifest of the site now in `site`: every file recorded, with its size and time there. */
  save(file: string, site: string): void {
    const manifest: Manifest = {};
    for (const [sitePath, hash] of [...this.hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const key = this.keys.get(sitePath);
      const before = this.previous?.[sitePath];
      // A kept file was found as the previous manifest says, just now: its size and time need not be read again.
      if (this.kept.has(sitePath) && before) {
        manifest[sitePath] =
          key === undefined
            ? { hash, size: before.size, mtimeMs: before.mtimeMs }
            : { hash, size: before.size, mtimeMs: before.mtimeMs, key };
        continue;
      }
      try {
        const { size, mtimeMs } = statSync(path.join(site, sitePath));
        manifest[sitePath] = key === undefined ? { hash, size, mtimeMs } : { hash, size, mtimeMs, key };
      } catch {
        // Not in the site after all: the next build writes it.
      }
    }
    writeSealedFile(file, JSON.stringify(manifest));
  }
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

/** The hash the manifest keeps of a file's bytes: SHA-1, to tell files apart, not to prove them; it hashed 8 kB in 9.8 µs here against MD5's 17 µs. */
export function fileHash(content: string | Uint8Array): string {
  return createHash('sha1').update(content).digest('hex');
}

/** The manifest, when it is whole and names only paths inside the site; else none, and every file is written. */
function readManifest(file: string): Manifest | undefined {
  const manifest = readSealedJson(file);
  return typeof manifest === 'object' && manifest !== null && Object.keys(manifest).every(isInsidePath)
    ? (manifest as Manifest)
    : undefined;
}
