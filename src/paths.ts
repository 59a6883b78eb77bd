import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The archive to work on: `--root`, else MINUTE_BOOK_ROOT, else this
 * repository (whose `content/` and `_data/` hold the sample archive).
 */
export function archiveRoot(flag?: string): string {
  return path.resolve(flag ?? process.env.MINUTE_BOOK_ROOT ?? projectRoot);
}

/**
 * Where builds keep the meetings they have parsed (src/incremental/parse-cache.ts):
 * `--cache`, else MINUTE_BOOK_CACHE, else `.cache/minute-book/parsed` here.
 */
export function parseCacheFolder(flag?: string): string {
  return path.resolve(flag ?? process.env.MINUTE_BOOK_CACHE ?? path.join(projectRoot, '.cache/minute-book/parsed'));
}
