import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { csvCell, csvTable } from '../../src/outputs/csv.ts';
import { attendanceRows, decisionRows } from '../../src/outputs/data-records.ts';
import { OutputContext } from '../../src/outputs/output-context.ts';
import { ViewContext } from '../../src/pages/page.ts';
import { Urls } from '../../src/pages/urls.ts';
import { buildSite } from '../support/build-site.ts';
import { csvObjects, readCsv } from './csv-reader.ts';
import { hostileArchive } from './hostile-archive.ts';

let site: string;
let hostile: string;
let hostileRoot: string;
const read = (folder: string, file: string) => readFileSync(path.join(folder, file), 'utf8');
const readJson = (folder: string, file: string) => JSON.parse(read(folder, file)) as Record<string, any>;
const SAMPLE_MEETINGS = ['2024-07-15', '2025-01-20', '2025-09-08', '2025-11-10'];

beforeAll(async () => {
  hostileRoot = hostileArchive();
  const [plain, withHostile] = await Promise.all([buildSite(), buildSite({ root: hostileRoot })]);
  for (const build of [plain, withHostile]) expect(build.exitCode, build.stderr).toBe(0);
  site = plain.out;
  hostile = withHostile.out;
});

/** A validator for the schema the site itself publishes. */
function validatorFor(folder: string, schemaFile: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  return ajv.compile(readJson(folder, `data/schema/${schemaFile}`));
}

function expectValid(validate: ReturnType<typeof validatorFor>, data: unknown, label: string) {
  const valid = validate(data);
  expect(validate.errors ?? [], label).toEqual([]);
  expect(valid, label).toBe(true);
}

describe('open data: JSON', () => {
  it('publishes every meeting as JSON that validates against the published schema', () => {
    for (const folder of [site, hostile]) {
      const validate = validatorFor(folder, 'meeting.json');
      const meetings = readJson(folder, 'data/meetings.json').meetings as Array<{ id: string }>;
      for (const { id } of meetings) expectValid(validate, readJson(folder, `${id}/index.json`), id);
    }
    expect(SAMPLE_MEETINGS.map((d) => readJson(site, `cyp/${d}/index.json`).date)).toEqual(SAMPLE_MEETINGS);
  });

  it('validates the indexes of boards, people and meetings against their schemas', () => {
    for (const name of ['boards.json', 'people.json', 'meetings.json']) {
      for (const folder of [site, hostile])
        expectValid(validatorFor(folder, name), readJson(folder, `data/${name}`), name);
    }
  });

  it('the schemas reject records that do not follow them', () => {
    const validate = validatorFor(site, 'meeting.json');
    const meeting = readJson(site, 'cyp/2025-09-08/index.json');
    expect(validate({ ...meeting, date: '8 September 2025' })).toBe(false);
    expect(validate({ ...meeting, status: 'signed' })).toBe(false);
    expect(validate({ ...meeting, surprise: true })).toBe(false);
    const { items: _items, ...withoutItems } = meeting;
    expect(validate(withoutItems)).toBe(false);
  });

  it('holds what a journalist needs of a meeting: times with their offset, declarations, decisions and approval', () => {
    const september = readJson(site, 'cyp/2025-09-08/index.json');
    expect(september.startsAt).toBe('2025-09-08T18:30:00+01:00');
    expect(september.declarations[0]).toMatchObject({
      person: { person: 'peter-lloyd-jones', written: 'Lloyd-Jones' },
      item: '15',
      kind: 'Other Disclosable Interest',
    });
    const july = readJson(site, 'cyp/2024-07-15/index.json');
    expect(july.attendance.present.some((a: { person: string }) => a.person === 'peter-lloyd-jones')).toBe(true);
    const january = readJson(site, 'cyp/2025-01-20/index.json');
    expect(january.approvedAt).toEqual({ date: '2025-06-09', meeting: null, url: null });
    const november = readJson(site, 'cyp/2025-11-10/index.json');
    expect(november.items[0].decisions[0]).toMatchObject({
      id: 'decision-25-1',
      text: 'That the report be noted.',
      url: 'https://minutes.example.org/cyp/2025-11-10/#decision-25-1',
    });
  });

  it("counts each person's attendance and declarations, board by board", () => {
    const people = readJson(site, 'data/people.json').people as Array<Record<string, any>>;
    const lloydJones = people.find((p) => p.id === 'peter-lloyd-jones')!;
    expect(lloydJones.declarations).toBe(1);
    expect(lloydJones.memberships).toEqual([{ board: 'cyp', role: 'Member', from: null, until: null }]);
    expect(lloydJones.attendance[0].board).toBe('cyp');
    expect(lloydJones.attendance[0].present).toBeGreaterThanOrEqual(1);
  });

  it('keeps hostile text exactly as written', () => {
    const meeting = readJson(hostile, 'cyp/2026-01-12/index.json');
    expect(meeting.items[0].title).toBe('Budget <script>alert("x")</script> & "cuts", 2026');
    expect(meeting.venue).toBe('Room 1; "Annexe", Back\\Office <b>&amp;</b>');
  });

  it('every meeting page links its JSON in the head', () => {
    expect(read(site, 'cyp/2025-09-08/index.html')).toContain(
      '<link rel="alternate" type="application/json" title="This meeting as open data (JSON)" href="/cyp/2025-09-08/index.json">',
    );
  });
});

