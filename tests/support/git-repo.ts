import { execFileSync } from 'node:child_process';

/** A git repository for tests, whose commits carry the dates they are given, not today's. */
export class GitRepo {
  readonly folder: string;

  constructor(folder: string) {
    this.folder = folder;
  }

  static init(folder: string): GitRepo {
    const repo = new GitRepo(folder);
    repo.git('init', '-q', '-b', 'main');
    repo.git('config', 'user.name', 'Democratic Services');
    repo.git('config', 'user.email', 'democratic.services@example.org');
    return repo;
  }

  /** Commits everything in the folder, dated `date` (YYYY-MM-DD, at noon UTC). */
  commitAll(message: string, date: string): string {
    this.git('add', '-A');
    const at = `${date}T12:00:00Z`;
    this.git('commit', '-q', '-m', message, { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at });
    return this.git('rev-parse', 'HEAD').trim();
  }

  git(...args: Array<string | Record<string, string>>): string {
    const env = args.find((a): a is Record<string, string> => typeof a === 'object') ?? {};
    const words = args.filter((a): a is string => typeof a === 'string');
    return execFileSync('git', words, {
      cwd: this.folder,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC', ...env },
    });
  }
}
