import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { projectRoot } from '../../src/paths.ts';
import type { Diagnostic, Meeting } from '../../src/model/types.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { runScript } from '../support/build-site.ts';

// Ordinary typing slips in a real meeting file of the sample archive (the
// minutes of 8 September 2025, items 13 to 21): each would change the public
// record without a word, so the check must name it with its line.

const SAMPLE = 'content/cyp/2025-09-08.md';
const original = readFileSync(path.join(projectRoot, SAMPLE), 'utf8');

/** The sample meeting with each `[from, to]` replaced (each must be found, once). */
function slipped(...changes: Array<[string, string]>): string {
  let text = original;
  for (const [from, to] of changes) {
    expect(text.split(from).length - 1, `"${from}" is in the sample once`).toBe(1);
    text = text.replace(from, to);
  }
  return text;
}

/** The 1-based line of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  expect(at, `"${needle}" is in the text`).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split('\n').length;
}

function load(files: Record<string, string>) {
  return loadArchive(copyOfSampleArchive(files), { today: '2026-11-22' });
}

/** The sample meeting with `text` as its file, which the archive must read with no diagnostic at all. */
function readWithoutDiagnostics(text: string): Meeting {
  const archive = load({ [SAMPLE]: text });
  expect(archive.diagnostics.filter((d) => d.file === SAMPLE)).toEqual([]);
  return archive.meetings.find((m) => m.file === SAMPLE)!;
}

/**
 * The file's diagnostics, less the warning that a paper is on an item the
 * slip made unreadable (the sample meeting has papers on its items; the
 * papers' tests cover that warning): these tests look at the slip itself.
 */
function diagnosticsOf(files: Record<string, string>, file = SAMPLE): Diagnostic[] {
  return load(files).diagnostics.filter(
    (d) => d.file === file && !(d.code === 'item-unknown' && d.message.startsWith('the document ')),
  );
}

describe('item headings typed so that Markdown does not read them as headings', () => {
  it('"##18." (no space after ##) is an error at its line, with the heading to write', () => {
    const text = slipped(['## 18. Quarterly', '##18. Quarterly']);
    const diagnostics = diagnosticsOf({ [SAMPLE]: text });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: lineOf(text, '##18.'),
        column: 1,
        severity: 'error',
        code: 'item-heading-no-space',
      }),
    ]);
    expect(diagnostics[0]!.message).toContain('item 18 is read as text of item 17');
    expect(diagnostics[0]!.hint).toBe('Write "## 18. Quarterly Quality Assurance Report".');
  });

  it('"### 18." (a heading of another level) is an error', () => {
    const text = slipped(['## 18. Quarterly', '### 18. Quarterly']);
    const diagnostics = diagnosticsOf({ [SAMPLE]: text });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: lineOf(text, '### 18.'),
        column: 1,
        severity: 'error',
        code: 'item-heading-level',
      }),
    ]);
    expect(diagnostics[0]!.message).toContain('item 18 is read as part of item 17');
  });

  it('a bare "18. Title" line, read as a numbered list, is an error', () => {
    const text = slipped(['## 18. Quarterly', '18. Quarterly']);
    const diagnostics = diagnosticsOf({ [SAMPLE]: text });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: lineOf(text, '18. Quarterly'),
        column: 1,
        severity: 'error',
        code: 'item-heading-unmarked',
      }),
    ]);
    expect(diagnostics[0]!.hint).toBe('If it starts item 18, write "## 18. Quarterly Quality Assurance Report".');
  });

  it('sub-headings numbered as parts of their item ("### 17(a)", "### 1. Background") are left alone', () => {
    const text = slipped([
      'The Chair noted that the report',
      '### 17(a) The report\n\n### 1. Background\n\nThe Chair noted that the report',
    ]);
    expect(diagnosticsOf({ [SAMPLE]: text })).toEqual([]);
  });
});

