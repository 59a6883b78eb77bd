import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { projectRoot } from '../../src/paths.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

it('refuses a board whose id is a folder of the site itself, such as people, with its place in boards.yaml', () => {
  const boards = readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8');
  const root = copyOfSampleArchive({
    '_data/boards.yaml': `${boards}\n- id: people\n  name: People Scrutiny Committee\n`,
  });
  const archive = loadArchive(root);
  const problems = archive.diagnostics.filter((d) => d.code === 'id-reserved');
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file: '_data/boards.yaml', severity: 'error' });
  expect(problems[0]!.message).toContain('the site uses /people/ for its own pages');
  expect(problems[0]!.line).toBe(boards.split('\n').length + 1);
  expect(archive.boards.map((b) => b.id)).toEqual(['cyp']);
});
