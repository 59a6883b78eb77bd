import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { meetingPageAlone, sitePages, siteView } from '../../src/plan/plan.ts';
import { renderPage } from '../../_includes/render.ts';
import { copyOfSampleArchive, meetingFile } from '../support/archive-copy.ts';

// npm start shows a saved meeting's page before the rest of the site: it must be the page the whole build makes.
describe('a meeting page made alone', () => {
  it('is byte for byte the page the whole site has, for every meeting', () => {
    const root = copyOfSampleArchive({
      'content/cyp/2025-06-09.md': meetingFile(
        'date: 2025-06-09\nstatus: draft',
        '## 1. Minutes\n\nThe minutes of the last meeting were agreed.\n',
      ),
    });
    const archive = loadArchive(root, { today: '2026-11-22' });
    const options = { pathPrefix: '/minutes/' };
    const site = siteView(archive, options);
    const whole = new Map(
      sitePages(archive, options)
        .filter((p) => p.kind === 'meeting')
        .map((p) => [p.frame.path, renderPage(site, p)]),
    );
    expect(whole.size).toBe(archive.meetings.length);
    for (const meeting of archive.meetings) {
      const alone = meetingPageAlone(archive, meeting.key, options)!;
      expect(renderPage(site, alone), meeting.key).toBe(whole.get(alone.frame.path));
    }
    expect(meetingPageAlone(archive, 'cyp/1999-01-01', options)).toBeUndefined();
  });
});
