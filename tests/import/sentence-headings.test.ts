import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFor, importText } from '../../src/import/import-minutes.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * Minutes whose first items are single sentences ("2. The minutes from the
 * last AGM were approved") and whose headings wrap onto the next line
 * ("… were filled" / "unopposed"), as Broomhill Community Council's minutes
 * of 9 October 2024 print them (the corpus holds them): the importer once
 * wrote them with exit 0, items 1–4 lost into the text before the first item
 * and titles cut mid-sentence. Held here on short made-up minutes.
 */
const root = copyOfSampleArchive({
  '_data/boards.yaml': `${readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8')}\n- id: cc\n  name: Community Council\n`,
});
const archive = archiveFor(root);
const run = (text: string) => importText(text, 'minutes.txt', { root, board: 'cc', dryRun: true }, archive);

const header = `Minutes of Meeting of the Community Council held on 9th October 2024

Present: Councillors Ann Rennie, Bob Scott and Cat Hamdy
`;

describe('items whose headings are sentences, and headings that wrap', () => {
  // Where the numbered paragraphs run 1, 2, 3 … in order, each is an item (paragraph-heads.test.ts); here the
  // numbers skip 3, so the sentences may be numbered points as well as items, and the reader must say.
  it('a paragraph numbered as an earlier item before the first item read is a doubt, not a file without it', () => {
    const result = run(`${header}
1. The minutes from the last meeting were approved

2. The Chair’s annual report was approved

4. Public Forum

Residents raised the state of the oval.
`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain('the text before the first item has a paragraph numbered as an item');
    expect(result.problem).toContain('("1. The minutes from the last meeting were approved")');
    expect(result.problem).toContain('the items before item 4 may not have been read');
  });

  it('such a paragraph stays a paragraph, as written, in the draft --accept-doubts writes, so the draft passes the check', () => {
    const result = importText(
      `${header}
1. The minutes from the last meeting were approved

2. The Chair’s annual report was approved

4. Public Forum

Residents raised the state of the oval.
`,
      'minutes.txt',
      { root, board: 'cc', dryRun: true, acceptDoubts: true },
      archive,
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('\n1\\. The minutes from the last meeting were approved\n');
    expect(result.text).toContain('\n2\\. The Chair’s annual report was approved\n');
    expect(result.text).toContain('## 4. Public Forum\n');
    expect(result.text).toContain('the items before item 4 may not have been read');
  });

  it('an item whose text starts in lower case, where its title has not ended, is a doubt that names the item', () => {
    const result = run(`${header}
1. Public Forum Residents raised concerns about the state of the oval. It
was being neglected by the city council.

2. Updates

The Treasurer reported.
`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain(
      'the text of item 1 starts in lower case ("was being neglected by the city council."): its title may be the first line of a sentence',
    );
  });

  it('stands back for a list marked "i)" under a title, and for a title that ends its sentence', () => {
    const result = run(`${header}
1. Finance

i) The bank statement was noted.

2. Planning:

none received.
`);
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('## 1. Finance');
    expect(result.text).toContain('## 2. Planning:');
  });
});

describe('a meeting’s agenda passed for its minutes', () => {
  it('is refused when most items have no text, and minutes with one bare item are not', () => {
    const agenda = run(`${header}
1. Welcome

2. Sederunt & apologies

3. Approve the minutes from last AGM

4. Public Forum

Residents may raise matters.
`);
    expect(agenda.ok).toBe(false);
    if (agenda.ok) return;
    expect(agenda.problem).toContain(
      "3 of the 4 items have no text: the file may be the meeting's agenda, not its minutes",
    );

    const minutes = run(`${header}
1. Welcome

2. Apologies

None were received.

3. Public Forum

Residents raised the state of the oval.
`);
    if (!minutes.ok) throw new Error(minutes.problem);
    expect(minutes.text).toContain('## 1. Welcome');
  });
});
