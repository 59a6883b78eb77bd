import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { oparlPages } from '../../src/outputs/oparl.ts';
import { listPagePath, paginate } from '../../src/outputs/oparl-list.ts';
import type { FileView } from '../../src/pages/file-page.ts';
import { OutputContext } from '../../src/outputs/output-context.ts';
import { projectRoot } from '../../src/paths.ts';
import { ViewContext } from '../../src/pages/page.ts';
import { Urls } from '../../src/pages/urls.ts';
import { buildSite } from '../support/build-site.ts';

type Json = Record<string, any>;
const BASE = 'https://minutes.example.org/';
const LISTS = [
  'organization',
  'person',
  'meeting',
  'paper',
  'agendaItem',
  'membership',
  'locationList',
  'legislativeTermList',
];

const schemaFolder = path.join(projectRoot, 'tests/oparl-schema');
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
for (const file of readdirSync(schemaFolder).filter((f) => f.endsWith('.json')))
  ajv.addSchema(JSON.parse(readFileSync(path.join(schemaFolder, file), 'utf8')));

function expectValid(schema: string, data: unknown, label: string) {
  const validate = ajv.getSchema(`urn:minute-book:oparl:1.1:${schema}`)!;
  const valid = validate(data);
  expect(validate.errors ?? [], `${label} as ${schema}`).toEqual([]);
  expect(valid).toBe(true);
}

/**
 * Walks the export as an OParl client would: from the System, through the
 * Body to every list, page by page, validating every list page and every
 * object (and the objects inside them), and fetching every object at its id.
 */
function crawl(fetch: (url: string) => Json | undefined): { objects: Map<string, Json>; pages: number } {
  const objects = new Map<string, Json>();
  let pages = 0;
  const get = (url: string, label: string): Json => {
    const found = fetch(url);
    expect(found, `${label}: nothing at ${url}`).toBeDefined();
    return found!;
  };
  const visit = (object: Json, label: string) => {
    const type = String(object.type).replace('https://schema.oparl.org/1.1/', '');
    expectValid(type, object, label);
    const own = get(object.id, `${label}, fetched at its id`);
    expect(own.id).toBe(object.id);
    expect(own.type).toBe(object.type);
    objects.set(object.id, own);
    for (const inner of [
      ...(object.agendaItem ?? []),
      ...(object.membership ?? []),
      ...(object.auxiliaryFile ?? []),
      ...(object.location ? [object.location] : []),
    ])
      if (typeof inner === 'object') visit(inner, `${label} › ${inner.id}`);
  };
  const walkList = (first: string, label: string) => {
    let url: string | undefined = first;
    let expected = 1;
    // The totals are on the first page, where a client starts (oparl-list.ts).
    let totalPages = 0;
    while (url) {
      const page = get(url, label);
      pages++;
      expectValid('ObjectList', page, `${label} page ${expected}`);
      expect(page.pagination.currentPage).toBe(expected);
      expect(page.links.self).toBe(url);
      if (expected === 1) {
        totalPages = page.pagination.totalPages;
        expect(page.links.last, `${label}: the first page links the last`).toBe(listPagePath(first, totalPages));
      }
      if (page.pagination.currentPage < totalPages)
        expect(page.links.next, `${label}: a page before the last must link the next`).toBeDefined();
      else expect(page.links.next, `${label}: the last page, as the first page counts them`).toBeUndefined();
      for (const object of page.data) visit(object, `${label}: ${object.id}`);
      url = page.links.next;
      expected++;
    }
  };
  const system = get(`${BASE}oparl/system.json`, 'system');
  visit(system, 'System');
  walkList(system.body, 'bodies');
  const body = get(`${BASE}oparl/body.json`, 'body');
  for (const list of LISTS) walkList(body[list], `Body.${list}`);
  for (const organization of [...objects.values()].filter((o) => o.type.endsWith('/Organization')))
    walkList(organization.meeting, `${organization.name}: meetings`);
  return { objects, pages };
}

let site: string;

beforeAll(async () => {
  const build = await buildSite();
  expect(build.exitCode, build.stderr).toBe(0);
  site = build.out;
});

const fromSite = (url: string): Json | undefined => {
  if (!url.startsWith(BASE)) return undefined;
  const file = path.join(site, url.slice(BASE.length));
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Json) : undefined;
};

