// The snapshot's WACZ replayed by ReplayWeb.page itself in a real browser.
// ReplayWeb.page's package asks for Node 22 to be installed, so this runs when
// REPLAYWEBPAGE_DIR names a folder holding its ui.js and sw.js (from
// `npm pack replaywebpage@2.5.3`); .ci/run fetches them so, and CI runs it.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import type { Frame, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSnapshot, type Snapshot } from '../../src/snapshot/snapshot.ts';
import { announceBrowserTests, launchChromium } from '../support/browser.ts';
import { removeAll, sampleArchive, STAND_IN_PAPER, standInSiteBuild, temporaryFolder } from './fixture.ts';
import { serveFolder } from './helpers.ts';

const player = process.env.REPLAYWEBPAGE_DIR;
const hasPlayer = Boolean(player && existsSync(path.join(player, 'ui.js')) && existsSync(path.join(player, 'sw.js')));
if (!hasPlayer) {
  console.warn(
    'SKIPPED: the WACZ was not replayed in ReplayWeb.page: set REPLAYWEBPAGE_DIR to an unpacked replaywebpage package (npm pack replaywebpage@2.5.3; tar -xzf) to run it.',
  );
}
const canRun = announceBrowserTests('replaying the WACZ in ReplayWeb.page') && hasPlayer;

let archive: { root: string; commit: string };
let www: string;
let snapshot: Snapshot;

beforeAll(async () => {
  if (!canRun) return;
  archive = await sampleArchive();
  www = await temporaryFolder('replay');
  snapshot = await makeSnapshot({
    archiveRoot: archive.root,
    out: path.join(www, 'out'),
    buildSite: standInSiteBuild,
    software: 'Minute Book 0.1.0',
    env: {},
  });
  await mkdir(path.join(www, 'replay'), { recursive: true });
  await copyFile(path.join(player!, 'ui.js'), path.join(www, 'ui.js'));
  await copyFile(path.join(player!, 'sw.js'), path.join(www, 'replay', 'sw.js'));
  // The player's own page, for when its frame is asked for before the service worker has
  // taken control (a first visit): the plain server would answer that request 404, and the
  // player never showed the page, once in 16 runs on a loaded machine.
  await writeFile(
    path.join(www, 'replay', 'index.html'),
    '<!doctype html><html><head><script src="../ui.js"></script></head><body><replay-app-main embed="replayonly"></replay-app-main></body></html>\n',
  );
  await copyFile(path.join(snapshot.bagFolder, 'data/web-archive.wacz'), path.join(www, 'archive.wacz'));
  for (const [name, address] of [
    ['index.html', 'cyp/2025-09-08/'],
    ['paper.html', STAND_IN_PAPER.page],
    ['file.html', STAND_IN_PAPER.file],
  ]) {
    await writeFile(
      path.join(www, name!),
      `<!doctype html>
<html><head><script src="/ui.js"></script></head>
<body><replay-web-page source="/archive.wacz" url="https://minutes.example.org/${address}" replayBase="/replay/" embed="replayonly" style="display:block;height:600px"></replay-web-page></body></html>
`,
    );
  }
});

afterAll(async () => {
  if (canRun) await removeAll(archive.root, www);
});

describe('the web archive in ReplayWeb.page', () => {
  it.skipIf(!canRun)('replays a meeting page at its canonical address, with the snapshot note', async () => {
    const server = await serveFolder(www);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/index.html`);
      // Generous: the player unpacks the WACZ in a service worker, slow on a busy two-core machine.
      const deadline = Date.now() + 90_000;
      let replayed: { heading: string | null; footer: string | null } | undefined;
      while (!replayed && Date.now() < deadline) {
        for (const frame of page.frames()) {
          if (!frame.url().includes('mp_/https://minutes.example.org/cyp/2025-09-08/')) continue;
          const seen = await frame
            .evaluate(() => ({
              heading: document.querySelector('h1')?.textContent ?? null,
              footer: document.querySelector('.snapshot-note')?.textContent ?? null,
            }))
            .catch(() => undefined);
          // The frame may be found before its page has loaded: wait for the page itself.
          if (seen?.heading) replayed = seen;
        }
        if (!replayed) await page.waitForTimeout(250);
      }
      expect(replayed?.heading).toBe('8 September 2025');
      expect(replayed?.footer).toContain(archive.commit);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it.skipIf(!canRun)("replays a paper's text page, and its PDF as the archive keeps it", async () => {
    const server = await serveFolder(www);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/paper.html`);
      const heading = await replayedFrame(
        page,
        `mp_/https://minutes.example.org/${STAND_IN_PAPER.page}`,
        () => document.querySelector('h1')?.textContent ?? null,
      );
      expect(heading).toBe('Agenda and minutes');
      // The file, in the player's frame: fetched again there, through its service worker, it is the bytes the archive keeps.
      const pdfPage = await browser.newPage();
      await pdfPage.goto(`${server.origin}/file.html`);
      const pdfFrame = await waitForFrame(pdfPage, `mp_/https://minutes.example.org/${STAND_IN_PAPER.file}`);
      const bytes = await pdfFrame.evaluate(async () => {
        const response = await fetch(location.href);
        return { type: response.headers.get('content-type'), bytes: [...new Uint8Array(await response.arrayBuffer())] };
      });
      expect(bytes.type).toBe('application/pdf');
      expect(Buffer.from(bytes.bytes).equals(await readFile(path.join(archive.root, STAND_IN_PAPER.source)))).toBe(
        true,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

/** The player's frame showing `address`, once it has loaded (generous: the player unpacks the WACZ in a service worker). */
async function waitForFrame(page: Page, address: string): Promise<Frame> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().includes(address));
    if (frame && (await frame.evaluate(() => document.readyState).catch(() => undefined)) === 'complete') return frame;
    await page.waitForTimeout(250);
  }
  throw new Error(`the player never showed ${address}`);
}

async function replayedFrame<T>(page: Page, address: string, read: () => T): Promise<T> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (!frame.url().includes(address)) continue;
      const seen = await frame.evaluate(read).catch(() => undefined);
      if (seen) return seen;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`the player never showed ${address}`);
}
