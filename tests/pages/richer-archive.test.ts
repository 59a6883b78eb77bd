import { beforeAll, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { crawlSite } from '../support/crawl.ts';
import { readPage } from '../support/html.ts';

/**
 * The sample archive has no topics and approves no meeting that is in it, so
 * those links are crawled on a copy that has both: a meeting of December 2025
 * tagged with topics, approving the minutes of 10 November 2025.
 */
let root: string;
beforeAll(() => {
  root = copyOfSampleArchive({
    'content/cyp/2025-12-08.md':
      '---\ndate: 2025-12-08\nstatus: draft\ntopics: [SEND transport]\nattendance:\n  present: [Councillor Geoffrey Logan (Chair)]\n  apologies: [Councillor Peter Lloyd Jones]\n---\n\n## 30. Minutes\n\nThe Minutes of the meeting held on 10 November 2025 were taken as read and signed as a correct record.\n\n## 31. SEND Transport Policy\n\nTopics: SEND transport, Budget\n\nThe Board received a report.\n\nRESOLVED: That the report be noted.\n\nAction: Benjamin Holmes\n',
  });
});

it.each([
  ['the root', undefined],
  ['/minutes/', '/minutes/'],
])(
  'every link resolves at %s on an archive with topics, an approval in the archive and an action of a known person',
  async (_, pathPrefix) => {
    const { out, exitCode, stderr } = await buildSite({ root, ...(pathPrefix ? { pathPrefix } : {}) });
    expect(exitCode, stderr).toBe(0);
    const { broken, links } = crawlSite(out, pathPrefix ?? '/');
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(300);
    const p = pathPrefix ?? '/';
    // The crawl went through the links only this archive has.
    const topic = readPage(out, '/topics/send-transport/');
    expect([...topic.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toContain(
      `${p}cyp/2025-12-08/#item-31`,
    );
    expect(readPage(out, '/cyp/2025-11-10/').querySelector(`a[href="${p}cyp/2025-12-08/#item-30"]`)).not.toBeNull();
    expect(readPage(out, '/actions/').querySelector(`a[href="${p}people/benjamin-holmes/"]`)).not.toBeNull();
  },
);

it("draws a person's attendance with each label on its own row, so long labels do not overlap", async () => {
  const { out, exitCode, stderr } = await buildSite({ root });
  expect(exitCode, stderr).toBe(0);
  const svg = readPage(out, '/people/peter-lloyd-jones/').querySelector('.attendance-summary svg')!;
  const labels = [...svg.querySelectorAll('text:not(.value)')];
  expect(labels.map((t) => t.textContent)).toContain('Absent on council business');
  const rows = labels.map((t) => Number(t.getAttribute('y')));
  expect(new Set(rows).size).toBe(labels.length);
  expect(Math.min(...rows.slice(1).map((y, i) => y - rows[i]!))).toBeGreaterThanOrEqual(16);
  // Apologies of 8 December 2025 are counted, beside the table that says the same.
  const table = readPage(out, '/people/peter-lloyd-jones/').querySelector('.attendance-summary table')!;
  const apologies = [...table.querySelectorAll('tbody tr')].find((tr) => tr.children[0]!.textContent === 'Apologies')!;
  expect(apologies.children[1]!.textContent).toBe('1');
});
