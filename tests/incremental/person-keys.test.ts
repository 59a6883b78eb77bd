import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { sitePages, siteView } from '../../src/plan/plan.ts';
import { renderPage } from '../../_includes/render.ts';
import { copyOfSampleArchive, meetingFile } from '../support/archive-copy.ts';

// A person's page is kept unrendered by a build over the previous site when its input key is the one the last build
// made it from (src/build/changed-pages.ts). So a page whose HTML changes must never keep its key (a stale page,
// the worst case), and a meeting of one board must leave the keys of people who neither sit on it nor are named by
// the meeting as they were (the saving the key is for). Each edit below is checked against both.

/** The sample's board, and a second board two people sit on, one of them also on the sample's. */
const AUDIT_BOARD = `- id: audit
  name: Audit and Governance Board
  short_name: Audit Board
  members:
    - { person: tom-mcinerney, role: Chair }
    - { person: aimee-skinner }
`;

// Every member of the sample's board (_data/boards.yaml).
const CYP_MEMBERS = [
  'geoffrey-logan',
  'carol-plumpton-walsh',
  'sandra-baker',
  'victoria-begg',
  'louise-goodall',
  'eddie-jones',
  'peter-lloyd-jones',
  'tony-mcdermott',
  'margaret-ratcliffe',
  'mike-ryan',
  'aimee-skinner',
];

interface PeoplePage {
  key: string | undefined;
  html: string;
}

/** The people's pages of the archive at `root` (the list of people and each person's page), by path, as built. */
function peoplePages(root: string): Map<string, PeoplePage> {
  const archive = loadArchive(root, { today: '2026-11-22' });
  expect(archive.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const site = siteView(archive);
  return new Map(
    sitePages(archive)
      .filter((page) => page.kind === 'person' || page.kind === 'people')
      .map((page) => [page.frame.path, { key: page.inputKey, html: renderPage(site, page) }]),
  );
}

/** The paths whose key changed; fails on any page whose HTML changed while its key did not. */
function changedKeys(before: Map<string, PeoplePage>, after: Map<string, PeoplePage>): string[] {
  expect([...after.keys()]).toEqual([...before.keys()]);
  const stale = [...after].filter(([p, page]) => page.html !== before.get(p)!.html && page.key === before.get(p)!.key);
  expect(
    stale.map(([p]) => p),
    'pages changed under the same key',
  ).toEqual([]);
  for (const page of after.values()) expect(page.key).toMatch(/^[0-9a-f]{40}$/);
  return [...after]
    .filter(([p, page]) => page.key !== before.get(p)!.key)
    .map(([p]) => p)
    .sort();
}

const personPath = (id: string) => `/people/${id}/`;
const peoplePaths = (ids: string[]) => ids.map(personPath).sort();

function replaceIn(file: string, change: (text: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const changed = change(text);
  expect(changed, `${file} was not changed`).not.toBe(text);
  writeFileSync(file, changed);
}

describe("people's pages over the previous site", () => {
  const root = copyOfSampleArchive();
  const file = (name: string) => path.join(root, name);
  replaceIn(file('_data/boards.yaml'), (text) => `${text.trimEnd()}\n${AUDIT_BOARD}`);
  mkdirSync(file('content/audit'));
  let previous = peoplePages(root);
  /** The people's pages after the edit, and the paths whose key it changed. */
  const afterEdit = (edit: () => void) => {
    edit();
    const now = peoplePages(root);
    const changed = changedKeys(previous, now);
    const before = previous;
    previous = now;
    return { changed, before, now };
  };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('are keyed, the list of people included', () => {
    expect([...previous.keys()]).toContain('/people/');
    expect([...previous.keys()]).toContain(personPath('tom-mcinerney'));
  });

  it("change only for the other board's members and the people a meeting added to it names", () => {
    const { changed, before, now } = afterEdit(() =>
      writeFileSync(
        file('content/audit/2025-02-03.md'),
        meetingFile(
          'date: 2025-02-03\nstatus: draft\nattendance:\n  present: [McInerney, Skinner]\n  officers: [K. Appleton]',
        ),
      ),
    );
    expect(changed).toEqual(peoplePaths(['tom-mcinerney', 'aimee-skinner', 'k-appleton']));
    // Each of them now shows the meeting.
    for (const id of ['tom-mcinerney', 'aimee-skinner', 'k-appleton'])
      expect(now.get(personPath(id))!.html, id).not.toBe(before.get(personPath(id))!.html);
  });

  it("change for every member of the sample's board when it meets, and for no one else", () => {
    const { changed } = afterEdit(() =>
      writeFileSync(
        file('content/cyp/2025-12-08.md'),
        meetingFile('date: 2025-12-08\nstatus: draft\nattendance:\n  present: [Logan, Begg]'),
      ),
    );
    // Its portfolio holder and lead officer sit on no board of it: their attendance is not counted there.
    expect(changed).toEqual(peoplePaths(CYP_MEMBERS));
  });

  it('change for someone named by a meeting of a board they do not sit on', () => {
    const { changed, before, now } = afterEdit(() =>
      writeFileSync(
        file('content/audit/2025-03-03.md'),
        meetingFile(
          'date: 2025-03-03\nstatus: draft\nattendance:\n  present: [McInerney]\n  others: [Baker]\n' +
            'declarations:\n  - who: Goodall\n    item: "1"\n    kind: Other Disclosable Interest',
        ),
      ),
    );
    expect(changed).toEqual(peoplePaths(['tom-mcinerney', 'aimee-skinner', 'sandra-baker', 'louise-goodall']));
    expect(now.get(personPath('louise-goodall'))!.html).not.toBe(before.get(personPath('louise-goodall'))!.html);
  });

  it('change when a meeting they attended is edited, or no longer names them', () => {
    const { changed, before, now } = afterEdit(() =>
      replaceIn(file('content/cyp/2024-07-15.md'), (text) =>
        text.replace('\n    - Begg\n', '\n').replace('apologies: [Baker,', 'apologies: [Begg, Baker,'),
      ),
    );
    expect(changed).toContain(personPath('victoria-begg'));
    expect(now.get(personPath('victoria-begg'))!.html).not.toBe(before.get(personPath('victoria-begg'))!.html);
    // Baker is named by the audit meeting as in attendance: edited away, her page loses the meeting.
    const second = afterEdit(() =>
      replaceIn(file('content/audit/2025-03-03.md'), (text) => text.replace('  others: [Baker]\n', '')),
    );
    expect(second.changed).toEqual(peoplePaths(['tom-mcinerney', 'aimee-skinner', 'sandra-baker', 'louise-goodall']));
  });

  it('all change when a person or a board is edited', () => {
    const person = afterEdit(() =>
      replaceIn(file('_data/people.yaml'), (text) =>
        text.replace('Executive Portfolio Holder for Children', 'Executive Portfolio Holder for Children, Audit'),
      ),
    );
    expect(person.changed).toEqual([...previous.keys()].sort());
    const board = afterEdit(() =>
      replaceIn(file('_data/boards.yaml'), (text) =>
        text.replace(
          '    - { person: aimee-skinner }\n',
          '    - { person: aimee-skinner }\n    - { person: g-cook }\n',
        ),
      ),
    );
    expect(board.changed).toEqual([...previous.keys()].sort());
    // G. Cook now sits on the audit board: his page counts its meetings.
    expect(board.now.get(personPath('g-cook'))!.html).not.toBe(board.before.get(personPath('g-cook'))!.html);
  });

  it('keep their keys when nothing changed', () => {
    expect(afterEdit(() => {}).changed).toEqual([]);
  });
});
