import { lstatSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { processRuns } from './site-lock.ts';

/** The two folders a site lives in, by turns. */
export interface SiteGenerations {
  /** The folder the site's link points to now; none before the first build. */
  current: string | undefined;
  /** The other one, where the next site is made. */
  spare: string;
}

/**
 * Where the site at `live` is, and where the next one is made. The site is a
 * link (`_site` -> `._site.a`) switched between two folders beside it by one
 * rename (switchTo), so that it is always one whole site or the other.
 *
 * Called with the site's lock held (site-lock.ts). It first finishes what a
 * build killed halfway left: a link made but not yet put in place is put in
 * place. A site that is still a plain folder, as builds before these links
 * left it, becomes the first of the two folders.
 */
export function siteGenerations(live: string): SiteGenerations {
  const [a, b] = folders(live);
  removeLeftovers(live);
  const pending = pendingLink(live);
  if (!exists(live) && exists(pending)) renameSync(pending, live);
  else rmSync(pending, { force: true });

  const stats = lstatOrUndefined(live);
  if (!stats) return { current: undefined, spare: a };
  if (stats.isDirectory()) {
    // A site as builds before these links left it: it becomes the first folder. Moved in this order, a kill leaves
    // either the folder where it was or the link ready beside it, which the next build puts in place (above).
    rmSync(a, { recursive: true, force: true });
    symlinkSync(path.basename(a), pending);
    // Its manifest, of an older form, is not trusted: the first build over it writes every file.
    rmSync(path.join(path.dirname(live), `.${path.basename(live)}.manifest.json`), { force: true });
    renameSync(live, a);
    renameSync(pending, live);
    return { current: a, spare: b };
  }
  if (!stats.isSymbolicLink())
    throw new Error(`${live} is neither a folder nor a link to one; move it away and build again`);
  const target = path.resolve(path.dirname(live), readlinkSync(live));
  if (target === a) return { current: a, spare: b };
  if (target === b) return { current: b, spare: a };
  // A link someone pointed elsewhere: that folder is read, never changed.
  return { current: isFolder(target) ? target : undefined, spare: a };
}

/** Puts `folder` in place as the site, in one step: a new link renamed over the old. */
export function switchTo(live: string, folder: string): void {
  const pending = pendingLink(live);
  rmSync(pending, { force: true });
  symlinkSync(path.basename(folder), pending);
  renameSync(pending, live);
}

/** Removes a site whole: its link, both its folders and their manifests, as deleting `_site` did before it was a link. */
export function removeSite(live: string): void {
  rmSync(live, { recursive: true, force: true });
  for (const folder of folders(live)) {
    rmSync(folder, { recursive: true, force: true });
    rmSync(manifestOf(folder), { force: true });
  }
}

/** The manifest of one of the site's folders: what the last build wrote in it (site-update.ts). */
export function manifestOf(folder: string): string {
  return `${folder}.manifest.json`;
}

/** The two folders of the site at `live`: `._site.a` and `._site.b` beside `_site`. */
export function folders(live: string): [string, string] {
  const base = path.join(path.dirname(live), `.${path.basename(live)}`);
  return [`${base}.a`, `${base}.b`];
}

/**
 * Removes what builds killed halfway left beside the site: their own folders
 * and half-written manifests. With the lock held, no other build is using them.
 */
function removeLeftovers(live: string): void {
  const name = path.basename(live);
  const parent = path.dirname(live);
  for (const entry of readdirSync(parent)) {
    if (
      entry.startsWith(`.${name}.building-`) ||
      (entry.startsWith(`.${name}.`) && /\.manifest\.json\.\d+\.tmp$/.test(entry))
    ) {
      rmSync(path.join(parent, entry), { recursive: true, force: true });
    }
    // A lock file half made, or set aside, by a build that was killed (site-lock.ts); another build's may be in use.
    const lockFile = new RegExp(`^\\.${escaped(name)}\\.lock\\.(?:stale\\.)?(\\d+)\\.`).exec(entry);
    if (lockFile && !processRuns(Number(lockFile[1]))) rmSync(path.join(parent, entry), { force: true });
  }
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pendingLink(live: string): string {
  return path.join(path.dirname(live), `.${path.basename(live)}.link`);
}

function lstatOrUndefined(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

function exists(file: string): boolean {
  return lstatOrUndefined(file) !== undefined;
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
