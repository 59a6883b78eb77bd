/**
 * Reading the archive's history out of `git log`, in two passes for the
 * whole archive (never one per file): every commit that touched `content/`,
 * with its files, and the commits that wrote a `status: approved` line.
 * Renames are followed, as `git log --follow` would, so a file renamed
 * keeps its history.
 */

/** One commit that touched a file. */
export interface Commit {
  hash: string;
  /** The committer date, YYYY-MM-DD, as git recorded it: the same commit always gives the same date. */
  date: string;
  subject: string;
}

export interface FileHistory {
  /** Newest first. */
  commits: Commit[];
  /** The latest commit that wrote "status: approved" in the file, if any. */
  approval?: Commit;
}

/** Separates commits in the output of `git log --format=%x1e...`. */
export const RECORD = '\x1e';
export const LOG_FORMAT = `${RECORD}%H%x09%cs%x09%s`;
/** The pickaxe for the second pass: a line setting the status to approved was added or removed. */
export const APPROVAL_PATTERN = `^status:[[:space:]]*["']?approved`;

/**
 * Parses `git log -M --name-status -z --format=LOG_FORMAT` (newest first)
 * and the hashes and file names of the approval pass
 * (`git log -M -G APPROVAL_PATTERN --name-only -z --format=%x1e%H`) into the
 * history of each file as it is named now.
 */
export function parseHistory(log: string, approvals: string): Map<string, FileHistory> {
  const histories = new Map<string, FileHistory>();
  /** What a path named at the commit being read is called now; null once the file it named no longer exists. */
  const renamed = new Map<string, string | null>();
  const nowCalled = (path: string) => (renamed.has(path) ? renamed.get(path)! : path);
  /** `hash NUL path` to the file's name now, for the approval pass. */
  const touched = new Map<string, string>();
  const byHash = new Map<string, Commit>();

  for (const record of log.split(RECORD)) {
    if (!record) continue;
    const [header = '', ...fields] = record.split('\0');
    const [hash = '', date = '', ...subject] = header.split('\t');
    const commit: Commit = { hash, date, subject: subject.join('\t') };
    byHash.set(hash, commit);
    const parts = fields.map((f) => f.replace(/^\n/, '')).filter((f) => f !== '');
    for (let i = 0; i < parts.length;) {
      const status = parts[i++]!;
      const kind = status[0];
      const from = parts[i++]!;
      const to = kind === 'R' || kind === 'C' ? parts[i++]! : from;
      const file = nowCalled(to);
      if (file) {
        const history = histories.get(file) ?? { commits: [] };
        if (history.commits.at(-1)?.hash !== hash) history.commits.push(commit);
        histories.set(file, history);
        touched.set(`${hash}\0${to}`, file);
      }
      // Reading back in time: before a file was added or renamed, its name
      // meant another file (or nothing); before a rename it had the old name.
      if (kind === 'A' || kind === 'D' || kind === 'R') renamed.set(to, null);
      if (kind === 'R' && file) renamed.set(from, file);
    }
  }

  for (const record of approvals.split(RECORD)) {
    if (!record) continue;
    const [hash = '', ...paths] = record.split('\0').map((f) => f.replace(/^\n/, ''));
    for (const path of paths) {
      const file = path && touched.get(`${hash.trim()}\0${path}`);
      const history = file ? histories.get(file) : undefined;
      // Newest first: the first seen is the latest approval.
      if (history && !history.approval) history.approval = byHash.get(hash.trim());
    }
  }
  return histories;
}

/** Commits after the one that approved the minutes: corrections of an approved record, newest first. */
export function correctionsAfterApproval(history: FileHistory): Commit[] {
  if (!history.approval) return [];
  const index = history.commits.findIndex((c) => c.hash === history.approval!.hash);
  return index < 0 ? [] : history.commits.slice(0, index);
}