describe('decisions in the forms councils write them', () => {
  it('reads "RESOLVED - That", "**RESOLVED:** That", "It was RESOLVED that" and numbered resolutions as decisions, naming each form', () => {
    const text = slipped(
      ['RESOLVED: That the report be noted.\n\n## 18.', 'RESOLVED - That the report be noted.\n\n## 18.'],
      ['RESOLVED: That the report be noted.\n\n## 19.', '**RESOLVED:** That the report be noted.\n\n## 19.'],
      ['RESOLVED: That Council recognise', 'It was RESOLVED that Council recognise'],
      [
        'had received this report.\n\nRESOLVED: That the report be noted.',
        'had received this report.\n\nRESOLVED (1): That the report be noted.\n\nRESOLVED (2) - That it be sent to the Executive Board.',
      ],
    );
    const meeting = readWithoutDiagnostics(text);
    const decisions = meeting.items.flatMap((item) =>
      item.decisions.map((d) => ({ item: item.number, form: d.form, text: d.text, line: d.line })),
    );
    expect(decisions).toEqual([
      { item: '17', form: 'RESOLVED -', text: 'That the report be noted.', line: lineOf(text, 'RESOLVED - That') },
      { item: '18', form: '**RESOLVED:**', text: 'That the report be noted.', line: lineOf(text, '**RESOLVED:**') },
      {
        item: '20',
        form: 'It was RESOLVED that',
        text: 'that Council recognise ‘Care Experienced’ as a protected characteristic.',
        line: lineOf(text, 'It was RESOLVED'),
      },
      { item: '21', form: 'RESOLVED (1):', text: 'That the report be noted.', line: lineOf(text, 'RESOLVED (1)') },
      {
        item: '21',
        form: 'RESOLVED (1):',
        text: 'That it be sent to the Executive Board.',
        line: lineOf(text, 'RESOLVED (2)'),
      },
    ]);
  });

  it('reads the Irish councils\' "And Resolved:" and "On the proposal of …, it was agreed:" as decisions', () => {
    const text = slipped(
      [
        'RESOLVED: That the report be noted.\n\n## 18.',
        'Proposed by: Councillor Collins\n\nSeconded by: Councillor Foley\n\nAnd Resolved: “That the report be noted”.\n\n## 18.',
      ],
      [
        'RESOLVED: That Council recognise',
        'On the proposal of Councillor Scanlan, seconded by Councillor Galvin, it was agreed: that Council recognise',
      ],
    );
    const meeting = readWithoutDiagnostics(text);
    const decisions = meeting.items.flatMap((item) =>
      item.decisions.map((d) => ({ item: item.number, form: d.form, text: d.text })),
    );
    expect(decisions).toContainEqual({ item: '17', form: 'And Resolved:', text: '“That the report be noted”.' });
    expect(decisions).toContainEqual({
      item: '20',
      form: 'On the proposal of …, it was agreed:',
      text: 'that Council recognise ‘Care Experienced’ as a protected characteristic.',
    });
  });

  it('reads a decision marked after its words ("… This was seconded by … and agreed.", "… and this was agreed by the councillors.") as the whole paragraph', () => {
    const proposal =
      'Councillor M. Collins proposed that a meeting be sought with the water company. This was seconded by Councillor Foley and agreed.';
    const clause =
      'The Engineer agreed that each resident would be given a key and this was agreed by the councillors.';
    const text = slipped(
      ['RESOLVED: That the report be noted.\n\n## 18.', `${proposal}\n\n## 18.`],
      ['RESOLVED: That Council recognise', `${clause}\n\nCouncil recognise`],
    );
    const meeting = readWithoutDiagnostics(text);
    const decisions = meeting.items.flatMap((item) =>
      item.decisions.map((d) => ({ item: item.number, form: d.form, text: d.text })),
    );
    expect(decisions).toContainEqual({ item: '17', form: '… This was seconded by … and agreed.', text: proposal });
    expect(decisions).toContainEqual({ item: '20', form: '… and this was agreed.', text: clause });
  });

  it('reads the marks the importer writes on a decision in narrative minutes ("All agreed:", "Agreed:", "After discussion, the Councillors resolved:")', () => {
    const text = slipped(
      [
        'RESOLVED: That the report be noted.\n\n## 18.',
        'All agreed: the minutes were a true record.\n\nAgreed: that the Clerk write to the trust.\n\nAll Councillors agreed: that Councillor Reid chair the panel.\n\n## 18.',
      ],
      [
        'RESOLVED: That Council recognise',
        'After much discussion, the Councillors resolved: to adopt the seat.\n\nQuotes had come and after discussion the Councillors resolved: that Council recognise',
      ],
    );
    const meeting = readWithoutDiagnostics(text);
    const decisions = meeting.items
      .filter((item) => ['17', '20'].includes(item.number ?? ''))
      .flatMap((item) => item.decisions.map((d) => ({ item: item.number, form: d.form, text: d.text })));
    expect(decisions.map((d) => [d.item, d.form, d.text.slice(0, 30)])).toEqual([
      ['17', 'The Committee resolved:', 'the minutes were a true record'],
      ['17', 'RESOLVED:', 'that the Clerk write to the tr'],
      ['17', 'The Committee resolved:', 'that Councillor Reid chair the'],
      ['20', 'The Committee resolved:', 'to adopt the seat.'],
      ['20', '…, and it was agreed:', 'that Council recognise ‘Care E'],
    ]);
  });

  it('reads "Also resolved:" and a clause of why before "it was resolved:" ("Due to …", "Following …"), as the importer marks them', () => {
    const text = slipped(
      [
        'RESOLVED: That the report be noted.\n\n## 18.',
        'Due to the date of the next meeting it was also resolved: to pay the joiner.\n\nAlso resolved: to pay the sports shop.\n\nFollowing the site visit it was agreed: to mend the fence.\n\n## 18.',
      ],
      ['RESOLVED: That Council recognise', 'The Clerk said it was resolved: that Council recognise'],
    );
    const meeting = readWithoutDiagnostics(text);
    const decisions = meeting.items
      .filter((item) => ['17', '20'].includes(item.number ?? ''))
      .flatMap((item) => item.decisions.map((d) => ({ item: item.number, form: d.form, text: d.text })));
    // "The Clerk said it was resolved:" has no clause the forms read before "it was": not a decision of these forms.
    expect(decisions).toEqual([
      { item: '17', form: '…, and it was agreed:', text: 'to pay the joiner.' },
      { item: '17', form: 'RESOLVED:', text: 'to pay the sports shop.' },
      { item: '17', form: '…, and it was agreed:', text: 'to mend the fence.' },
    ]);
  });

  it('but not "Agreed that …" or "All agreed …" without the colon: prose, as councils write it', () => {
    const text = slipped(
      [
        'RESOLVED: That the report be noted.\n\n## 18.',
        'Agreed that the Clerk would look into it.\n\nAll agreed the minutes were a true record.\n\n## 18.',
      ],
      ['RESOLVED: That Council recognise', 'Council recognise'],
    );
    const archive = load({ [SAMPLE]: text });
    expect(archive.diagnostics.filter((d) => d.file === SAMPLE && d.severity === 'error')).toEqual([]);
    const meeting = archive.meetings.find((m) => m.file === SAMPLE)!;
    expect(meeting.items.find((item) => item.number === '17')!.decisions).toEqual([]);
  });

  it('but not narrative before the proposal, nor an agreement by the Clerk, in the same paragraph', () => {
    const text = slipped(
      [
        'RESOLVED: That the report be noted.\n\n## 18.',
        'The drains had flooded. Councillor Collins proposed a meeting. This was agreed.\n\n## 18.',
      ],
      [
        'RESOLVED: That Council recognise',
        'The Engineer agreed to inspect the drain and this was agreed by the Clerk.\n\nCouncil recognise',
      ],
    );
    const meeting = load({ [SAMPLE]: text }).meetings.find((m) => m.file === SAMPLE)!;
    const decisions = meeting.items
      .filter((item) => ['17', '20'].includes(item.number ?? ''))
      .flatMap((i) => i.decisions);
    expect(decisions).toEqual([]);
  });

  it('reads "The following was agreed:" with the bullet list after it, and a decision after the minute it follows up ("5xi)")', () => {
    const text = slipped(
      [
        'RESOLVED: That the report be noted.\n\n## 18.',
        'The following was unanimously agreed:\n\n- 25/0412 Extension\n- No objection\n\nThe Clerk would reply.\n\n## 18.',
      ],
      ['RESOLVED: That Council recognise', '4.4.11i) It was agreed: that Council recognise'],
    );
    const meeting = readWithoutDiagnostics(text);
    const decisions = meeting.items.flatMap((item) =>
      item.decisions.map((d) => ({ item: item.number, form: d.form, text: d.text })),
    );
    expect(decisions).toContainEqual({
      item: '17',
      form: 'The following was agreed:',
      text: '25/0412 Extension No objection',
    });
    expect(decisions).toContainEqual({
      item: '20',
      form: 'It was … agreed:',
      text: 'that Council recognise ‘Care Experienced’ as a protected characteristic.',
    });
  });

  it('a paragraph that starts like a decision in no accepted form is an error; RESOLVED inside a paragraph is a warning', () => {
    const text = slipped(
      ['RESOLVED: That the report be noted.\n\n## 18.', 'RESOLVED. That the report be noted.\n\n## 18.'],
      ['RESOLVED: That Council recognise', 'The Board RESOLVED that Council recognise'],
    );
    const diagnostics = diagnosticsOf({ [SAMPLE]: text });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: lineOf(text, 'RESOLVED. That'),
        severity: 'error',
        code: 'decision-form-unknown',
      }),
      expect.objectContaining({
        line: lineOf(text, 'The Board RESOLVED'),
        severity: 'warning',
        code: 'decision-not-read',
      }),
    ]);
    expect(diagnostics[0]!.message).toContain('"RESOLVED. That the report be noted." starts like a decision');
  });

  it('npm run check --decisions lists each decision with its place and the form it read', async () => {
    const root = copyOfSampleArchive({
      [SAMPLE]: slipped(['RESOLVED: That Council recognise', 'It was RESOLVED that Council recognise']),
    });
    const result = await runScript('check', ['--root', root, '--decisions']);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(
      /^Decisions read: 15 decisions \(14 written "RESOLVED:", 1 written "It was RESOLVED that"\)\.$/m,
    );
    expect(result.stdout).toContain(
      `${SAMPLE}:${lineOf(original, 'RESOLVED: That Council recognise')}:1: decision of item 20, read from "It was RESOLVED that": that Council recognise`,
    );
    const json = await runScript('check', ['--root', root, '--decisions', '--format', 'json']);
    const report = JSON.parse(json.stdout) as { decisions: Array<{ file: string; form: string }> };
    expect(report.decisions.filter((d) => d.form === 'It was RESOLVED that')).toEqual([
      expect.objectContaining({ file: SAMPLE }),
    ]);
  });
});

