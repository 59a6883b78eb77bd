import { describe, expect, it } from 'vitest';
import { copyOfSampleArchive, meetingFile } from '../support/archive-copy.ts';
import { docxOf, encryptedPdf, LFS_POINTER, pdfOf } from '../support/paper-files.ts';
import { loadArchive } from '../../src/load/archive.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const MEETING = 'content/cyp/2025-12-08.md';
const FOLDER = 'content/cyp/2025-12-08';

/** A meeting naming one paper, on line 5 of its file. */
function meetingWithPaper(file: string, item = '30'): string {
  return meetingFile(
    `date: 2025-12-08\nstatus: draft\ndocuments:\n  - title: Budget report\n    item: "${item}"\n    kind: report\n    file: ${file}`,
    '## 30. Budget\n\nRESOLVED: That the budget be noted.\n',
  );
}

function diagnosticsOf(files: Record<string, string | Buffer>, site?: string) {
  const root = copyOfSampleArchive({
    ...files,
    ...(site ? { '_data/site.yaml': `${readFileSync('_data/site.yaml', 'utf8')}${site}` } : {}),
  });
  const archive = loadArchive(root, { today: '2026-01-01', parseThreads: 1 });
  return { archive, found: (code: string) => archive.diagnostics.filter((d) => d.code === code) };
}

