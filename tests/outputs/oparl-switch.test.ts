import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { buildSite } from '../support/build-site.ts';
import { crawlSite } from '../support/crawl.ts';

const sampleSite = readFileSync(path.join(projectRoot, '_data/site.yaml'), 'utf8');

describe('oparl: false in _data/site.yaml', () => {
  it('leaves the OParl export out (one file per meeting, item, person and membership) and keeps every other output, with every link resolving', async () => {
    const root = copyOfSampleArchive({ '_data/site.yaml': `${sampleSite}oparl: false\n` });
    const build = await buildSite({ root });
    expect(build.exitCode, build.stderr).toBe(0);
    expect(existsSync(path.join(build.out, 'oparl'))).toBe(false);
    for (const kept of [
      'cyp/2025-09-08/index.html',
      'cyp/2025-09-08/index.json',
      'data/meetings.json',
      'feed.xml',
      'meetings.ics',
      'sitemap.xml',
    ]) {
      expect(existsSync(path.join(build.out, kept)), kept).toBe(true);
    }
    expect(readFileSync(path.join(build.out, 'sitemap.xml'), 'utf8')).not.toContain('/oparl/');
    expect(crawlSite(build.out).broken).toEqual([]);
  });

  it('is refused, at its line, when it is neither true nor false', () => {
    const root = copyOfSampleArchive({ '_data/site.yaml': `${sampleSite}oparl: sometimes\n` });
    const problem = loadArchive(root).diagnostics.find((d) => d.message.includes('"oparl"'));
    expect(problem).toMatchObject({ severity: 'error', file: '_data/site.yaml', line: sampleSite.split('\n').length });
    expect(problem?.message).toContain('should be true or false, not "sometimes"');
  });
});
