// A small archive in its own git repository, and a stand-in site build that
// writes pages with root-relative links the way the real build does.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SiteBuilder } from '../../src/snapshot/snapshot.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const COMMIT_DATE = '2025-11-12T09:30:00Z';

export async function temporaryFolder(label: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `minute-book-${label}-`));
}

export function git(root: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Clerk', '-c', 'user.email=clerk@example.org', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_DATE: COMMIT_DATE, GIT_COMMITTER_DATE: COMMIT_DATE },
      encoding: 'utf8',
    },
  ).trim();
}

/** A git repository holding the sample archive (content/ and _data/), committed once. */
export async function sampleArchive(): Promise<{ root: string; commit: string }> {
  const root = await temporaryFolder('archive');
  await cp(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  await cp(path.join(projectRoot, '_data'), path.join(root, '_data'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'The sample archive');
  return { root, commit: git(root, 'rev-parse', 'HEAD') };
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="stylesheet" href="/assets/minute-book.css">
</head>
<body>
<header class="site-header"><div class="wrap"><a class="site-name" href="/">Halton Borough Council <span>minutes</span></a>
<nav aria-label="Site"><ul><li><a href="/cyp/">Boards</a></li><li><a href="/search/">Search</a></li></ul></nav></div></header>
<main id="main" class="wrap" tabindex="-1">
${body}
</main>
<footer class="site-footer">
<div class="wrap">
<p>Published by Halton Borough Council.</p>
<p>Licence: <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>.</p>
</div>
</footer>
</body>
</html>
`;
}

/** Writes a small site like the real build's: pages, a stylesheet, a search page, a data export and a Pagefind bundle of two parts. */
/** The paper of the sample archive the stand-in site publishes, as the real build does: its file and the page of its text. */
export const STAND_IN_PAPER = {
  source: 'content/cyp/2025-09-08/agenda-and-minutes.pdf',
  file: 'cyp/2025-09-08/papers/agenda-and-minutes.pdf',
  page: 'cyp/2025-09-08/papers/agenda-and-minutes-pdf/',
};

export const standInSiteBuild: SiteBuilder = async (archiveRoot, out) => {
  const files: Record<string, string> = {
    'index.html': page('Minutes', '<h1>Minutes</h1><p><a href="/cyp/">Children, Young People and Families PPB</a></p>'),
    'cyp/index.html': page(
      'CYP',
      '<h1>CYP</h1><ul><li><a href="/cyp/2025-09-08/">8 September 2025</a></li><li><a href="/cyp/2025-11-10/#item-13">10 November 2025, item 13</a></li><li><a href="/cyp/meetings.json">Meetings as JSON</a></li></ul>',
    ),
    'cyp/2025-09-08/index.html': page(
      '8 September 2025',
      `<h1>8 September 2025</h1><p>Approved at <a href="/cyp/2025-11-10/#item-13">10 November 2025</a>.</p><ul class="documents"><li><a href="/${STAND_IN_PAPER.file}">Agenda and minutes</a> <a href="/${STAND_IN_PAPER.page}">Text of this paper</a></li></ul>`,
    ),
    [`${STAND_IN_PAPER.page}index.html`]: page(
      'Agenda and minutes',
      `<h1>Agenda and minutes</h1><p><a href="/${STAND_IN_PAPER.file}">Download the PDF</a></p><p>The Minutes of the meeting held on 9 June 2025 were taken as read.</p>`,
    ),
    'cyp/2025-11-10/index.html': page(
      '10 November 2025',
      '<h1>10 November 2025</h1><h2 id="item-13">13. Minutes</h2><p>Back to <a href="/cyp/">the board</a>.</p>',
    ),
    'search/index.html': page(
      'Search',
      '<h1>Search</h1><div id="search"></div><script src="/pagefind/pagefind-ui.js"></script><script>new PagefindUI({ element: "#search" });</script>',
    ),
    'assets/minute-book.css':
      'body { font-family: sans-serif; }\n.site-name { background: url(/assets/crest.svg) no-repeat; }\n',
    'assets/crest.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n',
    'cyp/meetings.json': '[{"date":"2025-09-08"},{"date":"2025-11-10"}]\n',
    'pagefind/pagefind-ui.js': 'window.PagefindUI = function () {};\n',
    'pagefind/pagefind-entry.json': '{"version":"1.6.0","languages":{}}\n',
    'pagefind/2022-23--2024-25/pagefind-entry.json': '{"version":"1.6.0","languages":{}}\n',
    'pagefind/parts.json':
      '{"parts":[{"path":"","municipalYears":["2025/26"],"pages":0},{"path":"2022-23--2024-25/","municipalYears":["2022/23","2023/24","2024/25"],"pages":0}]}\n',
    '404.html': page('Not found', '<h1>Not found</h1><p><a href="/">Home</a></p>'),
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(out, name)), { recursive: true });
    await writeFile(path.join(out, name), text);
  }
  await cp(path.join(archiveRoot, STAND_IN_PAPER.source), path.join(out, STAND_IN_PAPER.file));
};

export async function removeAll(...folders: string[]): Promise<void> {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
}
