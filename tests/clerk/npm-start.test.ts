import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOfSampleArchive, meetingFile } from '../support/archive-copy.ts';
import { buildSite } from '../support/build-site.ts';
import { fingerprint } from '../support/fingerprint.ts';
import { startServer, type RunningServer } from '../support/npm-start.ts';
import { announceBrowserTests, launchChromium } from '../support/browser.ts';
import { BANNER_ID } from '../../src/serve/problem-banner.ts';

const MEETING = 'content/cyp/2025-09-08.md';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** A sample archive and a folder for npm start to serve from. */
function archiveAndSite(): { root: string; out: string } {
  return {
    root: copyOfSampleArchive(),
    out: path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-start-')), '_site'),
  };
}

function appendTo(root: string, file: string, sentence: string): void {
  const absolute = path.join(root, file);
  writeFileSync(absolute, `${readFileSync(absolute, 'utf8').trimEnd()}\n\n${sentence}\n`);
}

async function until(ready: () => Promise<boolean>, what: string): Promise<void> {
  const since = Date.now();
  while (!(await ready())) {
    if (Date.now() - since > 30_000)
      throw new Error(`${what} did not happen in time; npm start printed:\n${server?.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm start', () => {
  it('shows a saved meeting, then leaves the site exactly as npm run build makes it', async () => {
    const { root, out } = archiveAndSite();
    server = await startServer(root, out);
    await server.printed('Built 4 meetings');
    appendTo(root, MEETING, 'A sentence the clerk has just added.');
    await until(
      async () => (await server!.page('/cyp/2025-09-08/'))?.includes('A sentence the clerk has just added.') ?? false,
      'the saved meeting showing its new sentence',
    );
    await server.printed('Showing /cyp/2025-09-08/');
    // The rest of the site follows: the search index finds the new sentence too.
    await server.printed('Built 4 meetings', 2);

    const fresh = await buildSite({ root });
    expect(fresh.exitCode, fresh.stderr).toBe(0);
    expect(fingerprint(out)).toEqual(fingerprint(fresh.out));
  });

  it('prints an error with its file and line, shows it above the last good page in the browser, and shows the fix', async () => {
    const { root, out } = archiveAndSite();
    server = await startServer(root, out);
    await server.printed('Built 4 meetings');
    const before = await server.page('/cyp/2025-09-08/');
    const absolute = path.join(root, MEETING);
    const text = readFileSync(absolute, 'utf8');
    writeFileSync(
      absolute,
      `${text.replace('status: draft', 'status: drafty').trimEnd()}\n\nA sentence saved with a mistake above it.\n`,
    );
    await server.printed('Not shown: the content has 1 error');
    expect(server.output()).toMatch(/content\/cyp\/2025-09-08\.md:\d+:\d+: error: /);
    await until(
      async () => (await server!.page('/cyp/2025-09-08/'))?.includes(`id="${BANNER_ID}"`) ?? false,
      'the problems showing in the page',
    );
    const shown = (await server.page('/cyp/2025-09-08/'))!;
    expect(shown).toMatch(/content\/cyp\/2025-09-08\.md:\d+:\d+: error: /);
    // Apart from the box of problems, the page is the last good one, without the sentence saved with the mistake.
    expect(shown.replace(/<div id="minute-book-problems"[\s\S]*?<\/div>/, '')).toBe(before);
    expect(await server.page('/cyp/')).toContain(`id="${BANNER_ID}"`);

    writeFileSync(absolute, `${text.trimEnd()}\n\nA sentence saved with the mistake fixed.\n`);
    await until(
      async () =>
        (await server!.page('/cyp/2025-09-08/'))?.includes('A sentence saved with the mistake fixed.') ?? false,
      'the fixed meeting showing',
    );
    await until(
      async () => !(await server!.page('/cyp/'))?.includes(`id="${BANNER_ID}"`),
      'the problems no longer showing',
    );
  });

  it('takes a removed meeting off the site', async () => {
    const { root, out } = archiveAndSite();
    server = await startServer(root, out);
    await server.printed('Built 4 meetings');
    expect(await server.page('/cyp/')).toContain('/cyp/2025-11-10/');
    rmSync(path.join(root, 'content/cyp/2025-11-10.md'));
    await server.printed('Built 3 meetings');
    expect(await server.page('/cyp/2025-11-10/')).toBeUndefined();
    expect(await server.page('/cyp/')).not.toContain('/cyp/2025-11-10/');
  });
});

describe('npm start, with new meetings and people', () => {
  it('shows a meeting added while it runs, and the people as renamed in _data/people.yaml', async () => {
    const { root, out } = archiveAndSite();
    server = await startServer(root, out);
    await server.printed('Built 4 meetings');
    writeFileSync(
      path.join(root, 'content/cyp/2025-12-08.md'),
      meetingFile(
        'date: 2025-12-08\nstatus: draft',
        '## 1. Apologies\n\nApologies were received from Councillor Logan.\n',
      ),
    );
    await until(
      async () => (await server!.page('/cyp/2025-12-08/'))?.includes('Apologies were received') ?? false,
      'the added meeting showing',
    );
    await server.printed('Built 5 meetings');
    expect(await server.page('/cyp/')).toContain('/cyp/2025-12-08/');

    const people = path.join(root, '_data/people.yaml');
    writeFileSync(
      people,
      readFileSync(people, 'utf8').replace('name: Councillor Geoffrey Logan', 'name: Councillor Geoff Logan'),
    );
    await server.printed('Built 5 meetings', 2);
    const meeting = await server.page('/cyp/2024-07-15/');
    expect(meeting).toContain('Councillor Geoff Logan');
    expect(meeting).not.toContain('Councillor Geoffrey Logan');
  });
});

describe.runIf(announceBrowserTests('npm start reloading the browser, in Chromium'))(
  'npm start, in the browser',
  () => {
    it('reloads the page the clerk is looking at when its meeting is saved', async () => {
      const { root, out } = archiveAndSite();
      server = await startServer(root, out);
      await server.printed('Built 4 meetings');
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(new URL('cyp/2025-09-08/', server.url).href);
        appendTo(root, MEETING, 'A sentence the browser shows without being asked.');
        await page.getByText('A sentence the browser shows without being asked.').waitFor({ timeout: 20_000 });
      } finally {
        await browser.close();
      }
    });
  },
);
