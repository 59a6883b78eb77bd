import { describe, expect, it } from 'vitest';
import { readMeeting } from '../../src/load/meeting.ts';
import { PeopleDirectory } from '../../src/load/people-directory.ts';
import { Diagnostics } from '../../src/model/diagnostics.ts';
import { itemText } from '../../src/model/item-text.ts';
import { markdown, plainText } from '../../src/text/markdown.ts';

/** The item of a meeting with one item, as the loader reads it. */
function itemOf(markdownBody: string) {
  const text = `---\ndate: 2025-01-01\nstatus: draft\n---\n## 1. Item\n\n${markdownBody}\n`;
  const read = readMeeting(
    { file: 'content/board/2025-01-01.md', boardId: 'board', slug: '2025-01-01', text },
    new PeopleDirectory([]),
    new Diagnostics(),
  );
  return read!.meeting.items[0]!;
}

/** The plain text of a body as the Markdown's tokens give it: what the open data has always said. */
function textOfTokens(markdownBody: string): string {
  return plainText(markdown.parse(markdownBody, {}));
}

describe("an item's plain text, read back from its HTML", () => {
  const bodies: Record<string, string> = {
    'paragraphs with a line break in one': 'The Board noted the report.\nIt asked for more.\n\nA second paragraph.',
    'a hard line break': 'Fees for 2026:  \n£120,000',
    'a tight list': 'The Board heard from:\n\n- the Treasurer\n- the Auditor',
    'a loose list': '1. First point.\n\n2. Second point.',
    'a list in a list': '- Housing\n  - damp and mould\n  - repairs\n- Roads',
    'a table with an empty cell': '| Year | Fee |\n|---|---|\n| 2026 | £120,000 |\n| 2027 | |',
    'a heading and a quotation': '### Questions\n\n> Would the fund rise?\n\nIt would.',
    'characters the HTML escapes': 'Spend < £5 & "small" > nothing; the Chair\'s view, `a < b`.',
    'links and emphasis': 'See [the report](https://example.org/r?a=1&b=2) and *the* **plan**.',
    'a code block, which is not text': 'Before.\n\n    indented code\n\nAfter.',
    'a code block in a list entry': '- Before:\n\n      indented code\n- After.',
  };
  for (const [what, body] of Object.entries(bodies)) {
    it(`gives the text of ${what} as the Markdown's tokens do, without keeping it`, () => {
      const item = itemOf(body);
      expect(itemText(item)).toBe(textOfTokens(body));
      expect(item.text).toBeUndefined();
    });
  }

  it('leaves out the "Decision" label the page shows, and keeps "RESOLVED:" as written', () => {
    const item = itemOf(
      'The Board considered the plan.\n\nRESOLVED: That\n\n1. the plan be approved; and\n2. the fund rise.',
    );
    expect(item.decisions).toHaveLength(1);
    expect(itemText(item)).toBe(
      'The Board considered the plan.\nRESOLVED: That\nthe plan be approved; and\nthe fund rise.',
    );
    expect(item.text).toBeUndefined();
  });

  it("keeps the text where the HTML would not give it back, such as an image's description", () => {
    const body = 'The plan: ![a map of the site](map.png)';
    const item = itemOf(body);
    expect(item.text).toBe('The plan: a map of the site');
    expect(itemText(item)).toBe(textOfTokens(body));
  });
});
