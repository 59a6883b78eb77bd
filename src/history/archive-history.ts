import { execFileSync } from 'node:child_process';
import { APPROVAL_PATTERN, LOG_FORMAT, parseHistory, type FileHistory } from './git-log.ts';

/** The git history of an archive's content, read once per build. */
export interface ArchiveHistory {
  /** By path relative to the archive's root (`content/cyp/2025-09-08.md`). */
  files: Map<string, FileHistory>;
  /** Where the archive's root lies in the repository (`` or `archive/`), for links to a file's history. */
  repositoryPrefix: string;
}

/**
 * Reads the history of `content/` under `root` from git. Returns undefined
 * when there is none to read: not a git checkout, git not installed, or a
 * shallow clone, whose oldest commit would pass for the first publication.
 * Dates are never invented.
 */
export function readArchiveHistory(root: string): ArchiveHistory | undefined {
  const facts = git(root, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--show-prefix']);
  if (!facts) return undefined;
  const [inside, shallow, prefix = ''] = facts.split('\n');
  if (inside !== 'true' || shallow !== 'false') return undefined;
  const common = ['-c', 'core.quotePath=false', 'log', '-M', '--date-order', '--relative', '-z'];
  const log = git(root, [...common, '--name-status', `--format=${LOG_FORMAT}`, '--', 'content']);
  const approvals = git(root, [...common, '--name-only', `-G${APPROVAL_PATTERN}`, '--format=%x1e%H', '--', 'content']);
  if (log === undefined || approvals === undefined) return undefined;
  return { files: parseHistory(log, approvals), repositoryPrefix: prefix.trim() };
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}
