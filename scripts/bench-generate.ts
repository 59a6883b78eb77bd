// npm run bench:generate -- --meetings N [--boards B] [--seed S] [--out DIR]
import { parseArgs } from 'node:util';
import path from 'node:path';
import { generateArchive, writeArchive } from '../src/bench/generate.ts';
import { projectRoot } from '../src/paths.ts';

const { values } = parseArgs({ options: { meetings: { type: 'string', default: '1000' }, boards: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
const meetings = Number(values.meetings);
if (!Number.isInteger(meetings) || meetings < 1) {
  console.error('--meetings takes a whole number of meetings, such as 1000');
  process.exit(2);
}
const out = path.resolve(values.out ?? path.join(projectRoot, '.cache/bench', String(meetings)));
const files = generateArchive({ meetings, seed: Number(values.seed), ...(values.boards ? { boards: Number(values.boards) } : {}) });
writeArchive(out, files);
const bytes = [...files.values()].reduce((n, text) => n + Buffer.byteLength(text), 0);
console.log(`Wrote ${files.size} files (${(bytes / 1024 / 1024).toFixed(1)} MB) of a synthetic archive of ${meetings} meetings to ${path.relative(process.cwd(), out)}`);
