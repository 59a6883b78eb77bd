import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive, writeArchive } from '../../scripts/bench/generate.ts';
import { measureCommand } from '../../scripts/bench/measure-command.ts';
import { eleventyCommand, writeEleventyPeer } from '../../scripts/bench/peers/eleventy-peer.ts';
import { hasHugo, HUGO_PATH, hugoCommand, writeHugoPeer } from '../../scripts/bench/peers/hugo-peer.ts';
import { boardNames } from '../../scripts/bench/peers/peer-content.ts';
import { pagefindCommand } from '../../scripts/bench/peers/pagefind-command.ts';
import { measureSearchOnTheWire } from '../../scripts/bench/search-on-the-wire.ts';
import { announceBrowserTests } from '../support/browser.ts';

// The peers are only a fair comparison if their pages carry what Minute Book's do: title, board, date and body.
const work = mkdtempSync(path.join(tmpdir(), 'minute-book-peers-'));
const root = path.join(work, 'archive');
writeArchive(root, generateArchive({ meetings: 8, seed: 5 }));
const board = 'board-001';
const boardName = boardNames(root)[board]!;
const meeting = readFileSync(path.join(root, 'content', board, '2026-10-30.md'), 'utf8');
const firstItem = /^## (.+)$/m.exec(meeting)![1]!;

function expectComparablePage(html: string) {
  expect(html).toContain(`<title>${boardName}, 30 October 2026</title>`);
  expect(html).toContain(`<span data-pagefind-filter="board">${boardName}</span>`);
  expect(html).toContain('<time datetime="2026-10-30">');
  expect(html).toMatch(/<main data-pagefind-body>/);
  expect(html).toContain(`${firstItem}</h2>`);
}

describe('the peer sites of the benchmark', () => {
  it('Eleventy: each meeting is a page with its title, board, date and body, marked for Pagefind', async () => {
    const folder = path.join(work, 'eleventy');
    const { input, config } = writeEleventyPeer(root, folder);
    const built = await measureCommand(eleventyCommand(folder, input, config, path.join(folder, '_site')));
    expect(built.output).not.toMatch(/error/i);
    expect(built.exitCode).toBe(0);
    expectComparablePage(readFileSync(path.join(folder, '_site', board, '2026-10-30/index.html'), 'utf8'));
  });

  it('Hugo: the same, from a minimal Hugo site', async () => {
    if (!hasHugo()) {
      console.warn(`SKIPPED: the Hugo peer: Hugo is not installed at ${HUGO_PATH} (apt-get install hugo).`);
      return;
    }
    const folder = path.join(work, 'hugo');
    writeHugoPeer(root, folder);
    const built = await measureCommand(hugoCommand(folder, path.join(folder, 'public')));
    expect(built.output).toBe('');
    expect(built.exitCode).toBe(0);
    expectComparablePage(readFileSync(path.join(folder, 'public', board, '2026-10-30/index.html'), 'utf8'));
  });

  it("Hugo: its search page finds meetings through Pagefind's single index, shown as Minute Book shows results", async () => {
    if (!hasHugo()) {
      console.warn(`SKIPPED: the Hugo peer's search: Hugo is not installed at ${HUGO_PATH} (apt-get install hugo).`);
      return;
    }
    if (!announceBrowserTests("the Hugo peer's search page")) return;
    const folder = path.join(work, 'hugo-search');
    const site = path.join(folder, 'public');
    writeHugoPeer(root, folder);
    expect((await measureCommand(hugoCommand(folder, site))).exitCode).toBe(0);
    expect((await measureCommand(pagefindCommand(site))).exitCode).toBe(0);
    const [page, query] = await measureSearchOnTheWire(site, [firstItem]);
    expect(page!.step).toBe('search page');
    expect(query!.step).toBe(`query “${firstItem}”`);
    expect(query!.results).toBeGreaterThan(0);
    expect(query!.firstResultMs).toBeGreaterThan(0);
    expect(query!.onFirstScreen).toBe(true);
  });
});