describe('open data: CSV', () => {
  it('decisions.csv holds every RESOLVED of the archive, each row valid against its schema', () => {
    const rows = csvObjects(read(site, 'data/decisions.csv'));
    const meetings = readJson(site, 'data/meetings.json').meetings as Array<{ decisions: number }>;
    expect(rows).toHaveLength(meetings.reduce((n, m) => n + m.decisions, 0));
    const resolvedInSources = SAMPLE_MEETINGS.map(
      (d) => (read(process.cwd(), `content/cyp/${d}.md`).match(/^RESOLVED:/gm) ?? []).length,
    ).reduce((a, b) => a + b, 0);
    expect(rows).toHaveLength(resolvedInSources);
    expect(rows).toContainEqual(
      expect.objectContaining({
        meeting_date: '2025-11-10',
        item_number: '25',
        decision_text: 'That the report be noted.',
      }),
    );
    const validate = validatorFor(site, 'decisions-row.json');
    for (const row of rows) expectValid(validate, row, row.decision_id!);
  });

  it('attendance.csv has one row per name recorded, valid against its schema', () => {
    const rows = csvObjects(read(site, 'data/attendance.csv'));
    expect(rows).toContainEqual(
      expect.objectContaining({
        meeting_date: '2024-07-15',
        attendance: 'present',
        person_id: 'peter-lloyd-jones',
        name_as_written: 'P. Lloyd Jones',
      }),
    );
    const validate = validatorFor(site, 'attendance-row.json');
    for (const row of rows) expectValid(validate, row, `${row.meeting_date} ${row.name}`);
  });

  it('papers.csv lists every paper, kept ones with the SHA-256 of the published file, each row valid against its schema', () => {
    const rows = csvObjects(read(site, 'data/papers.csv'));
    const validate = validatorFor(site, 'papers-row.json');
    for (const row of rows) expectValid(validate, row, `${row.meeting_date} ${row.title}`);
    const kept = rows.filter((row) => row.file_url);
    expect(kept.map((row) => [row.meeting_date, row.kind, row.media_type])).toEqual([
      ['2024-07-15', 'minutes', 'application/pdf'],
      ['2025-09-08', 'minutes', 'application/pdf'],
    ]);
    for (const row of kept) {
      const file = readFileSync(path.join(site, new URL(row.file_url!).pathname));
      expect(row.sha256).toBe(createHash('sha256').update(file).digest('hex'));
      expect(row.bytes).toBe(String(file.length));
      expect(Number(row.pages)).toBeGreaterThan(0);
      expect(row.text_url).toMatch(/\/papers\/[a-z-]+-pdf\/$/);
    }
    // Papers known only by their address are listed too, with no file.
    expect(rows).toContainEqual(
      expect.objectContaining({ meeting_date: '2025-09-08', item_number: '16', file_url: '', sha256: '' }),
    );
  });

  it("gives each kept paper in a meeting's JSON with its file's address, hash, size and pages", () => {
    const meeting = readJson(site, 'cyp/2024-07-15/index.json');
    const [paper] = meeting.documents as Array<Record<string, any>>;
    const file = readFileSync(path.join(site, 'cyp/2024-07-15/papers/signed-minutes.pdf'));
    expect(paper).toMatchObject({
      item: null,
      kind: 'minutes',
      file: {
        name: 'signed-minutes.pdf',
        mediaType: 'application/pdf',
        bytes: file.length,
        sha256: createHash('sha256').update(file).digest('hex'),
        pages: 5,
      },
    });
    expect(paper!.file.url).toMatch(/\/cyp\/2024-07-15\/papers\/signed-minutes\.pdf$/);
  });

  it('round-trips through an RFC 4180 reader: what is read back is what the archive holds', () => {
    const output = new OutputContext(new ViewContext(loadArchive(hostileRoot), new Urls('/')));
    const unneutralise = (cell: string) => cell.replace(/^'/, '');
    for (const [file, rows] of [
      ['data/decisions.csv', decisionRows(output)],
      ['data/attendance.csv', attendanceRows(output)],
    ] as const) {
      const [, ...read_] = readCsv(read(hostile, file));
      expect(
        read_.map((row) => row.map(unneutralise)),
        file,
      ).toEqual(rows);
    }
    expect(decisionRows(output).some((row) => row.some((cell) => /[",\n]/.test(cell)))).toBe(true);
  });

  it('neutralises spreadsheet formulas with a leading apostrophe', () => {
    const decisions = csvObjects(read(hostile, 'data/decisions.csv'));
    const attendance = csvObjects(read(hostile, 'data/attendance.csv'));
    expect(decisions.find((d) => d.meeting_date === '2026-01-12' && d.item_number === '1')!.decision_text).toMatch(
      /^'=SUM\(A1:A9\) and @everyone/,
    );
    expect(decisions.find((d) => d.meeting_date === '2026-01-12' && d.item_number === '2')!.decision_text).toMatch(
      /^'-1 is not a formula/,
    );
    expect(attendance.map((a) => a.name_as_written)).toContain('\'=HYPERLINK("http://evil.example","click")');
    expect(attendance.map((a) => a.name_as_written)).toContain("'+Baker");
    for (const row of [...decisions, ...attendance])
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('gives back any table exactly: read as RFC 4180, then one leading apostrophe removed', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('=1+1', '+44', '-', '@x', "'", "''=", '"', ',', '\r\n', '\n', '\r', ' '),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const [, ...read_] = readCsv(csvTable(['a', 'b'], rows));
        expect(read_.map((row) => row.map((c) => c.replace(/^'/, '')))).toEqual(rows);
        for (const row of read_) for (const c of row) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it('quotes cells as RFC 4180 says', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell("'tis")).toBe("''tis");
    expect(csvCell(null)).toBe('');
  });
});
