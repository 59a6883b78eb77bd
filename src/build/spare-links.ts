import { once } from 'node:events';
import { linkSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { sortByBytes } from '../snapshot/files.ts';
import { typeScriptWorker } from '../threads/typescript-worker.ts';

/** What linking the spare found and did, each file by its site path (forward slashes). */
export interface LinkedSpare {
  /** The spare's files that are now the live site's own (the same inode). */
  linked: Set<string>;
  /** Every file of the live site, as it was when the build began, sorted by their UTF-8 bytes. */
  current: string[];
  /** Every file of the spare once linked, sorted by their UTF-8 bytes. */
  spare: string[];
}

/** The spare folder being filled with links to the live site's files, in a worker thread, while the build writes. */
export interface SpareLinks {
  /** Waits for the worker to end: what it linked and found, or undefined if it failed (then the spare must be looked at afresh). */
  done(): Promise<LinkedSpare | undefined>;
  /** Stops the worker and waits until it has stopped, when the build has failed. */
  stop(): Promise<void>;
}

/**
 * Starts making `spare` a copy of `current` of hard links, in a worker
 * thread, so that putting the new site in place (site-update.ts) finds most
 * of its files already there. At 10,000 meetings, the first build over a cold
 * build's site made some 21,000 folders and 33,000 links there while the main
 * thread waited; beside the writing, the second core does it. Only the spare
 * changes, never the live site, and whatever the spare holds is set right
 * before the switch: a build killed meanwhile leaves the live site whole.
 *
 * The caller holds the site's lock, has taken the spare's manifest away, and
 * waits for `done()` or `stop()` before it changes the spare itself.
 */
export function startSpareLinks(current: string, spare: string): SpareLinks {
  const worker = typeScriptWorker(new URL('./spare-links-worker.ts', import.meta.url), {
    workerData: { current, spare },
  });
  let result: LinkedSpare | undefined;
  worker.once('message', (message: SpareListing) => {
    result = { linked: new Set(message.linked), current: message.current, spare: message.spare };
  });
  // A worker that fails leaves the spare as it may be: putting in place looks at it afresh and links every file itself.
  worker.on('error', () => {});
  const exited = once(worker, 'exit');
  return {
    async done() {
      await exited;
      return result;
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/** What the worker sends back: LinkedSpare, in arrays. */
export interface SpareListing {
  linked: string[];
  current: string[];
  spare: string[];
}

/**
 * Links every file of `current` into `spare` under the same path, making the
 * folders it needs, unless the spare's file there is already the same inode.
 * Returns the site paths (with forward slashes) whose spare file is now the
 * live one's, and every file of each folder, so that putting in place need
 * not walk their 20,000 folders again (1 to 2 s each on a busy machine).
 * Anything in the way (a folder where a file goes, a file where a folder
 * goes) is left for putting in place to clear.
 */
export function linkSpare(current: string, spare: string): SpareListing {
  const linked: string[] = [];
  const currentFiles: string[] = [];
  // Where the spare has no folder yet, nothing need be looked at before linking, and it holds what was linked.
  const fresh = !exists(spare);
  if (fresh) mkdirSync(spare, { recursive: true });
  walk('', fresh);
  return {
    linked,
    current: sortByBytes(currentFiles),
    spare: sortByBytes(fresh ? linked : filesUnder(spare)),
  };

  function walk(relative: string, empty: boolean): void {
    let entries;
    try {
      entries = readdirSync(path.join(current, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      const to = path.join(spare, child);
      if (entry.isDirectory()) {
        if (empty) {
          if (tryTo(() => mkdirSync(to))) walk(child, true);
          continue;
        }
        const there = lstatOrUndefined(to);
        if (!there) {
          if (tryTo(() => mkdirSync(to))) walk(child, true);
        } else if (there.isDirectory()) walk(child, false);
      } else if (entry.isFile()) {
        currentFiles.push(child);
        const from = path.join(current, child);
        if (empty) {
          if (tryTo(() => linkSync(from, to))) linked.push(child);
          continue;
        }
        const there = lstatOrUndefined(to);
        if (!there) {
          if (tryTo(() => linkSync(from, to))) linked.push(child);
          continue;
        }
        if (!there.isFile()) continue;
        const source = statOrUndefined(from);
        if (!source) continue;
        if (there.ino === source.ino && there.dev === source.dev) {
          linked.push(child);
          continue;
        }
        const temporary = `${to}.${process.pid}.link`;
        if (
          tryTo(() => {
            rmSync(temporary, { force: true });
            linkSync(from, temporary);
            renameSync(temporary, to);
          })
        )
          linked.push(child);
      }
    }
  }
}

/** Every regular file under `folder`, by its path from it with forward slashes. */
function filesUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(folder, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) found.push(child);
    }
  };
  walk('');
  return found;
}

function tryTo(act: () => void): boolean {
  try {
    act();
    return true;
  } catch {
    return false;
  }
}

function lstatOrUndefined(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function exists(file: string): boolean {
  return lstatOrUndefined(file) !== undefined;
}
