/**
 * True for a path that can only name a file inside the site (or a cache's
 * folder): relative, with forward slashes, and no part that is empty, `.`
 * or `..`. Paths read back from a cache or a manifest are checked with it
 * before they are joined to a folder, so an edited entry cannot make a build
 * read, write or delete anything outside.
 */
export function isInsidePath(sitePath: unknown): sitePath is string {
  if (typeof sitePath !== 'string' || sitePath === '' || sitePath.length > 4096) return false;
  if (sitePath.includes('\\') || sitePath.includes('\0') || sitePath.startsWith('/')) return false;
  return sitePath.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
