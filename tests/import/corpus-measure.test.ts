import { describe, expect, it } from 'vitest';
import {
  type Fixture,
  type ImportedFacts,
  normaliseName,
  sameName,
  scoreFixture,
  scoreTable,
} from './corpus-measure.ts';

/** The comparison behind tests/import/corpus.test.ts, on facts made up here, so its table can be trusted. */

const fixture: Fixture = {
  slug: 'example',
  folder: '',
  source: '',
  expected: {
    authority: 'Example Town Council',
    body: 'Planning Committee',
    date: '2025-01-09',
    items: [
      { number: '1', title: 'Apologies for Absence' },
      { number: '5(a)', title: "Chair's Report" },
      { number: null, title: 'Any Other Business' },
    ],
    decisions: [
      { item: '5(a)', opening: 'That the report be noted' },
      { item: '5(a)', opening: 'That the report be noted' },
      { item: 'Any Other Business', opening: 'to hold the next meeting' },
    ],
    recommendations: [{ item: '5(a)', opening: 'That Council approves the budget' }],
    present: ['R W Gough', 'Jane Smith'],
    apologies: ['Brown'],
    actions: [{ item: '5(a)', owner: 'Clerk' }],
  },
};

const exact: ImportedFacts = {
  items: [
    { number: '1.', title: 'APOLOGIES FOR ABSENCE' },
    { number: '5(a)', title: 'Chair’s  Report', decisions: [], actions: ['Clerk'] },
    { title: 'Any other business' },
  ].map((i) => ({ decisions: [], ...i })),
  present: ['Mr R W Gough (Chairman)', 'Councillor Jane Smith'],
  apologies: ['Cllr Brown'],
};

describe('measuring an import against a fixture', () => {
  it('reads numbers, titles and names alike when only case, punctuation, honorifics or spacing differ', () => {
    const score = scoreFixture(fixture, 'written', exact);
    expect(score.items).toEqual({ right: 3, of: 3 });
    expect(score.everyItemRight).toBe(true);
    expect(score.names).toEqual({ right: 3, of: 3 });
    expect(score.actions).toEqual({ right: 1, of: 1 });
    expect([score.missingDecisions.length, score.missingNames]).toEqual([3, []]);
  });

  it('names the attendance names an import did not give, present and apologies alike', () => {
    const score = scoreFixture(fixture, 'written', { ...exact, present: ['Councillor Jane Smith'], apologies: [] });
    expect(score.missingNames).toEqual(['R W Gough', 'Brown']);
    expect(score.names).toEqual({ right: 1, of: 3 });
  });

  it("finds an Action column's owner only on its own item", () => {
    const moved: ImportedFacts = {
      ...exact,
      items: exact.items.map((i) => ({ ...i, actions: i.number === '1.' ? ['Clerk'] : [] })),
    };
    expect(scoreFixture(fixture, 'written', moved).actions).toEqual({ right: 0, of: 1 });
  });

  it('does not take a wrong number, a moved title or an extra item for right', () => {
    const shifted: ImportedFacts = {
      ...exact,
      items: [
        exact.items[0]!,
        { number: '5', title: "Chair's Report", decisions: [] },
        exact.items[2]!,
        { number: '6', title: 'Minutes', decisions: [] },
      ],
    };
    const score = scoreFixture(fixture, 'written', shifted);
    expect(score.items).toEqual({ right: 2, of: 3 });
    expect(score.everyItemRight).toBe(false);
    const extra: ImportedFacts = {
      ...exact,
      items: [...exact.items, { number: '6', title: 'Minutes', decisions: [] }],
    };
    expect(scoreFixture(fixture, 'written', extra).everyItemRight).toBe(false);
  });

  it('finds decisions by their item and opening words, one imported decision for each expected one', () => {
    const once: ImportedFacts = {
      ...exact,
      items: [
        exact.items[0]!,
        { number: '5(a)', title: "Chair's Report", decisions: ['RESOLVED: That the report be noted.'] },
        { title: 'Any Other Business', decisions: ['It was agreed to hold the next meeting on 6 March.'] },
      ],
    };
    expect(scoreFixture(fixture, 'written', once).decisions).toEqual({ right: 2, of: 3 });
    // The one not given is named, so a file written without it can be told apart.
    expect(scoreFixture(fixture, 'written', once).missingDecisions).toEqual(['5(a): That the report be noted']);
    const twice: ImportedFacts = {
      ...once,
      items: once.items.map((i) =>
        i.number === '5(a)'
          ? { ...i, decisions: ['That the report be noted.', 'that the report be noted and welcomed'] }
          : i,
      ),
    };
    expect(scoreFixture(fixture, 'written', twice).decisions).toEqual({ right: 3, of: 3 });
    const elsewhere: ImportedFacts = {
      ...exact,
      items: [
        { number: '1', title: 'Apologies for Absence', decisions: ['That the report be noted.'] },
        exact.items[1]!,
        exact.items[2]!,
      ],
    };
    expect(scoreFixture(fixture, 'written', elsewhere).decisions.right).toBe(0);
  });

  it("counts a recommendation to another body taken as this meeting's decision", () => {
    const taken: ImportedFacts = {
      ...exact,
      items: exact.items.map((i) =>
        i.number === '5(a)' ? { ...i, decisions: ['That Council approves the budget for 2025/26'] } : i,
      ),
    };
    expect(scoreFixture(fixture, 'written', taken).recommendationsAsDecisions).toBe(1);
    expect(scoreFixture(fixture, 'written', exact).recommendationsAsDecisions).toBe(0);
  });

  it('scores a refused import as nothing reproduced', () => {
    const score = scoreFixture(
      fixture,
      'refused',
      undefined,
      'could not tell what kind of minutes source.pdf holds\nmore',
    );
    expect([score.items.right, score.decisions.right, score.names.right]).toEqual([0, 0, 0]);
    expect(score.refusal).toBe('could not tell what kind of minutes source.pdf holds');
  });

  it('matches a surname to a full name ending in it, but not initials that disagree', () => {
    expect(normaliseName('Mr R C Love, OBE')).toBe('r c love');
    expect(sameName('Love', 'R C Love')).toBe(true);
    expect(sameName('R Love', 'Rory Love')).toBe(true);
    expect(sameName('P Cole', 'P T Cole')).toBe(true);
    expect(sameName('P Cole', 'S Cole')).toBe(false);
    expect(sameName('Collins', 'Collinson')).toBe(false);
  });

  it('lays the scores out as the same table every time, with a total row', () => {
    const scores = [
      scoreFixture(fixture, 'written', exact),
      scoreFixture({ ...fixture, slug: 'other' }, 'refused', undefined, 'no'),
    ];
    const table = scoreTable(scores);
    expect(table).toBe(scoreTable(scores));
    expect(table.split('\n')).toContain('| example | written | 3/3 (100%) | 0/3 (0%) | 3/3 (100%) | 1/1 (100%) |');
    expect(table.split('\n')).toContain(
      '| **all 2** | 1 written, 1 refused | 3/6 (50%) | 0/6 (0%) | 3/6 (50%) | 1/2 (50%) |',
    );
  });
});
