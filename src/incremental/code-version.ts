import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../paths.ts';

/**
 * The libraries whose installed version shapes what a cache holds: the
 * loader's parsers (markdown-it, gray-matter, yaml), the papers' readers
 * (pdfjs-dist, mammoth) and the search index's (pagefind). The lock file
 * names them too; their installed package.json is read as well, so a
 * node_modules that differs from the lock file is never mistaken for it.
 */
const LIBRARIES = ['markdown-it', 'gray-matter', 'yaml', 'pdfjs-dist', 'mammoth', 'pagefind'];

let version: string | undefined;

/**
 * One SHA-256 of all the code that shapes what any cache of the build holds:
 * every file of src/ and _includes/, the Eleventy configuration, the lock
 * file, and the installed versions of the libraries above. Every cache
 * (parsed meetings, papers' text, search parts, the pages' input keys)
 * starts its addresses from it, so a build after any change to the code
 * finds none of what older code made. Computed once per thread.
 */
export function codeVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  const add = (relative: string) =>
    hash
      .update(relative)
      .update('\0')
      .update(readFileSync(path.join(projectRoot, relative)))
      .update('\0');
  for (const folder of ['src', '_includes']) for (const file of filesUnder(folder)) add(file);
  for (const file of ['eleventy.config.ts', 'package-lock.json']) add(file);
  for (const library of LIBRARIES) add(path.join('node_modules', library, 'package.json'));
  return (version = hash.digest('hex'));
}

/** The files under a folder of the project, by their paths from its root, in a fixed order. */
function filesUnder(folder: string): string[] {
  const entries = readdirSync(path.join(projectRoot, folder), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
