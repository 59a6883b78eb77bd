// What the snapshot knows from git: which commit it is of, when that commit
// was made, and the archive's files exactly as committed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isLfsPointer } from '../load/paper-formats.ts';
import { sortByBytes } from './files.ts';

/** A problem the person making a snapshot can fix; printed without a stack trace. */
export class SnapshotError extends Error {}

export interface Commit {
  id: string;
  /** Seconds since 1970: SOURCE_DATE_EPOCH when set, else the commit's date. */
  epoch: number;
  /** The same moment as an ISO 8601 UTC timestamp, to the second. */
  iso: string;
  /** Its date, YYYY-MM-DD in UTC. */
  date: string;
}

function git(root: string, args: string[], input?: string): Buffer {
  const result = spawnSync('git', args, { cwd: root, input, maxBuffer: 1024 * 1024 * 1024 });
  if (result.error)
    throw new SnapshotError(
      `Could not run git (${result.error.message}); a snapshot needs git to name the commit it is of.`,
    );
  if (result.status !== 0) {
    throw new SnapshotError(
      `git ${args[0]} failed in ${root}: ${result.stderr.toString().trim() || `exit code ${result.status}`}`,
    );
  }
  return result.stdout;
}

/** Seconds since 1970 from SOURCE_DATE_EPOCH, or undefined when it is not set. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = env.SOURCE_DATE_EPOCH?.trim();
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value))
    throw new SnapshotError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not "${value}".`);
  return Number(value);
}

export function describeMoment(id: string, epoch: number): Commit {
  const iso = new Date(epoch * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { id, epoch, iso, date: iso.slice(0, 10) };
}

/** The commit checked out in the archive at `root` (HEAD), or `revision`. */
export function readCommit(root: string, revision = 'HEAD', env: NodeJS.ProcessEnv = process.env): Commit {
  const inside = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root });
  if (inside.error || inside.status !== 0) {
    throw new SnapshotError(
      `${root} is not a git repository. A snapshot is of a commit: commit the archive first (git init; git add -A; git commit).`,
    );
  }
  const id = git(root, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`])
    .toString()
    .trim();
  const committed = Number(git(root, ['show', '-s', '--format=%ct', id]).toString().trim());
  return describeMoment(id, sourceDateEpoch(env) ?? committed);
}

/** Paths under `folders` that differ between the working tree and the commit. */
export function uncommittedChanges(root: string, folders: string[]): string[] {
  const output = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...folders]).toString();
  return output
    .split('\0')
    .filter(Boolean)
    .map((line) => line.slice(3));
}

/**
 * The files under `folders` (such as `content` and `_data`) exactly as
 * committed in `commit`, by path relative to the repository's top.
 */
export function committedFiles(root: string, commit: string, folders: string[]): Map<string, Buffer> {
  const top = git(root, ['rev-parse', '--show-toplevel']).toString().trim();
  const prefix = git(root, ['rev-parse', '--show-prefix']).toString().trim();
  const listing = git(top, [
    'ls-tree',
    '-r',
    '-z',
    '--full-tree',
    commit,
    '--',
    ...folders.map((folder) => `${prefix}${folder}`),
  ]).toString();
  const blobs: Array<{ path: string; id: string }> = [];
  for (const line of listing.split('\0').filter(Boolean)) {
    const [meta, file] = line.split('\t') as [string, string];
    const [, type, id] = meta.split(' ') as [string, string, string];
    if (type === 'blob') blobs.push({ path: file.slice(prefix.length), id });
  }
  const files = new Map<string, Buffer>();
  if (blobs.length === 0) return files;
  const batch = git(top, ['cat-file', '--batch'], blobs.map((blob) => `${blob.id}\n`).join(''));
  let at = 0;
  for (const blob of blobs) {
    const headerEnd = batch.indexOf(0x0a, at);
    const size = Number(batch.subarray(at, headerEnd).toString().split(' ')[2]);
    files.set(blob.path, batch.subarray(headerEnd + 1, headerEnd + 1 + size));
    at = headerEnd + 1 + size + 1;
  }
  withLfsContent(top, files);
  return new Map(sortByBytes(files.keys()).map((name) => [name, files.get(name)!]));
}

/**
 * Puts in place of each Git LFS pointer the file it points to, from the
 * clone's own LFS store (`.git/lfs/objects`, where `git lfs pull` keeps
 * them), when it is there and its SHA-256 is the pointer's. A pointer whose
 * file the clone lacks is left as it is, and the site's build then refuses
 * it, saying so (src/load/papers.ts): no snapshot holds a pointer as a paper.
 */
function withLfsContent(top: string, files: Map<string, Buffer>): void {
  let store: string | undefined;
  for (const [name, bytes] of files) {
    if (!isLfsPointer(bytes)) continue;
    const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(bytes.toString('utf8'))?.[1];
    if (!oid) continue;
    store ??= path.resolve(top, git(top, ['rev-parse', '--git-common-dir']).toString().trim(), 'lfs', 'objects');
    const object = path.join(store, oid.slice(0, 2), oid.slice(2, 4), oid);
    if (!existsSync(object)) continue;
    const content = readFileSync(object);
    if (createHash('sha256').update(content).digest('hex') === oid) files.set(name, content);
  }
}
