import { lstatSync, mkdirSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The meeting files one run of the importer has written, each with the source it came from. */
export type WrittenThisRun = Map<string, string>;

/**
 * Writes a meeting file the importer made, at `target` (relative to the
 * archive's `root`), or says why not. It never writes through a link: not
 * when the file is one, nor when a folder on the way leads out of the
 * archive. And it never replaces a file it wrote earlier in the same run,
 * which `--force` would otherwise let a second copy of one meeting do
 * silently.
 */
export function writeMeetingFile(
  root: string,
  target: string,
  text: string,
  source: string,
  written: WrittenThisRun | undefined,
): { ok: true } | { ok: false; problem: string } {
  const shown = target.split(path.sep).join('/');
  const absolute = path.join(root, target);
  const earlier = written?.get(absolute);
  if (earlier !== undefined)
    return {
      ok: false,
      problem: `${shown} was written from ${earlier} earlier in this run, and ${source} gives the same meeting; nothing was written. Import one of them, or give one a date of its own.`,
    };
  mkdirSync(path.dirname(absolute), { recursive: true });
  const archive = realpathSync(root);
  const folder = realpathSync(path.dirname(absolute));
  const inside = path.relative(archive, folder);
  if (inside.startsWith('..') || path.isAbsolute(inside))
    return {
      ok: false,
      problem: `the folder of ${shown} is a link to ${folder}, outside the archive; nothing was written`,
    };
  if (isLink(absolute))
    return {
      ok: false,
      problem: `${shown} is a link, and the importer writes no file through a link; nothing was written. Remove the link, then import again.`,
    };
  // Written beside it and renamed into place: a link put there in the meantime is replaced, never followed.
  const temporary = `${absolute}.${process.pid}.importing`;
  writeFileSync(temporary, text, { flag: 'wx' });
  renameSync(temporary, absolute);
  written?.set(absolute, source);
  return { ok: true };
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
