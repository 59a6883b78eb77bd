import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite } from '../support/build-site.ts';
import { announceBrowserTests, launchChromium } from '../support/browser.ts';
import { serveFolder, type StaticServer } from '../support/static-server.ts';
import { copyOfSampleArchive, meetingFile } from '../support/archive-copy.ts';
import { pdfOf } from '../support/paper-files.ts';
import { readPage, textOf } from '../support/html.ts';

/** A word no minutes and no report of the sample archive hold: only the paper of item 30 has it. */
const WORD = 'Quillfeather';

async function archiveWithItemPaper(): Promise<string> {
  const pdf = await pdfOf(
    [{ heading: 'Budget 2026/27' }, { paragraph: `The ${WORD} scheme is funded for a further year.` }],
    'Budget report',
  );
  return copyOfSampleArchive({
    'content/cyp/2025-12-08.md': meetingFile(
      'date: 2025-12-08\nstatus: draft\ndocuments:\n  - title: Budget report 2026/27\n    item: "30"\n    kind: report\n    file: budget-report.pdf\n  - title: Capital programme\n    item: "30"\n    kind: appendix\n    link: https://example.org/capital.pdf\n  - title: Agenda\n    kind: agenda\n    link: https://example.org/agenda.pdf',
      '## 30. Budget\n\nThe Board considered the budget report.\n\nRESOLVED: That the budget be noted.\n',
    ),
    'content/cyp/2025-12-08/budget-report.pdf': pdf,
  });
}

describe('a paper of an item, in the built site', () => {
  let site: string;
  beforeAll(async () => {
    const built = await buildSite({ root: await archiveWithItemPaper() });
    expect(built.exitCode, built.stderr).toBe(0);
    site = built.out;
  });

  it('is linked from its item, with its kind, format, size and pages, and the page of its text', () => {
    const meeting = readPage(site, '/cyp/2025-12-08/');
    const [entry, external] = [...meeting.querySelectorAll('#item-30 .documents li')];
    // A paper known only by its address: a link out, said not to be kept; one of the whole meeting is listed with the meeting.
    expect(textOf(external!)).toBe('Capital programme (Appendix, on another website, not kept in this archive)');
    expect(external!.querySelector('a')!.getAttribute('href')).toBe('https://example.org/capital.pdf');
    expect(textOf(meeting.querySelector('.papers li'))).toBe(
      'Agenda (Agenda, on another website, not kept in this archive)',
    );
    expect(textOf(entry!)).toMatch(/^Budget report 2026\/27 \(Report, PDF, \d+ KB, 1 page\) Text of this paper$/);
    const links = [...entry!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/cyp/2025-12-08/papers/budget-report.pdf', '/cyp/2025-12-08/papers/budget-report-pdf/']);
    const text = readPage(site, '/cyp/2025-12-08/papers/budget-report-pdf/');
    expect(textOf(text.querySelector('main h1'))).toBe('Budget report 2026/27');
    expect(textOf(text.querySelector('.paper-text h2'))).toBe('Budget 2026/27');
    expect(textOf(text.querySelector('.paper-text p'))).toBe(`The ${WORD} scheme is funded for a further year.`);
    expect(text.querySelector('dl a[href="/cyp/2025-12-08/#item-30"]')).not.toBeNull();
  });

  describe.runIf(announceBrowserTests('the search for a paper in Chromium'))('searched in a real browser', () => {
    let server: StaticServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await serveFolder(site, '/');
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('finds a word only the paper holds, under its meeting and item, and narrows to it with the Document filter', async () => {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${server.url}search/`);
      await page.locator('#search-q').fill(WORD);
      await page.waitForFunction(() => /result/i.test(document.getElementById('search-status')?.textContent ?? ''));
      expect(await page.locator('#search-status').textContent()).toMatch(/^1 result for “Quillfeather”/);
      const result = page.locator('#search-results .search-result').first();
      expect(await result.locator('h2 a').getAttribute('href')).toBe('/cyp/2025-12-08/papers/budget-report-pdf/');
      expect(await result.locator('h2 a').textContent()).toBe('Budget report 2026/27');
      expect(await result.locator('.meta').textContent()).toBe(
        'Paper · Item 30 Budget, meeting of 8 December 2025 · Children, Young People and Families Policy and Performance Board · 8 December 2025 · Draft',
      );
      await page.locator('#filter-type').selectOption('paper');
      await page.waitForFunction(() =>
        /document: Papers/.test(document.getElementById('search-status')?.textContent ?? ''),
      );
      expect(await page.locator('#search-results .search-result h2 a').count()).toBe(1);
      await page.locator('#filter-type').selectOption('minutes');
      await page.waitForFunction(() => /^No results/.test(document.getElementById('search-status')?.textContent ?? ''));
      await page.context().close();
    });
  });
});