describe('the order and numbers of items', () => {
  it('warns about an item out of order and about a gap in the numbers, naming the items', () => {
    const text = slipped(['## 17. Annual', '## 12. Annual'], ['## 21. Councilwide', '## 23. Councilwide']);
    const diagnostics = diagnosticsOf({ [SAMPLE]: text });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: lineOf(text, '## 12.'),
        severity: 'warning',
        code: 'item-order',
        message: 'item 12 comes after item 16',
      }),
      expect.objectContaining({
        line: lineOf(text, '## 18.'),
        severity: 'warning',
        code: 'item-number-gap',
        message: 'item 13 to 17 are missing between item 12 and item 18',
      }),
      expect.objectContaining({
        line: lineOf(text, '## 23.'),
        severity: 'warning',
        code: 'item-number-gap',
        message: 'item 21 to 22 are missing between item 20 and item 23',
      }),
    ]);
  });

  it('says nothing about gaps in a meeting marked partial', () => {
    const text = slipped(
      ['## 21. Councilwide', '## 23. Councilwide'],
      ['status: draft', 'status: draft\npartial: Items 21 and 22 were not copied.'],
    );
    expect(diagnosticsOf({ [SAMPLE]: text })).toEqual([]);
  });
});

describe('dates of approval', () => {
  it('"approves: 2025-02-30" is an error at its place, never a meeting of "Invalid DateTime"', () => {
    const text = slipped(['status: draft', 'status: draft\napproves: [2025-02-30]']);
    const archive = load({ [SAMPLE]: text });
    expect(archive.diagnostics.filter((d) => d.file === SAMPLE)).toEqual([
      expect.objectContaining({
        line: lineOf(text, 'approves:'),
        column: 12,
        severity: 'error',
        code: 'date-impossible',
      }),
    ]);
    expect(archive.meetings.find((m) => m.file === SAMPLE)!.approves.map((a) => a.date)).not.toContain('2025-02-30');
  });

  it('an approval sentence with an impossible date ("held on 30 February 2025") is an error at its item', () => {
    const text = slipped(['held on 9 June 2025, were taken', 'held on 30 February 2025, were taken']);
    const archive = load({ [SAMPLE]: text });
    expect(archive.diagnostics.filter((d) => d.file === SAMPLE)).toEqual([
      expect.objectContaining({ line: lineOf(text, '## 13.'), severity: 'error', code: 'date-impossible' }),
    ]);
    expect(archive.diagnostics.find((d) => d.file === SAMPLE)!.message).toContain(
      'held on 30 February 2025, a date that does not exist',
    );
  });

  it('"approved_at" before the meeting, on its own day, or years later is an error at its line', () => {
    for (const [approvedAt, code] of [
      ['2025-09-01', 'approval-not-later'],
      ['2025-09-08', 'approval-not-later'],
      ['2099-01-01', 'approval-too-late'],
    ] as const) {
      const text = slipped(['status: draft', `status: approved\napproved_at: ${approvedAt}`]);
      const diagnostics = diagnosticsOf({ [SAMPLE]: text }).filter((d) => d.severity === 'error');
      expect(diagnostics, approvedAt).toEqual([
        expect.objectContaining({ line: lineOf(text, 'approved_at:'), column: 14, code }),
      ]);
    }
    // The meeting of 10 November 2025 approving them is what the record can say.
    const fine = slipped(['status: draft', 'status: approved\napproved_at: 2025-11-10']);
    expect(diagnosticsOf({ [SAMPLE]: fine }).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a meeting dated in year 0000 or 9999 is an error', () => {
    for (const date of ['0000-09-08', '9999-09-08']) {
      const file = `content/cyp/${date}.md`;
      const diagnostics = diagnosticsOf({ [file]: slipped(['date: 2025-09-08', `date: ${date}`]) }, file);
      expect(diagnostics, date).toEqual([
        expect.objectContaining({ line: 2, column: 7, severity: 'error', code: 'date-implausible' }),
      ]);
    }
  });
});

describe('the front matter and the files of content/', () => {
  it('a "----" line among the fields is an error at its line, not an item heading made of the fields after it', () => {
    const text = slipped(['start: "18:30"\n', 'start: "18:30"\n----\n']);
    const diagnostics = diagnosticsOf({ [SAMPLE]: text });
    expect(diagnostics.find((d) => d.code === 'front-matter-dashes')).toMatchObject({
      line: 4,
      column: 1,
      severity: 'error',
    });
    // The fields after it are lost, and the check says so too.
    expect(diagnostics.find((d) => d.code === 'field-missing')?.message).toBe('the meeting: "status" is missing');
  });

  it('hidden files and folders are named in a warning', () => {
    const files = { 'content/cyp/.2025-12-01.md': original, 'content/.drafts/2025-12-01.md': original };
    const diagnostics = load(files).diagnostics.filter((d) => d.code === 'file-hidden');
    expect(diagnostics.map((d) => [d.file, d.severity])).toEqual([
      ['content/.drafts', 'warning'],
      ['content/cyp/.2025-12-01.md', 'warning'],
    ]);
  });

  it('a copy such as 2025-09-08-copy.md, or a second file with the same items, is an error naming both files', () => {
    const archive = load({
      'content/cyp/2025-09-08-copy.md': original,
      'content/cyp/2025-09-08-second.md': original,
      'content/cyp/2025-09-08-extraordinary.md':
        '---\ndate: 2025-09-08\nstart: "20:00"\nstatus: draft\n---\n\n## 1. Budget\n\nRESOLVED: That the budget be approved.\n',
    });
    const duplicates = archive.diagnostics.filter((d) => d.code === 'meeting-duplicate');
    expect(duplicates.map((d) => [d.file, d.severity])).toEqual([
      ['content/cyp/2025-09-08-copy.md', 'error'],
      ['content/cyp/2025-09-08-second.md', 'error'],
    ]);
    expect(duplicates[0]!.message).toContain('copy of content/cyp/2025-09-08.md');
    expect(duplicates[0]!.message).toContain('its name ends "-copy"');
    expect(duplicates[1]!.message).toBe(
      'this looks like a copy of content/cyp/2025-09-08.md: it holds the same items, so the meeting of 2025-09-08 would be published twice',
    );
  });
});

describe('text nested deeper than Markdown reads', () => {
  it('quotes 100 levels deep and lists 50 levels deep are errors at their line, not dropped text', () => {
    const quotes = `${'>'.repeat(100)} A deeply quoted remark.`;
    const list = Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- point ${i + 1}`).join('\n');
    for (const deep of [quotes, list]) {
      const text = slipped([
        'RESOLVED: That the report be noted.\n\n## 18.',
        `RESOLVED: That the report be noted.\n\n${deep}\n\n## 18.`,
      ]);
      const diagnostics = diagnosticsOf({ [SAMPLE]: text });
      expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'nesting-too-deep' })]);
      expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(lineOf(text, deep.slice(0, 20)));
    }
  });
});

