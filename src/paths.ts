import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The archive to work on: the one given (by `--root` or MINUTE_BOOK_ROOT,
 * read by the command, scripts/environment.ts), else this repository (whose
 * `content/` and `_data/` hold the sample archive).
 */
export function archiveRoot(given?: string): string {
  return path.resolve(given ?? projectRoot);
}

/**
 * Where builds keep the meetings they have parsed (src/incremental/parse-cache.ts):
 * the folder given (by `--cache` or MINUTE_BOOK_CACHE, read by the command),
 * else `.cache/minute-book/parsed` here.
 */
export function parseCacheFolder(given?: string): string {
  return path.resolve(given ?? path.join(projectRoot, '.cache/minute-book/parsed'));
}
