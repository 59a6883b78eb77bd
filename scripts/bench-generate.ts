// npm run bench:generate -- --meetings N [--boards B] [--seed S] [--papers] [--out DIR]
import path from 'node:path';
import { generateArchive, syntheticPapers, writeArchive } from './bench/generate.ts';
import { projectRoot } from '../src/paths.ts';
import { commandArguments } from '../src/cli/command-arguments.ts';

const { values } = commandArguments({
  command: 'npm run bench:generate',
  purpose: 'Writes a synthetic archive of minutes, the one the benchmark builds.',
  options: {
    meetings: { type: 'string', value: 'N', default: '1000', description: 'the number of meetings (default 1,000)' },
    boards: {
      type: 'string',
      value: 'B',
      description: 'the number of boards (default: one per 400 meetings, at least four)',
    },
    seed: { type: 'string', value: 'S', default: '1', description: 'another archive of the same size (default 1)' },
    papers: { type: 'boolean', default: false, description: 'gives each meeting a PDF paper of about 200 KB' },
    out: { type: 'string', value: 'DIR', description: 'where to write it (else .cache/bench/N)' },
  },
});
const meetings = Number(values.meetings);
if (!Number.isInteger(meetings) || meetings < 1) {
  console.error('--meetings takes a whole number of meetings, such as 1000');
  process.exit(2);
}
const out = path.resolve(values.out ?? path.join(projectRoot, '.cache/bench', String(meetings)));
const texts = generateArchive({
  meetings,
  seed: Number(values.seed),
  ...(values.boards ? { boards: Number(values.boards) } : {}),
  ...(values.papers ? { papers: true } : {}),
});
const files = new Map<string, string | Uint8Array>([...texts, ...syntheticPapers(texts)]);
writeArchive(out, files);
const bytes = [...files.values()].reduce(
  (n, content) => n + (typeof content === 'string' ? Buffer.byteLength(content) : content.length),
  0,
);
console.log(
  `Wrote ${files.size} files (${(bytes / 1024 / 1024).toFixed(1)} MB) of a synthetic archive of ${meetings} meetings to ${path.relative(process.cwd(), out)}`,
);
