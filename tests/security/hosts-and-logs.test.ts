import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCheck } from '../../src/check/report.ts';
import { loadArchive } from '../../src/load/archive.ts';
import type { Diagnostic } from '../../src/model/types.ts';
import { copyOfSampleArchive, meetingFile } from '../support/archive-copy.ts';
import { runScript } from '../support/build-site.ts';

/** Addresses to other hosts the site must not take (issue 24), and text that must not forge lines of a CI log. */

function archiveWithSiteLines(lines: string, files: Record<string, string> = {}) {
  const root = copyOfSampleArchive(files);
  const siteFile = path.join(root, '_data/site.yaml');
  writeFileSync(siteFile, `${readFileSync(siteFile, 'utf8')}${lines}`);
  return root;
}

describe('search_bundles', () => {
  it('refuses addresses that browsers read as another host: "/\\host/", "//host/", "\\\\host/"', () => {
    const root = archiveWithSiteLines(
      'search_bundles:\n  - /\\elsewhere.example/pagefind/\n  - //elsewhere.example/pagefind/\n  - \\\\elsewhere.example/pagefind/\n  - /second/pagefind/\n',
    );
    const archive = loadArchive(root);
    expect(archive.site.searchBundles).toEqual(['/second/pagefind/']);
    const refused = archive.diagnostics.filter(
      (d) => d.file === '_data/site.yaml' && d.message.includes('search_bundles'),
    );
    expect(refused).toHaveLength(3);
    expect(refused.every((d) => d.severity === 'error' && d.line > 1)).toBe(true);
  });
});

describe('images from other hosts', () => {
  it("are refused with file and line; the site's own images are not", () => {
    const body =
      '## 1. Minutes\n\nThe plan was shown.\n\n![The plan](https://elsewhere.example/plan.png)\n\n![The site plan](/images/plan.png)\n\nAnd ![a map](//elsewhere.example/map.png) too.\n';
    const root = copyOfSampleArchive({
      'content/cyp/2026-01-05.md': meetingFile('date: 2026-01-05\nstatus: draft', body),
    });
    const archive = loadArchive(root, { today: '2026-11-22' });
    const found = archive.diagnostics
      .filter((d) => d.code === 'image-elsewhere')
      .map((d) => `${d.file}:${d.line} ${d.severity}`);
    // The front matter is lines 1 to 4, the body starts on line 6.
    expect(found).toEqual(['content/cyp/2026-01-05.md:10 error']);
    // An address starting // was never a link the renderer takes: it stays text, with no image.
    const html = archive.meetings.find((m) => m.date === '2026-01-05')!.items[0]!.html;
    expect(html.match(/<img [^>]*>/g)).toEqual([
      '<img src="https://elsewhere.example/plan.png" alt="The plan">',
      '<img src="/images/plan.png" alt="The site plan">',
    ]);
  });

  it("are refused in a board's reports too", () => {
    const root = copyOfSampleArchive({
      'content/cyp/reports/annual-report-2025.md':
        '---\ntitle: Annual report\n---\n\n![Chart](http://elsewhere.example/chart.png)\n',
    });
    const found = loadArchive(root, { today: '2026-11-22' })
      .diagnostics.filter((d) => d.code === 'image-elsewhere')
      .map((d) => `${d.file}:${d.line}`);
    expect(found).toEqual(['content/cyp/reports/annual-report-2025.md:5']);
  });
});

const forged = 'Bob\n::error file=README.md,line=1::forged annotation\r\n::warning::another';

describe('the log of a check', () => {
  const root = copyOfSampleArchive({
    'content/cyp/2026-01-05.md': meetingFile(
      `date: 2026-01-05\nstatus: draft\nattendance:\n  present: ${JSON.stringify([forged])}`,
    ),
  });

  it('shows a name with line breaks on one line, so it starts no command of GitHub Actions', async () => {
    const check = await runScript('check', ['--root', root]);
    const output = check.stdout + check.stderr;
    expect(output).toContain('Bob\\n::error file=README.md,line=1::forged annotation\\r\\n::warning::another');
    expect(output.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
  });

  it('--format github gives one annotation a diagnostic, its text escaped as workflow commands require', async () => {
    const check = await runScript('check', ['--root', root, '--format', 'github']);
    const lines = check.stdout.trimEnd().split('\n');
    expect(lines.every((line) => /^::(error|warning) file=[^,:]+,line=\d+,col=\d+,title=[^,:]+::/.test(line))).toBe(
      true,
    );
    expect(lines.find((line) => line.includes('forged'))).toContain(
      'Bob%0A::error file=README.md,line=1::forged annotation%0D%0A::warning::another',
    );
  });

  it('--format github escapes any text so that it reads back exactly', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', ' ', '%', '\r', '\n', ':', ',', '=', '::', '%0A', 'é'),
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, text, text, (file, message, code) => {
        const diagnostic: Diagnostic = { file, line: 3, column: 1, severity: 'error', code, message };
        const out = formatCheck([diagnostic], 'github');
        expect(out.split('\n')).toHaveLength(2);
        const match = /^::error file=(.*),line=3,col=1,title=(.*?)::(.*)\n$/s.exec(out)!;
        const unescape = (s: string) =>
          s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
        expect(match[1]).not.toMatch(/[:,\r\n]/);
        expect(match[2]).not.toMatch(/[:,\r\n]/);
        expect([unescape(match[1]!), unescape(match[2]!), unescape(match[3]!)]).toEqual([file, code, message]);
      }),
    );
  });
});
