import { describe, expect, it } from 'vitest';
import { addSnapshotNote, fixPagefindCacheTag } from '../../src/snapshot/page-notes.ts';
import { canonicalUrl, surt } from '../../src/snapshot/wacz.ts';
import { prefixedLinksInHtml } from '../../src/snapshot/links.ts';

describe('what a snapshot adds to its pages', () => {
  it('puts the note inside the footer, escaped, and keeps a note the build already wrote', () => {
    const page =
      '<main></main>\n<footer class="site-footer">\n<div class="wrap">\n<p>Published by Halton.</p>\n</div>\n</footer>\n</body>';
    const noted = addSnapshotNote(page, 'Snapshot <abc> of 2025-11-12');
    expect(noted).toContain(
      '<p>Published by Halton.</p>\n<p class="snapshot-note">Snapshot &lt;abc&gt; of 2025-11-12</p>\n</div>\n</footer>',
    );
    expect(addSnapshotNote(noted, 'another')).toBe(noted);
    expect(addSnapshotNote('<body><p>x</p></body>', 'n')).toBe(
      '<body><p>x</p><footer class="site-footer"><p class="snapshot-note">n</p>\n</footer>\n</body>',
    );
  });

  it('gives Pagefind the commit as its cache tag, once', () => {
    const fixed = fixPagefindCacheTag('<script>new PagefindUI({ element: "#search" });</script>', 'abc123');
    expect(fixed).toBe('<script>new PagefindUI({ metaCacheTag: "abc123", element: "#search" });</script>');
    expect(fixPagefindCacheTag(fixed, 'other')).toBe(fixed);
  });

  it("gives the site's own search page the commit as its cache tag", () => {
    const page = '<form id="search-form" data-bundle-path="/pagefind/" data-meta-cache-tag="0f1e2d3c4b5a" hidden>';
    expect(fixPagefindCacheTag(page, 'abc123')).toBe(
      '<form id="search-form" data-bundle-path="/pagefind/" data-meta-cache-tag="abc123" hidden>',
    );
  });
});

describe('canonical addresses', () => {
  it('serve index.html at its folder, under the base URL’s own folder', () => {
    expect(canonicalUrl('https://council.example.gov.uk/minutes/', 'index.html')).toBe(
      'https://council.example.gov.uk/minutes/',
    );
    expect(canonicalUrl('https://council.example.gov.uk/minutes/', 'cyp/2025-09-08/index.html')).toBe(
      'https://council.example.gov.uk/minutes/cyp/2025-09-08/',
    );
    expect(canonicalUrl('https://council.example.gov.uk/minutes/', 'cyp/feed.xml')).toBe(
      'https://council.example.gov.uk/minutes/cyp/feed.xml',
    );
    expect(surt('https://www.Council.example.gov.uk/minutes/cyp/')).toBe('uk,gov,example,council)/minutes/cyp/');
    expect(prefixedLinksInHtml('<a href="/cyp/">x</a><a href="https://x.org/">y</a>', '/minutes/')).toBe(
      '<a href="/minutes/cyp/">x</a><a href="https://x.org/">y</a>',
    );
  });
});

describe('the README’s list of data files', () => {
  it('names a few files one by one and counts a folder of many', async () => {
    const { summariseDataFiles } = await import('../../src/snapshot/readme.ts');
    const files = [
      'site/data/meetings.csv',
      'site/feed.xml',
      ...Array.from({ length: 12 }, (_, i) => `site/oparl/meeting/${i}.json`),
    ];
    expect(summariseDataFiles(files)).toEqual([
      'site/data/meetings.csv',
      'site/feed.xml',
      'site/oparl/ (12 files: .json)',
    ]);
  });
});
