import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { meetingsCalendar } from '../../src/outputs/icalendar.ts';
import { OutputContext } from '../../src/outputs/output-context.ts';
import { SiteAddress } from '../../src/pages/site-address.ts';
import { projectRoot } from '../../src/paths.ts';
import { ViewContext } from '../../src/pages/page.ts';
import { Urls } from '../../src/pages/urls.ts';

describe('absolute addresses', () => {
  it('join base_url and the path prefix without doubling the folder', () => {
    expect(new SiteAddress('https://x.org/', new Urls('/minutes/')).url('/cyp/')).toBe('https://x.org/minutes/cyp/');
    expect(new SiteAddress('https://x.org/minutes/', new Urls('/minutes/')).url('/cyp/')).toBe(
      'https://x.org/minutes/cyp/',
    );
    expect(new SiteAddress('https://x.org/minutes', new Urls('/minutes/')).url('/feed.xml')).toBe(
      'https://x.org/minutes/feed.xml',
    );
    expect(new SiteAddress('https://x.org/archive/', new Urls('/')).url('/cyp/')).toBe('https://x.org/archive/cyp/');
    expect(new SiteAddress('https://x.org', new Urls()).url('/')).toBe('https://x.org/');
  });
});

describe('calendars outside the United Kingdom', () => {
  it("write times in UTC, converted from the site's own time zone, with no VTIMEZONE", () => {
    const archive = loadArchive(projectRoot);
    archive.site.timeZone = 'Europe/Berlin';
    const ics = meetingsCalendar(new OutputContext(new ViewContext(archive, new Urls('/'))));
    expect(ics).toContain('DTSTART:20250908T163000Z\r\n');
    expect(ics).not.toContain('VTIMEZONE');
    expect(ics).toContain('X-WR-TIMEZONE:Europe/Berlin\r\n');
  });
});
