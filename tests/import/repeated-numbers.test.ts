import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFor, importText } from '../../src/import/import-minutes.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * An item number printed twice. Minutes sometimes end with a heading numbered as an earlier item ("3. DATE OF
 * NEXT MEETING" after items 3, 4 and 5, as a community council's website post does); elsewhere a number comes
 * twice because a numbered point of an item looks like an item. Either way the importer refuses: it neither
 * guesses the number meant nor folds one heading into another, and it says what the clerk can do that works.
 */
const root = copyOfSampleArchive({
  '_data/boards.yaml': `${readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8')}\n- id: community\n  name: Community Council\n`,
});
const archive = archiveFor(root);
const run = (text: string) => importText(text, 'minutes.txt', { root, board: 'community', dryRun: true }, archive);
/** Minutes as a website keeps them: a post's Markdown, with its front matter. */
const post = (items: string) =>
  `---\nlayout: post\ntitle: "General Meeting 2nd September 2024"\n---\n\n**COMMUNITY COUNCIL**\n\n**GENERAL MEETING MONDAY 2 SEPTEMBER 2024**\n\n**Present**: Ann Dent, Tom Landau, Sue Park\n\n${items}`;
/** The same minutes as plain text, copied from the signed minutes. */
const plain = (items: string) =>
  `MINUTES of a meeting of the Community Council held in the Library on Monday, 2 September 2024.\n\nPresent: Ann Dent, Tom Landau and Sue Park\n\n${items}`;
const items = (last: string) =>
  `1. Minutes\n\nApproved.\n\n2. Matters Arising\n\nNone.\n\n3. Treasurer\n\nThe balance is £120.\n\n4. Planning\n\nNo applications.\n\n${last}`;
const doubtsOf = (problem: string) => problem.split('\n').filter((l) => l.startsWith('  source line'));
const numbersOf = (file: string) => [...file.matchAll(/^## (\d+)\./gm)].map((m) => m[1]);

describe('an item number printed twice', () => {
  it('a post whose last heading is numbered as an earlier item: one doubt, which says both readings and what to write', () => {
    const result = run(post(items('2. **DATE OF NEXT MEETING: MONDAY 7 OCTOBER**\n')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(doubtsOf(result.problem)).toHaveLength(1);
    expect(result.problem).toContain(
      'the last item, "DATE OF NEXT MEETING: MONDAY 7 OCTOBER", is numbered 2 after item 4',
    );
    expect(result.problem).toContain('give its heading the number its place gives (5)');
    // What the doubt says to do works: numbered 5, the file is written with every item.
    const fixed = run(
      post(items('5. **DATE OF NEXT MEETING: MONDAY 7 OCTOBER**\n\nThe minutes print this item as 2.\n')),
    );
    if (!fixed.ok) throw new Error(fixed.problem);
    expect(numbersOf(fixed.text)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('plain text whose last heading, in capitals, is numbered as an earlier item: doubted, not dropped as a page’s heading', () => {
    const result = run(plain(items('2. DATE OF NEXT MEETING: MONDAY 7 OCTOBER\n')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(doubtsOf(result.problem)).toHaveLength(1);
    expect(result.problem).toContain(
      '"2. DATE OF NEXT MEETING: MONDAY 7 OCTOBER" after the last item, 4, is set apart as a heading numbered 2, as an earlier item is',
    );
    const fixed = run(plain(items('5. DATE OF NEXT MEETING: MONDAY 7 OCTOBER\n\nThe minutes print this item as 2.\n')));
    if (!fixed.ok) throw new Error(fixed.problem);
    expect(numbersOf(fixed.text)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('but a numbered point of the last item, written as a sentence, stays its text', () => {
    const result = run(plain(items('1. That the accounts be paid.\n')));
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('1. That the accounts be paid.');
  });

  it('a post with a heading alone in its paragraph, numbered lower than the item before: doubted, not folded into that item', () => {
    const result = run(
      post(
        '1. Minutes\n\nApproved.\n\n2. Matters Arising\n\nNone.\n\n3. Treasurer\n\nFine.\n\n2. Planning\n\nNone.\n\n4. AOB\n\nNone.\n',
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain('"2. Planning" is a paragraph of its own numbered 2, after item 3');
  });

  it('but numbered points in a run inside an item ("1. Footpaths", "2. Planning") stay its text, undoubted', () => {
    const result = run(
      post(
        '1. Minutes\n\nApproved.\n\n2. Matters Arising\n\nNone.\n\n3. Reports\n\nThe Clerk raised:\n\n1. Footpaths\n\n2. Planning\n\n4. AOB\n\nNone.\n',
      ),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(numbersOf(result.text)).toEqual(['1', '2', '3', '4']);
    expect(result.text).toContain('Footpaths');
    expect(result.text).toContain('Planning');
  });
});