describe('the check of papers', () => {
  it('reads a good PDF: its size, hash, pages and headings, with no problem', async () => {
    const pdf = await pdfOf([{ heading: 'Budget 2026' }, { paragraph: 'The budget is balanced.' }]);
    const { archive } = diagnosticsOf({ [MEETING]: meetingWithPaper('budget.pdf'), [`${FOLDER}/budget.pdf`]: pdf });
    expect(archive.diagnostics.filter((d) => d.file.startsWith(FOLDER) || d.file === MEETING)).toEqual([]);
    const meeting = archive.meetings.find((m) => m.key === 'cyp/2025-12-08')!;
    const paper = meeting.items[0]!.documents[0]!.paper!;
    expect(paper).toMatchObject({
      path: `${FOLDER}/budget.pdf`,
      bytes: pdf.length,
      format: 'pdf',
      mediaType: 'application/pdf',
      pages: 1,
    });
    expect(paper.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(paper.text!.sections).toEqual([
      { heading: 'Budget 2026', level: 2, paragraphs: ['The budget is balanced.'] },
    ]);
  });

  it("reads a council's own published PDF: its pages and its text, in order", () => {
    const real = readFileSync(path.join(import.meta.dirname, 'fixtures/kent-budget-monitoring-2024-11.pdf'));
    const { archive } = diagnosticsOf({
      [MEETING]: meetingWithPaper('budget-monitoring.pdf'),
      [`${FOLDER}/budget-monitoring.pdf`]: real,
    });
    expect(archive.diagnostics.filter((d) => d.file.startsWith(FOLDER) || d.file === MEETING)).toEqual([]);
    const paper = archive.meetings.find((m) => m.key === 'cyp/2025-12-08')!.items[0]!.documents[0]!.paper!;
    expect(paper.pages).toBe(4);
    const text = paper.text!.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs]).join('\n');
    expect(text).toContain('Cabinet, 30 January 2025');
    expect(text).toContain('Revenue and Capital Budget Monitoring Report');
    // Lines broken by the layout are joined again into the paragraph they belong to.
    expect(text).toMatch(/The attached report sets out the revenue and capital[^\n]*November 2024-25\./);
  });

  it("reads a Word document's headings and paragraphs with mammoth", () => {
    const { archive } = diagnosticsOf({
      [MEETING]: meetingWithPaper('budget.docx'),
      [`${FOLDER}/budget.docx`]: docxOf('Budget 2026', 'The budget is balanced.'),
    });
    expect(archive.diagnostics.filter((d) => d.file.startsWith(FOLDER) || d.file === MEETING)).toEqual([]);
    const paper = archive.meetings.find((m) => m.key === 'cyp/2025-12-08')!.items[0]!.documents[0]!.paper!;
    expect(paper).toMatchObject({
      format: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(paper.pages).toBeUndefined();
    expect(paper.text!.sections).toEqual([
      { heading: 'Budget 2026', level: 2, paragraphs: ['The budget is balanced.'] },
    ]);
  });

  it('names a file that is missing, on the line of its document', () => {
    const { found } = diagnosticsOf({ [MEETING]: meetingWithPaper('budget.pdf') });
    expect(found('paper-missing')).toMatchObject([
      { file: MEETING, line: 5, severity: 'error', message: `${FOLDER}/budget.pdf is missing` },
    ]);
  });

  it('names a file in a meeting folder that nothing names, and one in a folder without a meeting', async () => {
    const pdf = await pdfOf([{ paragraph: 'Stray.' }]);
    const { found } = diagnosticsOf({
      [MEETING]: meetingWithPaper('budget.pdf'),
      [`${FOLDER}/budget.pdf`]: pdf,
      [`${FOLDER}/stray.pdf`]: pdf,
      'content/cyp/2019-01-01/lost.pdf': pdf,
    });
    expect(found('paper-unnamed').map((d) => [d.file, d.line, d.severity])).toEqual([
      ['content/cyp/2019-01-01/lost.pdf', 1, 'warning'],
      [`${FOLDER}/stray.pdf`, 1, 'warning'],
    ]);
    expect(found('paper-unnamed')[1]!.message).toBe('nothing in 2025-12-08.md names this file, so it is not published');
  });

  it('says when a .pdf is not a PDF, and what it is', () => {
    const { found } = diagnosticsOf({
      [MEETING]: meetingWithPaper('budget.pdf'),
      [`${FOLDER}/budget.pdf`]: '<!DOCTYPE html><html><title>Not found</title></html>',
    });
    expect(found('paper-type')).toMatchObject([
      { file: MEETING, line: 5, severity: 'error', message: 'budget.pdf ends .pdf but is not a PDF: it is a web page' },
    ]);
  });

  it('says when a PDF cannot be read', () => {
    const { found } = diagnosticsOf({
      [MEETING]: meetingWithPaper('budget.pdf'),
      [`${FOLDER}/budget.pdf`]: '%PDF-1.7\nthis was cut short',
    });
    expect(found('paper-unreadable')).toMatchObject([{ file: MEETING, line: 5, severity: 'error' }]);
    expect(found('paper-unreadable')[0]!.message).toContain('budget.pdf cannot be read as a PDF');
  });

  it('says when a PDF is encrypted', async () => {
    const { found } = diagnosticsOf({
      [MEETING]: meetingWithPaper('budget.pdf'),
      [`${FOLDER}/budget.pdf`]: await encryptedPdf(),
    });
    expect(found('paper-encrypted')).toMatchObject([
      {
        file: MEETING,
        line: 5,
        severity: 'error',
        message: 'budget.pdf is encrypted, so its text cannot be read or kept',
      },
    ]);
  });

  it('says when a file is over the size the site sets', async () => {
    const pdf = await pdfOf([{ paragraph: 'A budget. '.repeat(400) }]);
    expect(pdf.length).toBeGreaterThan(2000);
    const { found } = diagnosticsOf(
      { [MEETING]: meetingWithPaper('budget.pdf'), [`${FOLDER}/budget.pdf`]: pdf },
      'paper_size_limit: 0.002\n',
    );
    expect(found('paper-too-large').filter((d) => d.file === MEETING)).toMatchObject([
      { file: MEETING, line: 5, severity: 'error' },
    ]);
    expect(found('paper-too-large').find((d) => d.file === MEETING)!.message).toBe(
      `budget.pdf is ${Math.round(pdf.length / 1000)} KB, over the 2 KB the site takes ("paper_size_limit" in _data/site.yaml)`,
    );
  });

  it('refuses an unsafe file name', () => {
    for (const name of ['"Budget report.pdf"', '../2025-09-08.md', '.hidden.pdf', '"budget;rm.pdf"']) {
      const { found } = diagnosticsOf({ [MEETING]: meetingWithPaper(name) });
      expect(found('paper-file-name'), name).toMatchObject([{ file: MEETING, line: 5, severity: 'error' }]);
    }
  });

  it('keeps a paper for an item the meeting lacks with the meeting, and says so', async () => {
    const pdf = await pdfOf([{ paragraph: 'Budget.' }]);
    const { archive, found } = diagnosticsOf({
      [MEETING]: meetingWithPaper('budget.pdf', '31'),
      [`${FOLDER}/budget.pdf`]: pdf,
    });
    expect(found('item-unknown')).toMatchObject([{ file: MEETING, line: 5, severity: 'warning' }]);
    const meeting = archive.meetings.find((m) => m.key === 'cyp/2025-12-08')!;
    expect(meeting.documents.map((d) => d.paper?.path)).toEqual([`${FOLDER}/budget.pdf`]);
  });

  it('says when a file is a Git LFS pointer, not the file', () => {
    const { found } = diagnosticsOf({
      [MEETING]: meetingWithPaper('budget.pdf'),
      [`${FOLDER}/budget.pdf`]: LFS_POINTER,
    });
    expect(found('paper-lfs-pointer')).toMatchObject([{ file: MEETING, line: 5, severity: 'error' }]);
    expect(found('paper-lfs-pointer')[0]!.message).toContain('Git LFS pointer');
  });

  it('with a cache, reads a file again only once it has changed, and then checks it afresh', async () => {
    const pdf = await pdfOf([{ heading: 'Budget 2026' }, { paragraph: 'The budget is balanced.' }]);
    const root = copyOfSampleArchive({ [MEETING]: meetingWithPaper('budget.pdf'), [`${FOLDER}/budget.pdf`]: pdf });
    const cache = path.join(root, '.cache');
    const paperOf = (archive: ReturnType<typeof loadArchive>) =>
      archive.meetings.find((m) => m.key === 'cyp/2025-12-08')!.items[0]!.documents[0]!.paper;
    const first = loadArchive(root, { today: '2026-01-01', parseThreads: 1, cache });
    const second = loadArchive(root, { today: '2026-01-01', parseThreads: 1, cache });
    expect(paperOf(second)).toEqual(paperOf(first));
    expect(paperOf(second)!.text!.sections[0]!.heading).toBe('Budget 2026');
    writeFileSync(path.join(root, FOLDER, 'budget.pdf'), '<!DOCTYPE html><p>Not found</p>');
    const third = loadArchive(root, { today: '2026-01-01', parseThreads: 1, cache });
    expect(third.diagnostics.filter((d) => d.code === 'paper-type')).toHaveLength(1);
    expect(paperOf(third)).toBeUndefined();
  });

  it("takes the sample archive's papers without a problem", () => {
    const archive = loadArchive(path.resolve('.'), { parseThreads: 1 });
    const papers = archive.meetings.flatMap((m) => m.documents.filter((d) => d.paper));
    expect(papers.map((d) => d.paper!.path)).toEqual([
      'content/cyp/2024-07-15/signed-minutes.pdf',
      'content/cyp/2025-09-08/agenda-and-minutes.pdf',
    ]);
    expect(archive.diagnostics.filter((d) => d.code.startsWith('paper-'))).toEqual([]);
  });
});
