import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { buildSite } from '../support/build-site.ts';
import { crawlSite } from '../support/crawl.ts';

const sampleSite = readFileSync(path.join(projectRoot, '_data/site.yaml'), 'utf8');
const OPARL_LINE = /^oparl: true\n/m;

/** The sample's _data/site.yaml with its `oparl: true` line replaced by `line` (or left out). */
function siteWith(line: string): string {
  expect(sampleSite, 'the sample turns OParl on').toMatch(OPARL_LINE);
  return sampleSite.replace(OPARL_LINE, line);
}

/** Every file of a built site, by its path in the site. */
function siteFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(site, path.join(entry.parentPath, entry.name)));
}

/**
 * Every address of the OParl export named in any text file of the site (pages,
 * sitemap, feeds, calendars, open data, OParl itself), with where it is named
 * and whether the site has a file there.
 */
function oparlAddresses(site: string): Array<{ where: string; address: string; found: boolean }> {
  const named: Array<{ where: string; address: string; found: boolean }> = [];
  for (const file of siteFiles(site).filter((f) => /\.(html|xml|json|csv|ics|txt|js)$/.test(f))) {
    for (const [address] of readFileSync(path.join(site, file), 'utf8').matchAll(/\/oparl\/[^"'\s<>)]*/g)) {
      named.push({ where: file, address, found: existsSync(path.join(site, address)) });
    }
  }
  return named;
}

describe('the OParl export, off unless _data/site.yaml says oparl: true', () => {
  it('is left out of a site that does not ask for it: no /oparl/ folder, no address of it in any file, every other output kept and every link resolving', async () => {
    const root = copyOfSampleArchive({ '_data/site.yaml': siteWith('') });
    expect(loadArchive(root).site.oparl).toBe(false);
    const build = await buildSite({ root });
    expect(build.exitCode, build.stderr).toBe(0);
    expect(existsSync(path.join(build.out, 'oparl'))).toBe(false);
    for (const kept of [
      'cyp/2025-09-08/index.html',
      'cyp/2025-09-08/index.json',
      'cyp/2025-09-08/papers/agenda-and-minutes-pdf/index.html',
      'data/meetings.json',
      'data/decisions.csv',
      'data/schema/meeting.json',
      'feed.xml',
      'cyp/feed.xml',
      'meetings.ics',
      'cyp/meetings.ics',
      'sitemap.xml',
      'robots.txt',
      'search/index.html',
    ]) {
      expect(existsSync(path.join(build.out, kept)), kept).toBe(true);
    }
    expect(oparlAddresses(build.out)).toEqual([]);
    expect(crawlSite(build.out).broken).toEqual([]);
  });

  it('is published with oparl: true, as the sample does: /oparl/system.json and its objects, every address of it in the site resolving', async () => {
    const build = await buildSite();
    expect(build.exitCode, build.stderr).toBe(0);
    const system = JSON.parse(readFileSync(path.join(build.out, 'oparl/system.json'), 'utf8')) as { body: string };
    expect(system.body).toBe('https://minutes.example.org/oparl/bodies.json');
    expect(existsSync(path.join(build.out, 'oparl/meeting/cyp/2025-09-08.json'))).toBe(true);
    const addresses = oparlAddresses(build.out);
    expect(addresses.length).toBeGreaterThan(100);
    expect(addresses.filter((a) => !a.found)).toEqual([]);
    expect(crawlSite(build.out).broken).toEqual([]);
  });

  it('is refused, at its line and column, when it is neither true nor false', () => {
    const root = copyOfSampleArchive({ '_data/site.yaml': siteWith('oparl: yes\n') });
    const line = siteWith('oparl: yes\n').split('\n').indexOf('oparl: yes') + 1;
    const problem = loadArchive(root).diagnostics.find((d) => d.message.includes('"oparl"'));
    expect(problem).toMatchObject({ severity: 'error', file: '_data/site.yaml', line, column: 8 });
    expect(problem?.message).toContain('should be true or false, not "yes"');
  });

  it('is refused, at its line and column, when its name is misspelt, so a clerk who asked for it is not left without it', () => {
    const root = copyOfSampleArchive({ '_data/site.yaml': siteWith('opral: true\n') });
    const line = siteWith('opral: true\n').split('\n').indexOf('opral: true') + 1;
    const problem = loadArchive(root).diagnostics.find((d) => d.message.includes('"opral"'));
    expect(problem).toMatchObject({
      severity: 'error',
      file: '_data/site.yaml',
      line,
      column: 1,
      code: 'field-unknown',
    });
    expect(problem?.hint).toBe('Did you mean "oparl"?');
  });
});