describe('every problem of a file', () => {
  it('a file with YAML that cannot be read still has the slips of its body reported', () => {
    const text = slipped(
      ['venue: Civic Suite, Town Hall, Runcorn', 'venue: [Civic Suite'],
      ['## 18. Quarterly', '##18. Quarterly'],
      ['RESOLVED: That Council', 'RESOLVED. That Council'],
    );
    const codes = diagnosticsOf({ [SAMPLE]: text }).map((d) => d.code);
    expect(codes).toEqual(['yaml-syntax', 'item-heading-no-space', 'decision-form-unknown']);
  });

  it('several mistakes in the fields and the body are all reported', () => {
    const text = slipped(
      ['date: 2025-09-08', 'date: 2025-09-08\napproves: [2025-02-30]'],
      ['status: draft', 'status: drafted'],
      ['## 14. PUBLIC', '### 14. PUBLIC'],
      ['## 19. Halton', '19. Halton'],
    );
    const codes = diagnosticsOf({ [SAMPLE]: text }).map((d) => d.code);
    expect(codes).toEqual(['date-impossible', 'value-unknown', 'item-heading-level', 'item-heading-unmarked']);
  });
});

describe('attendance to be confirmed', () => {
  const unconfirmed = (status: string) =>
    slipped([
      'status: draft',
      `status: ${status}${status === 'approved' ? '\napproved_at: 2025-11-10' : ''}\nattendance:\n  confirmed: false\n  present: [Logan]`,
    ]);

  it('is a warning on draft minutes', () => {
    const text = unconfirmed('draft');
    expect(diagnosticsOf({ [SAMPLE]: text })).toEqual([
      expect.objectContaining({
        line: lineOf(text, 'confirmed:'),
        severity: 'warning',
        code: 'attendance-unconfirmed',
      }),
    ]);
  });

  it('is an error on approved minutes', () => {
    const text = unconfirmed('approved');
    expect(diagnosticsOf({ [SAMPLE]: text }).filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ line: lineOf(text, 'confirmed:'), code: 'attendance-unconfirmed' }),
    ]);
  });
});
