import path from 'node:path';
import { projectRoot } from '../paths.ts';

/** The file in the bundle that lists its parts, one Pagefind index each (docs/search.md). */
export const SEARCH_PARTS_FILE = 'parts.json';

/**
 * The folder of the cache of closed years' indexes: the one given (by
 * `--search-cache` or MINUTE_BOOK_SEARCH_CACHE, read by the command), else
 * `.cache/minute-book/search/` in the project (which git ignores). A CI keeps
 * it between runs to index only the years that changed.
 */
export function searchCacheFolder(given?: string): string {
  return path.resolve(given ?? path.join(projectRoot, '.cache', 'minute-book', 'search'));
}
