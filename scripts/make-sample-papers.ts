// npm run make-sample-papers: remakes the sample archive's paper PDFs from the seed records (content/SOURCES.md says which).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { commandArguments } from '../src/cli/command-arguments.ts';
import { projectRoot } from '../src/paths.ts';
import { samplePapers } from '../src/papers/sample-papers.ts';

const { values } = commandArguments({
  command: 'npm run make-sample-papers',
  purpose: 'Makes the PDFs of the sample archive from the seed records, the same bytes each time.',
  options: {
    seeds: {
      type: 'string',
      value: 'DIR',
      default: '../shared/seeds',
      description: 'the folder of the seed records (the brief keeps them in ../shared/seeds)',
    },
  },
});
const seeds = path.resolve(values.seeds as string);
for (const paper of await samplePapers((name) => readFileSync(path.join(seeds, name), 'utf8'))) {
  const target = path.join(projectRoot, paper.path);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, paper.bytes);
  console.log(`${paper.path}: ${paper.bytes.length} bytes, from ${paper.seed}`);
}
