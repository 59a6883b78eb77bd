import { describe, expect, it } from 'vitest';
import { importText } from '../../src/import/import-minutes.ts';
import { loadArchive } from '../../src/load/archive.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { lostOrInventedWords } from './words.ts';

/**
 * Page headers and footers of PDF minutes are dropped, and nothing else is:
 * small texts in the shapes other councils' PDFs come in.
 */
const root = copyOfSampleArchive({ '_data/boards.yaml': '- id: executive\n  name: Executive Board\n' });
const archive = loadArchive(root);

function importPdf(text: string) {
  const result = importText(text, 'minutes.txt', { root, dryRun: true, shape: 'pdf-text' }, archive);
  if (!result.ok) throw new Error(result.problem);
  expect(lostOrInventedWords(text, result)).toEqual([]);
  const body = result.text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return { body, furniture: result.report.furniture.filter((e) => e.text !== '').map((e) => `${e.what}: ${e.text}`) };
}

const opening =
  'At a meeting of the Executive Board held on Thursday, 12 March 2026 in the Town Hall\n\nPresent: Councillors Ahmed (Chair) and Brook\n\n';

describe('page furniture of PDF minutes', () => {
  it('a header naming the meeting, printed once at the top of the second page, is dropped and the sentence it cut is joined', () => {
    const { body, furniture } = importPdf(
      `${opening}EXB 1 BUDGET\n\nThe Board considered the budget for the\n\n\n\nExecutive Board 12.03.26\n\ncoming year.\n\nRESOLVED: That the budget be approved.\n`,
    );
    expect(furniture).toEqual(['a page header naming the meeting: Executive Board 12.03.26']);
    expect(body).toContain('The Board considered the budget for the coming year.');
  });

  it('a footer with the meeting and its page number, in text copied without empty lines, is dropped; a minute after it still starts', () => {
    const { body, furniture } = importPdf(
      `${opening}EXB 1 BUDGET\n\nThe Board considered the budget for the\nExecutive Board, 12 March 2026 - Page 1\ncoming year.\nRESOLVED: That the budget be approved.\n` +
        'Executive Board, 12 March 2026 - Page 2\nEXB 2 CAPITAL\nThe Board noted the capital programme.\n',
    );
    expect(furniture).toEqual([
      'a page header or footer with its page number: Executive Board, 12 March 2026 - Page 1',
      'a page header or footer with its page number: Executive Board, 12 March 2026 - Page 2',
    ]);
    expect(body).toContain('The Board considered the budget for the coming year.');
    expect(body).toContain('\n## EXB 2 CAPITAL\n\nThe Board noted the capital programme.\n');
  });

  it('the numbers of a vote, each alone between empty lines, are text, not page numbers', () => {
    const { body, furniture } = importPdf(
      `${opening}EXB 1 BUDGET\n\nThe votes cast were:\n\nFor\n\n7\n\nAgainst\n\n2\n\nRESOLVED: That the budget be approved.\n`,
    );
    expect(furniture).toEqual([]);
    expect(body).toMatch(/For\s+7\s+Against\s+2/);
  });

  it("lines of the minutes that come back beside page breaks are kept: a repeated sentence, titles that differ in a number, a sentence with the meeting's date", () => {
    const item = (quarter: number, page: number) =>
      `EXB ${quarter} PERFORMANCE REPORT FOR\n\nQUARTER ${quarter} 2025/26\n\n\n\nThe Board noted the position at 12 March 2026, which was\n\nPage ${page}\n\n` +
      `2025/26 were agreed by Members and included in the\n\n\n\nPlan for the year.\n\n`;
    const { body, furniture } = importPdf(`${opening}${item(3, 2)}${item(4, 3)}`);
    expect(furniture).toEqual(['a page number: Page 2', 'a page number: Page 3']);
    expect(body).toContain('## EXB 3 PERFORMANCE REPORT FOR QUARTER 3 2025/26');
    expect(body).toContain('## EXB 4 PERFORMANCE REPORT FOR QUARTER 4 2025/26');
    expect(
      body.match(
        /The Board noted the position at 12 March 2026, which was 2025\/26 were agreed by Members and included in the Plan for the year\./g,
      ),
    ).toHaveLength(2);
  });
});
