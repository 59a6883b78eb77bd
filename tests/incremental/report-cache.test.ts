import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { ReportCache, type ReadReport, type ReportSource } from '../../src/incremental/report-cache.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

// The boards' reports are kept parsed between builds (src/incremental/report-cache.ts): a build must show what the
// files say now, with the same diagnostics, whatever the cache holds.

const REPORT = 'content/cyp/reports/annual-report-2024-25.md';
const folders: string[] = [];
const folder = () => {
  const made = mkdtempSync(path.join(tmpdir(), 'minute-book-reports-'));
  folders.push(made);
  return made;
};
afterEach(() => {
  for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
});

const source = (text: string): ReportSource => ({ file: REPORT, boardId: 'cyp', slug: 'annual-report-2024-25', text });

/** Reads `text` through a cache kept in `cache`, as one build does, and says whether the report was parsed. */
function readThrough(cache: string, text: string): { read: ReadReport; parsed: boolean } {
  const reports = new ReportCache(cache);
  let parsed = false;
  const read = reports.read(source(text), () => {
    parsed = true;
    return {
      report: {
        key: 'cyp/reports/annual-report-2024-25',
        boardId: 'cyp',
        slug: 'annual-report-2024-25',
        title: text,
        type: 'annual-report',
        period: {},
        html: `<p>${text}</p>`,
        text,
        source: {},
        file: REPORT,
      },
      diagnostics: [
        { file: REPORT, line: 3, column: 1, severity: 'warning', code: 'field-unknown', message: `about ${text}` },
      ],
    };
  });
  reports.save();
  return { read, parsed };
}

describe('the cache of parsed reports', () => {
  it('parses a report once, and again when its text changes', () => {
    const cache = folder();
    expect(readThrough(cache, 'first').parsed).toBe(true);
    const again = readThrough(cache, 'first');
    expect(again.parsed).toBe(false);
    expect(again.read.report?.title).toBe('first');
    expect(again.read.diagnostics.map((d) => d.message)).toEqual(['about first']);
    const changed = readThrough(cache, 'second');
    expect(changed.parsed).toBe(true);
    expect(changed.read.report?.title).toBe('second');
  });

  it('reads every report again when its file is damaged or edited', () => {
    const cache = folder();
    readThrough(cache, 'first');
    const file = path.join(cache, 'parsed-reports.json');
    const bytes = readFileSync(file);
    // Another title in the same bytes: valid in shape, not under the file's seal.
    const forged = bytes.toString('latin1').replace('"title":"first"', '"title":"forge"');
    expect(forged).not.toBe(bytes.toString('latin1'));
    writeFileSync(file, Buffer.from(forged, 'latin1'));
    expect(readThrough(cache, 'first')).toMatchObject({ parsed: true, read: { report: { title: 'first' } } });
    writeFileSync(file, 'not a cache');
    expect(readThrough(cache, 'first').parsed).toBe(true);
  });

  it('gives a build the reports and diagnostics a build without it gives, after the report is edited', () => {
    const root = copyOfSampleArchive();
    folders.push(root);
    const cache = folder();
    const load = (withCache: boolean) => {
      const archive = loadArchive(root, { today: '2026-11-22', ...(withCache ? { cache } : {}) });
      return { reports: archive.reports, diagnostics: archive.diagnostics.filter((d) => d.file.includes('/reports/')) };
    };
    expect(load(true)).toEqual(load(false));
    expect(load(true).reports.length).toBeGreaterThan(0);
    // A field the report format does not know: a diagnostic, kept with the report and given again from the cache.
    const text = readFileSync(path.join(root, REPORT), 'utf8');
    writeFileSync(path.join(root, REPORT), text.replace('type: annual-report', 'type: annual-report\nauthor: Clerk'));
    const edited = load(true);
    expect(edited.diagnostics.map((d) => d.file)).toContain(REPORT);
    expect(edited).toEqual(load(false));
    expect(load(true)).toEqual(edited);
    writeFileSync(path.join(root, REPORT), text.replace('Annual Report 2024 -25', 'Annual Report 2024-25'));
    const retitled = load(true);
    expect(retitled.reports[0]!.title).toContain('Annual Report 2024-25');
    expect(retitled).toEqual(load(false));
  });
});
