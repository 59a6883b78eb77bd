import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { readPage, textOf } from '../support/html.ts';
import { crawlSite } from '../support/crawl.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { loadArchive } from '../../src/load/archive.ts';
import { projectRoot } from '../../src/paths.ts';

let site: string;
beforeAll(async () => {
  const result = await buildSite();
  expect(result.exitCode, result.stderr).toBe(0);
  site = result.out;
});

describe('the board timeline', () => {
  it('groups meetings by municipal year, newest first, May to April', () => {
    const page = readPage(site, '/cyp/');
    const years = [...page.querySelectorAll('section.year')].map((section) => ({
      year: textOf(section.querySelector('h3')),
      meetings: [...section.querySelectorAll('.timeline time')].map((t) => t.getAttribute('datetime')),
    }));
    expect(years).toEqual([
      { year: '2025/26', meetings: ['2025-11-10', '2025-09-08'] },
      { year: '2024/25', meetings: ['2025-01-20', '2024-07-15'] },
    ]);
  });

  it("says where minutes were approved, and shows each meeting's decisions in short", () => {
    const page = readPage(site, '/cyp/');
    const january = [...page.querySelectorAll('.timeline > li')].find(
      (li) => li.querySelector('time')?.getAttribute('datetime') === '2025-01-20',
    )!;
    expect(textOf(january.querySelector('.meta'))).toBe(
      'Approved at the meeting of 9 June 2025. 7 items, 4 decisions.',
    );
    expect(january.querySelectorAll('.decisions-short li')).toHaveLength(4);
    expect(january.querySelector('.decisions-short a')?.getAttribute('href')).toMatch(/^\/cyp\/2025-01-20\/#decision-/);
  });

  it('puts the annual report in its municipal year, and has a jump list and a chart with its table', () => {
    const page = readPage(site, '/cyp/');
    expect(textOf(page.querySelector('#year-2024'))).toContain(
      'Reports: Children, Young People and Families Policy and Performance Board Annual Report 2024 -25',
    );
    expect([...page.querySelectorAll('.year-jump a')].map((a) => a.getAttribute('href'))).toEqual([
      '#year-2025',
      '#year-2024',
    ]);
    const rows = [...page.querySelectorAll('.chart-figure tbody tr')].map((tr) => [...tr.children].map(textOf));
    expect(rows).toEqual([
      ['2024/25', '2', '10'],
      ['2025/26', '2', '5'],
    ]);
    expect(page.querySelector('.chart-figure svg')?.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('people', () => {
  it("Councillor Peter Lloyd Jones's page lists his declaration of 8 September 2025 and his attendance of 15 July 2024", () => {
    const page = readPage(site, '/people/peter-lloyd-jones/');
    expect(textOf(page.querySelector('h1'))).toBe('Councillor Peter Lloyd Jones');
    const declarations = [...page.querySelectorAll('h2')].find(
      (h) => textOf(h) === 'Declarations of interest',
    )!.nextElementSibling!;
    expect(textOf(declarations)).toBe(
      'Monday 8 September 2025: Other Disclosable Interest in 15 EXECUTIVE BOARD MINUTES, he was helping a resident obtain a loan.',
    );
    expect(declarations.querySelector('a[href="/cyp/2025-09-08/#item-15"]')).not.toBeNull();
    const records = [...page.querySelectorAll('table')].find((t) =>
      textOf(t.querySelector('caption')).startsWith('Meetings whose minutes'),
    )!;
    expect([...records.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(textOf))).toEqual([
      ['Monday 15 July 2024', 'Children, Young People and Families Policy and Performance Board', 'Present'],
    ]);
  });

  it('gives attendance in context, never as a bare percentage', () => {
    const page = readPage(site, '/people/peter-lloyd-jones/');
    const summary = page.querySelector('.attendance-summary')!;
    expect(textOf(summary)).toContain('4 meetings of the board in the archive while a member.');
    const rows = Object.fromEntries(
      [...summary.querySelectorAll('tbody tr')].map((tr) => [textOf(tr.children[0]), textOf(tr.children[1])]),
    );
    expect(rows).toMatchObject({ Present: '1', Apologies: '0', 'Not recorded in the archive': '3' });
    expect(textOf(summary)).not.toContain('%');
    const baker = readPage(site, '/people/sandra-baker/').querySelectorAll('.attendance-summary tbody tr');
    expect([...baker].map((tr) => `${textOf(tr.children[0])}: ${textOf(tr.children[1])}`)).toContain('Apologies: 1');
  });

  it('links names on meeting pages to people pages', () => {
    const page = readPage(site, '/cyp/2024-07-15/');
    expect(page.querySelector('.attendance a[href="/people/geoffrey-logan/"]')).not.toBeNull();
    expect(
      readPage(site, '/cyp/2025-09-08/').querySelector('.declarations a[href="/people/peter-lloyd-jones/"]'),
    ).not.toBeNull();
  });
});

describe('registers', () => {
  it('the decisions register holds every RESOLVED of the archive, newest first', () => {
    const archive = loadArchive(projectRoot);
    const expected = [...archive.meetings]
      .reverse()
      .flatMap((m) => m.items.flatMap((i) => i.decisions.map((d) => `/${m.key}/#${d.id}`)));
    expect(expected).toHaveLength(15);
    const page = readPage(site, '/decisions/');
    expect([...page.querySelectorAll('.register > li > p:last-child a')].map((a) => a.getAttribute('href'))).toEqual(
      expected,
    );
    expect([...page.querySelectorAll('section h2')].map(textOf)).toEqual(['2025', '2024']);
    expect(readPage(site, '/cyp/decisions/').querySelectorAll('.register > li')).toHaveLength(15);
  });

  it('the actions page lists the two actions of 15 July 2024: what is to be done, the meeting, the item and the status', () => {
    const page = readPage(site, '/actions/');
    const byOwner = page.querySelector('h2 + h3');
    expect(textOf(byOwner)).toBe("Executive Director of Children's Services");
    const actions = [...byOwner!.nextElementSibling!.querySelectorAll('li')];
    const links = actions.flatMap((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')));
    expect(links).toEqual([
      '/cyp/2024-07-15/',
      '/cyp/2024-07-15/#item-cyp5',
      '/cyp/2024-07-15/',
      '/cyp/2024-07-15/#item-cyp6',
    ]);
    expect(textOf(actions[0]!.querySelector('.action-text'))).toMatch(
      /^That the Board note the report and presentation; and approves the Children and Young People’s Plan 2024\.$/,
    );
    expect(textOf(actions[0]!.querySelector('.register-meta'))).toMatch(
      /^Monday 15 July 2024, Children, Young People and Families Policy and Performance Board: item CYP5 CHILDREN AND YOUNG PEOPLE’S PLAN 2024\. Minutes approved\.$/,
    );
    // By board, each action says who acts.
    expect(textOf(page.querySelector('#board-cyp + ul .register-meta'))).toMatch(
      /^Action by Executive Director of Children's Services\. /,
    );
  });

  it("keeps Topics out of the menu when no minutes are tagged, and clerks' instructions off the topics page", () => {
    expect([...readPage(site, '/').querySelectorAll('.site-nav a')].map(textOf)).toEqual([
      'Boards',
      'Meetings',
      'Decisions',
      'Actions',
      'People',
    ]);
    expect(readPage(site, '/topics/').querySelector('main')!.textContent).not.toMatch(/Topics:|front matter|clerk/i);
  });

  it('all meetings are listed by year and month', () => {
    const page = readPage(site, '/meetings/');
    expect([...page.querySelectorAll('h3')].map(textOf)).toEqual([
      'November 2025',
      'September 2025',
      'January 2025',
      'July 2024',
    ]);
  });
});

describe('topics and approvals both ways, on an archive that has them', () => {
  it('builds a timeline per topic and links an approving item back to the minutes it approved', async () => {
    const root = copyOfSampleArchive({
      'content/cyp/2025-12-08.md':
        '---\ndate: 2025-12-08\nstatus: draft\ntopics: [SEND transport]\n---\n\n## 30. Minutes\n\nThe Minutes of the meeting held on 10 November 2025 were taken as read and signed as a correct record.\n\n## 31. SEND Transport Policy\n\nTopics: SEND transport, Budget\n\nThe Board received a report.\n\nRESOLVED: That the report be noted.\n',
    });
    const { out, exitCode, stderr } = await buildSite({ root });
    expect(exitCode, stderr).toBe(0);
    const topic = readPage(out, '/topics/send-transport/');
    expect([...topic.querySelectorAll('.timeline a')].map((a) => a.getAttribute('href'))).toEqual([
      '/cyp/2025-12-08/',
      '/cyp/2025-12-08/#item-31',
    ]);
    expect([...readPage(out, '/topics/').querySelectorAll('main li a')].map(textOf)).toEqual([
      'Budget',
      'SEND transport',
    ]);
    // Once some minutes are tagged, Topics is in the menu.
    expect([...readPage(out, '/').querySelectorAll('.site-nav a')].map(textOf)).toContain('Topics');
    const approving = readPage(out, '/cyp/2025-12-08/');
    expect(approving.querySelector('#item-30 .approval-note a')?.getAttribute('href')).toBe('/cyp/2025-11-10/');
    const approved = readPage(out, '/cyp/2025-11-10/');
    expect(textOf(approved.querySelector('.meeting-facts'))).toContain(
      'Approved as a correct record at the meeting of 8 December 2025',
    );
    expect(approved.querySelector('.meeting-facts a[href="/cyp/2025-12-08/#item-30"]')).not.toBeNull();
  });
});

describe('every link in the built site resolves', () => {
  it('at the root', () => {
    const { pages, links, broken } = crawlSite(site);
    expect(pages).toBeGreaterThan(20);
    expect(links).toBeGreaterThan(200);
    expect(broken).toEqual([]);
  });

  it('under the path prefix /minutes/', async () => {
    const { out, exitCode, stderr } = await buildSite({ pathPrefix: '/minutes/' });
    expect(exitCode, stderr).toBe(0);
    expect(crawlSite(out, '/minutes/').broken).toEqual([]);
  });
});
