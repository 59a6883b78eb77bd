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
