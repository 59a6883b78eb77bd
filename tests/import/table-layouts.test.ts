import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAttendanceTable } from '../../src/import/attendance-table.ts';
import { archiveFor, importText } from '../../src/import/import-minutes.ts';
import { actionColumns, actionStart, type Fragment } from '../../src/import/pdf-action-column.ts';
import { readPdf } from '../../src/import/read-pdf.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * Minutes laid out as tables, as word processors print them (the Ayton
 * Community Council fixtures of tests/import/corpus): attendance in cells of
 * names and initials, owners in a right-hand Action column, and the sentences
 * such minutes keep their apologies and short items in. Excerpts of those
 * real documents, and the real PDFs.
 */
const root = copyOfSampleArchive({
  '_data/boards.yaml': `${readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8')}\n- id: council\n  name: Community Council\n`,
});
const archive = archiveFor(root);
const corpusPdf = (slug: string) => path.join(projectRoot, 'tests/import/corpus', slug, 'source.pdf');

const minutes = (
  items: string,
) => `MINUTES of a meeting of the Community Council held in the Community Hall on Tuesday, 5 November 2019.

PRESENT: Mr N Baker, Mrs C Bell and Mr G Cooke

${items}`;
const run = (text: string) => importText(text, 'minutes.txt', { root, board: 'council', dryRun: true }, archive);

/** A fragment of 12-point text, as pdf.js places it. */
const at = (text: string, x: number, width: number): Fragment => ({ text, x, y: 100, width, size: 12 });

describe('attendance laid out as a table of names and initials', () => {
  it('reads each name, and its initials only as the key they are', () => {
    const people = readAttendanceTable([
      ['Catherine Chisholm', 'CC', 'Graham Dolan', 'GD'],
      ['Carol Hamilton (SBC) CH', 'Isabel Kellie', 'IK'],
    ]);
    expect(people).toEqual([
      { name: 'Catherine Chisholm' },
      { name: 'Graham Dolan' },
      { name: 'Carol Hamilton', role: 'SBC' },
      { name: 'Isabel Kellie' },
    ]);
  });

  it('leaves the list to be read as text when a cell is not its name’s initials', () => {
    expect(readAttendanceTable([['Catherine Chisholm', 'CC', 'Graham Dolan', 'HL']])).toBeUndefined();
    expect(readAttendanceTable([['Catherine Chisholm', 'CC', 'Graham Dolan']])).toBeUndefined();
  });
});

describe('a right-hand Action column of initials', () => {
  const headed = { x: 492, headed: true };

  it('takes initials set close after a full stop as an owner, to be confirmed at the end of a paragraph', () => {
    // "… HL to follow up also.  GD/HL" (ayton-cc-2019-11-05, page 1).
    const row = [
      at('planning officer again. No reply had been previously received.', 36, 360),
      at('HL', 403.6, 16),
      at('to follow up also.', 422.9, 89.6),
      at('GD/HL', 519.1, 37.2),
    ];
    expect(actionStart(row, headed)).toEqual({ index: 3, sure: false });
  });

  it('does not take initials that do not follow a full stop, nor words', () => {
    expect(actionStart([at('GD to contact', 400, 90), at('SBC', 495, 20)], headed)).toBeUndefined();
    expect(actionStart([at('As construction work has', 394.2, 116.1), at('now', 513.6, 21.9)], headed)).toBeUndefined();
  });

  it('finds the column without a header where owners stand apart at the right of two lines or more', () => {
    const page = (rows: Fragment[][]) => ({ width: 595, rows });
    const owners = page([
      [at('restrictions applicable to this kind of road.', 72, 230), at('HL', 537.5, 16)],
      [at('would be given to pursuing this matter further.', 72, 240), at('KL/GD/IK', 504, 54)],
    ]);
    expect(actionColumns([owners])[0]).toEqual({ x: 492, headed: false });
    const one = page([[at('restrictions applicable to this kind of road.', 72, 230), at('HL', 537.5, 16)]]);
    expect(actionColumns([one])[0]).toBeUndefined();
  });

  it('reads the owners of a real PDF whose column has no header, those on a line of their own too', async () => {
    const read = await readPdf(corpusPdf('ayton-cc-2020-11-03'));
    if (!read.ok) throw new Error(read.problem);
    expect(read.pdf.lines.filter((l) => l.action).map((l) => l.text)).toEqual([
      'HL',
      'KL/GD/IK',
      'HL',
      'GD',
      'GD',
      'GD',
      'KC',
      'KC',
      'KC/GD/IK',
    ]);
  });

  it('keeps the attendance table’s cells, so that names and initials are told apart', async () => {
    const read = await readPdf(corpusPdf('ayton-cc-2021-03-02'));
    if (!read.ok) throw new Error(read.problem);
    expect(read.pdf.lines.find((l) => l.text.startsWith('Present:'))?.cells).toEqual([
      'Present: Margaret Carey',
      'MC',
      'Graham Dolan',
      'GD',
    ]);
  });
});

describe('the sentences and headings of such minutes', () => {
  it('reads apologies given with initials and a body in braces, and leaves out an officer named last', () => {
    const result = run(
      minutes(
        '1. Apologies for Absence\n\nApologies for absence were received from Isabel Kellie (IK), Paul Priestman (PP), Kenny Combe (KC), Jim Fullarton {SBC} (JF) and Police Scotland CPO.\n',
      ),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toMatch(
      /apologies:\n {4}- Isabel Kellie\n {4}- Paul Priestman\n {4}- Kenny Combe\n {4}- name: Jim Fullarton\n {6}role: SBC\n/,
    );
    expect(result.text).toContain('Jim Fullarton {SBC} (JF) and Police Scotland CPO.');
  });

  it('reads "An apology for absence was received from …"', () => {
    const result = run(minutes('1. Apologies\n\nAn apology for absence was received from Catherine Chisholm.\n'));
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('  apologies: [Catherine Chisholm]\n');
  });

  it('takes a heading that runs on into its only sentence as the item’s title', () => {
    const result = run(
      minutes(
        '1. Treasurer’s Report\n\nThe balance was noted.\n\n2. Correspondence - all previously circulated.\n\n3. Date of Next Meeting\n\nTuesday 3 December.\n',
      ),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('## 2. Correspondence - all previously circulated.\n');
    expect(result.text).toContain('## 3. Date of Next Meeting\n');
  });

  it('starts an item at the head of a page, with no empty line before it', () => {
    const result = run(
      minutes(
        '1. Correspondence\n\nGD had circulated all correspondence.\n\f2. Christmas Lights\n\nThe lights were checked.\n',
      ),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toContain('## 2. Christmas Lights\n');
  });

  it('refuses, naming the line, when the next item’s heading runs on from the text before it', () => {
    const result = run(
      minutes(
        '1. Correspondence\n\nGD had circulated all correspondence.\n2. Christmas Lights\n\nThe lights were checked.\n',
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain('starts as the heading of the next item would ("2. Christmas Lights');
  });

  it('refuses, naming the line, when a heading with its text straight below comes before the numbered items', () => {
    const result = run(
      minutes(
        'Richard Noble\nIt was with great sadness that the Community Council acknowledged the death of a member.\n\n1. Welcome Back\n\nKC welcomed members.\n',
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain('"Richard Noble" heads text of its own before the first numbered item');
  });
});
