import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive, PAPER_BYTES, syntheticPapers, writeArchive } from '../../scripts/bench/generate.ts';
import { loadArchive } from '../../src/load/archive.ts';

const distinctWords = (files: Map<string, string>) =>
  new Set(
    [...files.values()]
      .join(' ')
      .toLowerCase()
      .match(/[a-z]+/g),
  ).size;

describe('the synthetic archive generator', () => {
  it('is deterministic: the same seed gives the same files, byte for byte', () => {
    expect(generateArchive({ meetings: 40, seed: 7 })).toEqual(generateArchive({ meetings: 40, seed: 7 }));
    expect(generateArchive({ meetings: 40, seed: 8 })).not.toEqual(generateArchive({ meetings: 40, seed: 7 }));
  });

  it('writes an archive the loader accepts with no errors or warnings, with the meetings asked for', () => {
    const root = path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-bench-')), 'archive');
    writeArchive(root, generateArchive({ meetings: 120, seed: 3 }));
    const archive = loadArchive(root, { today: '2026-11-22' });
    expect(archive.diagnostics).toEqual([]);
    expect(archive.meetings).toHaveLength(120);
    const items = archive.meetings.flatMap((m) => m.items);
    expect(items.length / archive.meetings.length).toBeGreaterThanOrEqual(8);
    expect(items.some((i) => i.decisions.some((d) => d.parts.length > 0))).toBe(true);
    expect(items.some((i) => i.actions.length > 0)).toBe(true);
    expect(archive.meetings.some((m) => m.declarations.length > 0)).toBe(true);
    // Names are written by alias and resolved to people.
    expect(archive.meetings[0]!.attendance.present.every((a) => a.personId)).toBe(true);
    // Approval chains link each meeting to the next one.
    expect(archive.meetings.filter((m) => m.status === 'approved').every((m) => m.approvedAt?.key)).toBe(true);
  });

  it('gives each meeting a PDF of about 200 KB with --papers, which the loader reads with no problem', () => {
    const texts = generateArchive({ meetings: 12, seed: 3, papers: true });
    const papers = syntheticPapers(texts);
    expect(papers.size).toBe(12);
    for (const pdf of papers.values()) expect(Math.abs(pdf.length - PAPER_BYTES)).toBeLessThan(PAPER_BYTES * 0.05);
    expect(syntheticPapers(generateArchive({ meetings: 12, seed: 3, papers: true }))).toEqual(papers);
    const root = path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-bench-')), 'archive');
    writeArchive(root, new Map<string, string | Uint8Array>([...texts, ...papers]));
    const archive = loadArchive(root, { today: '2026-11-22', parseThreads: 1 });
    expect(archive.diagnostics).toEqual([]);
    const kept = archive.meetings.flatMap((m) => m.items.flatMap((i) => i.documents.filter((d) => d.paper)));
    expect(kept).toHaveLength(12);
    expect(kept.every((d) => d.paper!.pages === 1 && d.paper!.text!.sections.length > 0)).toBe(true);
  });

  it('has text of realistic length and a vocabulary that grows with the archive', () => {
    const small = generateArchive({ meetings: 50, seed: 1 });
    const large = generateArchive({ meetings: 400, seed: 1 });
    const meetingBytes = [...small.entries()]
      .filter(([name]) => /\/\d{4}-\d{2}-\d{2}\.md$/.test(name))
      .map(([, text]) => text.length);
    expect(meetingBytes.reduce((a, b) => a + b, 0) / meetingBytes.length).toBeGreaterThan(10_000);
    expect(distinctWords(small)).toBeGreaterThan(500);
    expect(distinctWords(large)).toBeGreaterThan(distinctWords(small));
  });
});
