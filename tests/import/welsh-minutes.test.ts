import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFor, importPageOrText, importText } from '../../src/import/import-minutes.ts';
import { loadArchive } from '../../src/load/archive.ts';
import { itemText } from '../../src/model/item-text.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

/**
 * Minutes written in Welsh: Cyngor Cymuned Manordeilo a Salem's minutes of
 * 9 September 2020, a real page of the council's website
 * (tests/import/corpus/manordeilo-salem-cc-2020-09-09-cy; SOURCES.md gives
 * its address and licence). The facts asserted are those its expected.json
 * gives, written by hand from the page: attendance in "PRESENNOL" and a
 * sentence of apologies, decisions as "cytunwyd (yn unfrydol)" and "roedd
 * pawb yn unfrydol", and "Nodwyd" (noted) in the Action column.
 */
const source = path.join(projectRoot, 'tests/import/corpus/manordeilo-salem-cc-2020-09-09-cy/source.html');
const boards = readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8');
const archiveWithCommunityCouncil = () =>
  copyOfSampleArchive({ '_data/boards.yaml': `${boards}\n- id: cymuned\n  name: Cyngor Cymuned\n` });

describe('minutes written in Welsh', () => {
  const root = archiveWithCommunityCouncil();
  const result = importPageOrText(source, { root, board: 'cymuned' });
  const archive = loadArchive(root);
  const meeting = archive.meetings.find((m) => m.key === 'cymuned/2020-09-09');

  it('are written without doubt, and the check reads the file without an error', () => {
    if (!result.ok) throw new Error(result.problem);
    expect(archive.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(meeting?.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
  });

  it('read the councillors present and those who sent apologies, without "Cynghorwyr", "a’r Cynghorydd Sir" or "ac"', () => {
    expect(meeting?.attendance.present.map((a) => a.written)).toEqual([
      'Alun Davies',
      'Kim Davies',
      'Gwenfyl Evans',
      'Peter Harries',
      'Owen Williams',
      'Joseph Davies',
    ]);
    expect(meeting?.attendance.apologies.map((a) => a.written)).toEqual([
      'Arwel Davies',
      'Hubert Gwynne',
      'Dorian Jenkins',
      'Doris Jones',
      'William Loynton',
      'Andrew Thomas',
    ]);
  });

  it('read the decisions "a chytunwyd yn unfrydol", "Cytunwyd", "roedd pawb yn unfrydol" as decisions, and "cytunwyd," inside a sentence as text', () => {
    const decisions = meeting!.items.flatMap((item) =>
      item.decisions.map((d) => ({ item: item.number, form: d.form, text: d.text })),
    );
    expect(decisions.map((d) => [d.item, d.form])).toEqual([
      ['2', 'Cytunwyd:'],
      ['7', 'Cytunwyd:'],
      ['8', 'Cytunwyd:'],
      ['9', 'Cytunwyd:'],
    ]);
    expect(decisions[0]!.text).toMatch(/^bod cofnodion y cyfarfod diwethaf a gynhaliwyd/);
    expect(decisions[1]!.text).toMatch(/^gwneud y sylwadau canlynol/);
    expect(decisions[2]!.text).toMatch(/^y dylai’r Cyngor dderbyn dyfynbris Pontbren Web Services/);
    expect(decisions[3]!.text).toMatch(/^y dylai’r cyfarfodydd barhau i’w cynnal/);
    // The page's words are all kept: the proposer and seconder stay before the decision.
    const item2 = meeting!.items.find((i) => i.number === '2')!;
    expect(itemText(item2)).toContain('Cynigiwyd gan y Cyng. P. Harries, eiliwyd gan y Cyng. J. Davies a chytunwyd');
  });

  it('take the owners printed at a paragraph’s end as actions, but not "Nodwyd" (noted), which stays in the text', () => {
    const owners = (number: string) =>
      meeting!.items.find((i) => i.number === number)!.actions.map((a) => a.owner.written);
    expect(owners('4')).toEqual(['Clerc', 'Cyng. J. Davies/Cyng. O. Williams', 'Cyng. Alun Davies/Cyng. J. Davies']);
    expect(owners('5')).toEqual(['Clerc/Pawb', 'Clerc/Pawb', 'Clerc']);
    expect(owners('6')).toEqual([]);
    const item5 = itemText(meeting!.items.find((i) => i.number === '5')!);
    expect(item5).toContain('gweddill o £10,011.77. Nodwyd');
    expect(item5.match(/Nodwyd/g)).toHaveLength(7);
  });
});

describe('Welsh words in minutes of the English forms', () => {
  const root = archiveWithCommunityCouncil();
  const archive = archiveFor(root);
  const run = (body: string) =>
    importText(
      `MINUTES of a meeting of the Community Council held in the Village Hall on Wednesday, 9 September 2020.\n\n${body}`,
      'minutes.txt',
      { root, board: 'cymuned', dryRun: true },
      archive,
    );

  it('"Noted" in an English page’s Action column is the meeting’s note, not an owner', () => {
    const page = path.join(root, 'page.html');
    const html = `<h4>PRESENT</h4><p>Councillors Alun Davies and Kim Davies.</p>
<h4>1. CORRESPONDENCE</h4><p>i) Bank statement of 1 July 2020.\t\t<em>Noted</em></p><p>ii) Training code.\t\t<em>Clerk</em></p>`;
    writeFileSync(page, html);
    const written = importPageOrText(page, { root, board: 'cymuned', date: '2020-09-09', dryRun: true }, archive);
    if (!written.ok) throw new Error(written.problem);
    expect(written.text).toContain('i) Bank statement of 1 July 2020. Noted');
    expect(written.text).toContain('ii) Training code.\n\nAction: Clerk');
  });

  it('leave an English list with "a" before a capital ("Mr Rhys Jones, a Director of …") as it is written', () => {
    const result = run(
      'PRESENT: Councillors Alun Davies and Kim Davies\n\nAlso present: Mr Rhys Jones, a Director of Pontbren Web Services\n\n1. Apologies\n\nNone.\n',
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.text).toMatch(/others:\n {4}- name: Rhys Jones\n {6}note: a Director of Pontbren Web Services\n/);
  });
});
