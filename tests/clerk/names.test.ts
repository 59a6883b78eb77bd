import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { loadArchive } from '../../src/load/archive.ts';
import { isAnotherForm, nameKey } from '../../src/load/people-directory.ts';
import { projectRoot } from '../../src/paths.ts';

const JULY = 'content/cyp/2024-07-15.md';
const SEPTEMBER = 'content/cyp/2025-09-08.md';
const sample = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');
const sampleSite = sample('_data/site.yaml');

/** The sample's approved minutes of July 2024 with one name of those present written differently. */
function julyWith(name: string): Record<string, string> {
  const text = sample(JULY);
  expect(text).toContain('    - Begg\n');
  return { [JULY]: text.replace('    - Begg\n', `    - ${name}\n`) };
}

const unknownNames = (root: string) => loadArchive(root).diagnostics.filter((d) => d.code === 'person-unknown');

describe('the hint for a name that matches nobody', () => {
  it('offers the closest member for a misspelling, and asks for the minutes to be corrected, not an alias', () => {
    const [found] = unknownNames(copyOfSampleArchive(julyWith('Margaret Ratclife')));
    expect(found).toMatchObject({ file: JULY, severity: 'warning' });
    expect(found!.hint).toBe('Did you mean Councillor Margaret Ratcliffe? If so, correct the name in the minutes.');
  });

  it("offers the alias only for a shorter form of one member's name: initials, a shortened first name", () => {
    const [initial] = unknownNames(copyOfSampleArchive(julyWith('M. Ratcliffe')));
    expect(initial!.hint).toBe(
      'It is a shorter form of Councillor Margaret Ratcliffe\'s name. If it is them, add "M. Ratcliffe" to their aliases in _data/people.yaml.',
    );
    const [short] = unknownNames(copyOfSampleArchive(julyWith('Geoff Logan')));
    expect(short!.hint).toContain("shorter form of Councillor Geoffrey Logan's name");
  });

  it('says a shorter form that fits two members cannot tell them apart', () => {
    const [twoJones] = unknownNames(
      copyOfSampleArchive({
        ...julyWith('Cllr Jones'),
        '_data/people.yaml': sample('_data/people.yaml').replace('aliases: [Jones, E. Jones]', 'aliases: [E. Jones]'),
      }),
    );
    expect(twoJones!.hint).toBe(
      'It is a shorter form of the names of Councillor Eddie Jones, Councillor Peter Lloyd Jones and A. Jones, so it cannot tell them apart: write the fuller name in the minutes.',
    );
  });

  it('follows the written rule', () => {
    const form = (written: string, known: string) => isAnotherForm(nameKey(written), nameKey(known));
    expect(form('P. Lloyd-Jones', 'Peter Lloyd Jones')).toBe(true);
    expect(form('Councillor Lloyd Jones', 'Peter Lloyd Jones')).toBe(true);
    expect(form('Marg Ratcliffe', 'Margaret Ratcliffe')).toBe(true);
    expect(form('Ratclife', 'Margaret Ratcliffe')).toBe(false);
    expect(form('Mary Ratcliffe', 'Margaret Ratcliffe')).toBe(false);
    expect(form('R. Margaret', 'Margaret Ratcliffe')).toBe(false);
  });
});

describe('check: { strict_names: true } in _data/site.yaml', () => {
  const strict = `${sampleSite}check:\n  strict_names: true\n`;

  it('makes an unknown name in approved minutes an error', () => {
    const [found] = unknownNames(copyOfSampleArchive({ ...julyWith('Margaret Ratclife'), '_data/site.yaml': strict }));
    expect(found).toMatchObject({ file: JULY, severity: 'error', code: 'person-unknown' });
    expect(found!.message).toContain('these minutes are approved (the site has strict_names)');
  });

  it('leaves it a warning in a draft', () => {
    const text = sample(SEPTEMBER).replace('- who: Lloyd-Jones', '- who: Lloyd-Jonse');
    const [found] = unknownNames(copyOfSampleArchive({ [SEPTEMBER]: text, '_data/site.yaml': strict }));
    expect(found).toMatchObject({ file: SEPTEMBER, severity: 'warning' });
  });

  it('is refused when it is not true or false', () => {
    const root = copyOfSampleArchive({ '_data/site.yaml': `${sampleSite}check:\n  strict_names: yes please\n` });
    const problems = loadArchive(root).diagnostics.filter((d) => d.file === '_data/site.yaml');
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', line: sampleSite.split('\n').length + 1, column: 17 }),
    ]);
  });
});