describe('OParl 1.1 export', () => {
  it('is valid against the OParl 1.1 schemas, and every object can be fetched at its id', () => {
    const { objects } = crawl(fromSite);
    const types = [...objects.values()].map((o) => o.type.replace('https://schema.oparl.org/1.1/', ''));
    for (const type of [
      'System',
      'Body',
      'Organization',
      'Person',
      'Membership',
      'Meeting',
      'AgendaItem',
      'Location',
      'File',
    ])
      expect(types, type).toContain(type);
  });

  it('every URL in the export that points into it resolves', () => {
    const { objects } = crawl(fromSite);
    const urls = JSON.stringify([...objects.values()]).match(/https:\/\/minutes\.example\.org\/oparl\/[^"]+/g)!;
    for (const url of new Set(urls)) expect(fromSite(url), url).toBeDefined();
  });

  it("the schemas reject objects that break OParl's rules", () => {
    const meeting = fromSite(`${BASE}oparl/meeting/cyp/2025-09-08.json`)!;
    const validate = ajv.getSchema('urn:minute-book:oparl:1.1:Meeting')!;
    expect(validate({ ...meeting, start: '2025-09-08 18:30' })).toBe(false);
    expect(validate({ ...meeting, type: 'https://schema.oparl.org/1.0/Meeting' })).toBe(false);
    const { modified: _m, ...withoutModified } = meeting;
    expect(validate(withoutModified)).toBe(false);
    expect(ajv.getSchema('urn:minute-book:oparl:1.1:ObjectList')!({ data: [] })).toBe(false);
  });

  it('gives each kept paper as a File of its meeting, with its size, type, hash and the file itself at its address', () => {
    const meeting = fromSite(`${BASE}oparl/meeting/cyp/2024-07-15.json`)!;
    const embedded = (meeting.auxiliaryFile as Json[])[0]!;
    expect(embedded.id).toBe(`${BASE}oparl/file/cyp/2024-07-15/signed-minutes.pdf.json`);
    const file = fromSite(embedded.id)!;
    const bytes = readFileSync(path.join(site, 'cyp/2024-07-15/papers/signed-minutes.pdf'));
    expect(file).toMatchObject({
      type: 'https://schema.oparl.org/1.1/File',
      fileName: 'signed-minutes.pdf',
      mimeType: 'application/pdf',
      size: bytes.length,
      date: '2024-07-15',
      accessUrl: `${BASE}cyp/2024-07-15/papers/signed-minutes.pdf`,
      meeting: [`${BASE}oparl/meeting/cyp/2024-07-15.json`],
      web: `${BASE}cyp/2024-07-15/papers/signed-minutes-pdf/`,
      'minutebook:sha256': createHash('sha256').update(bytes).digest('hex'),
    });
    expect(embedded.meeting).toBeUndefined();
  });

  it('gives the 8 September 2025 meeting its time, board, items and decisions', () => {
    const meeting = fromSite(`${BASE}oparl/meeting/cyp/2025-09-08.json`)!;
    expect(meeting.start).toBe('2025-09-08T18:30:00+01:00');
    expect(meeting.organization).toEqual([`${BASE}oparl/organization/cyp.json`]);
    expect(meeting.meetingState).toBe('eingeladen');
    expect(meeting.agendaItem.map((i: Json) => i.number)).toEqual([
      '13',
      '14',
      '15',
      '16',
      '17',
      '18',
      '19',
      '20',
      '21',
    ]);
    expect(meeting.agendaItem.find((i: Json) => i.number === '17').resolutionText).toBe('That the report be noted.');
    expect(meeting.web).toBe(`${BASE}cyp/2025-09-08/`);
    expect(meeting.location).toMatchObject({
      id: `${BASE}oparl/location/civic-suite-town-hall-runcorn.json`,
      description: 'Civic Suite, Town Hall, Runcorn',
    });
    expect(fromSite(meeting.location.id)!.meetings).toContain(meeting.id);
    const july = fromSite(`${BASE}oparl/meeting/cyp/2024-07-15.json`)!;
    expect(july.participant).toContain(`${BASE}oparl/person/peter-lloyd-jones.json`);
    expect(july['minutebook:date']).toBe('2024-07-15');
    expect(july.start).toBeUndefined();
  });

  it("lists each person's memberships inside the person, and alone with the back reference", () => {
    const person = fromSite(`${BASE}oparl/person/geoffrey-logan.json`)!;
    expect(person.membership).toEqual([
      expect.objectContaining({ organization: `${BASE}oparl/organization/cyp.json`, role: 'Chair' }),
    ]);
    expect(person.membership[0].person).toBeUndefined();
    expect(fromSite(person.membership[0].id)!.person).toBe(person.id);
  });

  it('splits long lists into pages linked first, prev and next, with the totals and the last page on the first', () => {
    const pages = paginate(
      '/oparl/things.json',
      [1, 2, 3, 4, 5],
      (n) => n * 10,
      (p) => `${BASE}${p.slice(1)}`,
      { perPage: 2 },
    );
    expect(pages.map((p) => p.path)).toEqual([
      '/oparl/things.json',
      '/oparl/things-page-2.json',
      '/oparl/things-page-3.json',
    ]);
    expect(pages[0]!.content()).toEqual({
      data: [10, 20],
      pagination: { totalElements: 5, elementsPerPage: 2, currentPage: 1, totalPages: 3 },
      links: {
        first: `${BASE}oparl/things.json`,
        self: `${BASE}oparl/things.json`,
        next: `${BASE}oparl/things-page-2.json`,
        last: `${BASE}oparl/things-page-3.json`,
      },
    });
    expect(pages[1]!.content()).toEqual({
      data: [30, 40],
      pagination: { elementsPerPage: 2, currentPage: 2 },
      links: {
        first: `${BASE}oparl/things.json`,
        prev: `${BASE}oparl/things.json`,
        self: `${BASE}oparl/things-page-2.json`,
        next: `${BASE}oparl/things-page-3.json`,
      },
    });
    expect(pages[2]!.content().links.next).toBeUndefined();
    expect(
      paginate(
        '/oparl/none.json',
        [],
        (n) => n,
        (p) => p,
      )[0]!.content().pagination,
    ).toEqual({ totalElements: 0, elementsPerPage: 100, currentPage: 1, totalPages: 1 });
  });

  it('changes only the first and the last page of a list when an item is added at its end', () => {
    // A page's input key tells a build over the previous site which pages it need not make again (input-keys.ts).
    const keyed = (items: number[]) =>
      paginate(
        '/oparl/things.json',
        items,
        (n) => n,
        (p) => p,
        { perPage: 2, keyOf: String, pageKey: (...parts) => parts.join('|') },
      );
    const before = keyed([1, 2, 3, 4, 5, 6, 7]);
    const after = keyed([1, 2, 3, 4, 5, 6, 7, 8]);
    const changed = after.filter((page, i) => page.inputKey !== before[i]?.inputKey).map((page) => page.path);
    expect(changed).toEqual(['/oparl/things.json', '/oparl/things-page-4.json']);
    // When the added item opens a page, the page before it gains its next link.
    const opened = keyed([1, 2, 3, 4, 5, 6, 7, 8, 9])
      .filter((page, i) => page.inputKey !== after[i]?.inputKey)
      .map((page) => page.path);
    expect(opened).toEqual(['/oparl/things.json', '/oparl/things-page-4.json', '/oparl/things-page-5.json']);
  });

  it("makes a list page's objects only when the page is written, and only that page's", () => {
    const made: number[] = [];
    const pages = paginate(
      '/oparl/things.json',
      [1, 2, 3, 4, 5],
      (n) => {
        made.push(n);
        return n;
      },
      (p) => p,
      { perPage: 2 },
    );
    expect(made).toEqual([]);
    pages[1]!.content();
    expect(made).toEqual([3, 4]);
  });

  it('an OParl client walks paginated lists to the end and finds every object', () => {
    const output = new OutputContext(new ViewContext(loadArchive(projectRoot), new Urls('/')));
    const files = new Map(
      oparlPages(output, new Set(), { perPage: 2 }).map((p) => [
        `${BASE}${p.outputPath}`,
        JSON.parse((p.view as FileView).content()) as Json,
      ]),
    );
    const { objects, pages } = crawl((url) => files.get(url));
    expect(pages).toBeGreaterThan(10);
    expect([...objects.values()].filter((o) => o.type.endsWith('/Meeting'))).toHaveLength(4);
    expect([...objects.values()].filter((o) => o.type.endsWith('/Person'))).toHaveLength(output.archive.people.length);
  });
});
