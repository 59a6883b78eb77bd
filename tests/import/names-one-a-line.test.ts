import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parishPdfImporter, type PdfLine as Line } from '../support/parish-import.ts';

/**
 * A label alone on its line ("Members of the Public:") over names printed one a line, the first with a
 * comma after it: read joined, "David Carlisle Joanna Carlisle" was one person, and the file was written.
 */
const { run } = parishPdfImporter();

const minutesWith = (attendance: Line[]): Line[] => [
  'MINUTES OF THE MEETING OF TESTHAM PARISH COUNCIL HELD ON 3 March 2025',
  '',
  'Present: Cllr A Brown (Chair), Cllr B Green, Cllr C White',
  '',
  ...attendance,
  '',
  '1. Apologies',
  'None.',
  '',
  '2. Minutes',
  'RESOLVED: that the minutes of the last meeting be approved.',
];

function others(attendance: Line[]): unknown {
  const result = run(minutesWith(attendance));
  if (!result.ok) throw new Error(`${result.problem}\n${(result.doubts ?? []).map((d) => d.what).join('\n')}`);
  return (matter(result.text).data as { attendance: { others?: unknown } }).attendance.others;
}

function doubtsOf(attendance: Line[]): string[] {
  const result = run(minutesWith(attendance));
  return result.ok ? [] : (result.doubts ?? []).map((d) => d.what);
}

describe('names printed one a line under a label alone on its line', () => {
  it('reads each line as a person, with or without a comma at its end', () => {
    expect(
      others(['Members of the Public:', 'Katy Draper,', 'David Carlisle', 'Joanna Carlisle', 'C/Cllr Epps']),
    ).toEqual(['Katy Draper', 'David Carlisle', 'Joanna Carlisle', 'Epps']);
    expect(others(['Members of the Public:', 'Mr Peter Hale', 'Mrs Ann Hale'])).toEqual(['Peter Hale', 'Ann Hale']);
  });

  it('keeps reading a list that runs over lines as one list', () => {
    expect(others(['Members of the Public:', 'Mr Peter Hale, Mrs Ann Hale and', 'Mr Roy Dunn'])).toEqual([
      'Peter Hale',
      'Ann Hale',
      'Roy Dunn',
    ]);
  });

  it('does not split a name whose line runs on to the next', () => {
    expect(others(['Members of the Public:', { text: 'Mr Peter', wraps: true }, 'Hale'])).toEqual(['Peter Hale']);
  });
});

describe('names run together among the officers and others', () => {
  it('is a doubt, so nothing is written', () => {
    const doubts = doubtsOf(['Members of the Public: Katy Draper, David Carlisle Joanna Carlisle C/Cllr Epps']);
    expect(doubts).toEqual([
      expect.stringContaining('"David Carlisle Joanna Carlisle C/Cllr Epps" was read as one person'),
    ]);
  });

  it('leaves words that describe who came, and posts, as they are', () => {
    expect(others(['Also present: Fifteen residents of the Parish'])).toEqual(['Fifteen residents of the Parish']);
    expect(doubtsOf(['Members of the public: Two members of the public'])).toEqual([]);
  });
});
