import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { readPage, textOf } from '../support/html.ts';

let site: string;
beforeAll(async () => {
  const result = await buildSite();
  expect(result.exitCode, result.stderr).toBe(0);
  site = result.out;
});

describe('the site of the sample archive', () => {
  it('writes every page of the core: home, board, meetings, report and 404', () => {
    for (const page of [
      'index.html',
      'cyp/index.html',
      'cyp/2024-07-15/index.html',
      'cyp/2025-01-20/index.html',
      'cyp/2025-09-08/index.html',
      'cyp/2025-11-10/index.html',
      'cyp/reports/annual-report-2024-25/index.html',
      '404.html',
    ]) {
      expect(existsSync(path.join(site, page)), page).toBe(true);
    }
  });

  it('titles a meeting by its board and date', () => {
    const page = readPage(site, '/cyp/2025-09-08/');
    expect(textOf(page.querySelector('h1'))).toBe(
      'Children, Young People and Families Policy and Performance Board, Monday 8 September 2025',
    );
    expect(textOf(page.querySelector('title'))).toContain('Monday 8 September 2025');
    expect(page.querySelector('time')?.getAttribute('datetime')).toBe('2025-09-08T18:30');
  });

  it('shows items 13 to 21 of 8 September 2025 at their anchors, listed in the contents', () => {
    const page = readPage(site, '/cyp/2025-09-08/');
    const anchors = [...page.querySelectorAll('section.item')].map((s) => s.id);
    expect(anchors).toEqual([
      'item-13',
      'item-14',
      'item-15',
      'item-16',
      'item-17',
      'item-18',
      'item-19',
      'item-20',
      'item-21',
    ]);
    const contents = [...page.querySelectorAll('.contents a')].map((a) => a.getAttribute('href'));
    expect(contents).toEqual(anchors.map((a) => `#${a}`));
    expect(textOf(page.querySelector('#item-20 h2'))).toBe('20 Care experienced as a ‘protected characteristic’');
  });

  it('marks decisions visibly and in the markup', () => {
    const page = readPage(site, '/cyp/2024-07-15/');
    const decisions = [...page.querySelectorAll('.decision')];
    expect(decisions).toHaveLength(6);
    expect(decisions.map((d) => textOf(d.querySelector('.decision-label')))).toEqual(Array(6).fill('Decision'));
    const cyp5 = page.querySelector('#item-cyp5 .decision');
    expect(cyp5?.querySelectorAll('ol > li')).toHaveLength(2);
    expect(textOf(page.querySelector('#item-cyp5 .actions'))).toBe("Action: Executive Director of Children's Services");
  });

  it("shows the attendance of 15 July 2024 with people's names and roles", () => {
    const page = readPage(site, '/cyp/2024-07-15/');
    const groups = Object.fromEntries(
      [...page.querySelectorAll('.attendance h3')].map((h) => [
        textOf(h),
        [...h.nextElementSibling!.querySelectorAll('li')].map(textOf),
      ]),
    );
    expect(groups['Present']).toEqual([
      'Councillor Geoffrey Logan (Chair)',
      'Councillor Carol Plumpton Walsh (Vice-Chair)',
      'Councillor Victoria Begg',
      'Councillor Eddie Jones',
      'Councillor Peter Lloyd Jones',
      'Councillor Margaret Ratcliffe',
      'Councillor Mike Ryan',
    ]);
    expect(groups['Apologies for absence']).toHaveLength(4);
    expect(groups['Also in attendance']).toEqual([
      'Councillor Tom McInerney, in accordance with Standing Order number 33',
    ]);
  });

  it('attaches the declaration of interest to its item', () => {
    const page = readPage(site, '/cyp/2025-09-08/');
    const declaration = page.querySelector('.declarations li');
    expect(textOf(declaration)).toBe(
      'Councillor Peter Lloyd Jones declared an Other Disclosable Interest in 15 EXECUTIVE BOARD MINUTES: he was helping a resident obtain a loan.',
    );
    expect(declaration?.querySelector('a[href="#item-15"]')).not.toBeNull();
  });

  it('names the approved meeting of 9 June 2025 as text, because it is not in the archive', () => {
    const page = readPage(site, '/cyp/2025-09-08/');
    const facts = [...page.querySelectorAll('.meeting-facts dt')];
    const approves = facts.find((dt) => textOf(dt) === 'Approves the minutes of')!.nextElementSibling!;
    expect(textOf(approves)).toBe('the meeting of 9 June 2025');
    expect(approves.querySelector('a')).toBeNull();
  });

  it('shows a banner on draft minutes, and none on approved ones', () => {
    expect(textOf(readPage(site, '/cyp/2025-09-08/').querySelector('.banner-draft'))).toContain('Draft minutes.');
    expect(readPage(site, '/cyp/2024-07-15/').querySelector('.banner-draft')).toBeNull();
    const approved = readPage(site, '/cyp/2025-01-20/');
    expect(textOf(approved.querySelector('.meeting-facts'))).toContain(
      'Approved as a correct record at the meeting of 9 June 2025',
    );
  });

  it('says that only item 25 of 10 November 2025 is known', () => {
    const page = readPage(site, '/cyp/2025-11-10/');
    expect(textOf(page.querySelector('.banner-partial'))).toContain('Only item 25 of this meeting');
    expect([...page.querySelectorAll('section.item')].map((s) => s.id)).toEqual(['item-25']);
  });

  it('marks items whose text was cut short', () => {
    const page = readPage(site, '/cyp/2025-09-08/');
    expect([...page.querySelectorAll('.cut-short')].map((p) => p.closest('section')!.id)).toEqual([
      'item-16',
      'item-19',
    ]);
  });

  it('links each meeting to the previous and next meeting of its board', () => {
    const page = readPage(site, '/cyp/2025-01-20/');
    expect(page.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/cyp/2024-07-15/');
    expect(page.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/cyp/2025-09-08/');
  });

  it("lists the board's meetings newest first, and its report", () => {
    const page = readPage(site, '/cyp/');
    const meetings = [...page.querySelectorAll('a[href^="/cyp/20"]')].map((a) => a.getAttribute('href'));
    expect(meetings.indexOf('/cyp/2025-11-10/')).toBeLessThan(meetings.indexOf('/cyp/2024-07-15/'));
    expect(page.querySelector('a[href="/cyp/reports/annual-report-2024-25/"]')).not.toBeNull();
    expect(textOf(page.querySelector('main'))).toContain('Councillor Geoffrey Logan (Chair)');
  });
});
