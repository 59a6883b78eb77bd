import type { Meeting, Site } from '../model/types.ts';
import type { ArchiveHistory } from '../history/archive-history.ts';
import { correctionsAfterApproval } from '../history/git-log.ts';
import { mediumDate } from '../text/dates.ts';

export interface DatedEntry {
  label: string;
  iso: string;
}

/** When a meeting's minutes were published and changed, from git; absent when the build has no history. */
export interface HistoryView {
  published: DatedEntry;
  changed: DatedEntry;
  /** The file's history on the repository's website, when the site names it. */
  href?: string;
  /** Changes committed after the minutes were approved, newest first. */
  corrections: Array<DatedEntry & { subject: string }>;
}

/**
 * GitHub's address of a file's commits, used when the site names its
 * `repository` but no `history_link`: `<repository>/commits/main/<file>`.
 */
export const DEFAULT_HISTORY_LINK = '{repository}/commits/main/{file}';

export function historyView(
  meeting: Meeting,
  site: Site,
  history: ArchiveHistory | undefined,
): HistoryView | undefined {
  const file = history?.files.get(meeting.file);
  if (!file || file.commits.length === 0) return undefined;
  const dated = (iso: string): DatedEntry => ({ label: mediumDate(iso), iso });
  const href = historyLink(site, history!.repositoryPrefix + meeting.file);
  return {
    // The source's date of publication, where the minutes give it (`published:`), wins over the first commit.
    published: dated(meeting.published ?? file.commits.at(-1)!.date),
    changed: dated(file.commits[0]!.date),
    ...(href ? { href } : {}),
    corrections:
      meeting.status === 'approved'
        ? correctionsAfterApproval(file).map((c) => ({ ...dated(c.date), subject: c.subject }))
        : [],
  };
}

function historyLink(site: Site, repositoryPath: string): string | undefined {
  const pattern = site.historyLink ?? (site.repository ? DEFAULT_HISTORY_LINK : undefined);
  if (!pattern) return undefined;
  const file = repositoryPath.split('/').map(encodeURIComponent).join('/');
  return pattern.replace('{repository}', (site.repository ?? '').replace(/\/+$/, '')).replace('{file}', file);
}
