// npm run import -- <file or folder> --board <id> [--date YYYY-MM-DD] [--shape auto|moderngov-page|moderngov-table|moderngov-item|pdf-text]
//                   [--item NUMBER] [--status draft|approved] [--dry-run] [--force] [--root DIR]
import { parseArgs } from 'node:util';
import { importPath } from '../src/import/import-path.ts';
import { archiveRoot } from '../src/paths.ts';

const USAGE = 'Usage: npm run import -- <file or folder> [--board <id>] [--date YYYY-MM-DD] [--shape auto|moderngov-page|moderngov-table|moderngov-item|pdf-text] [--item NUMBER] [--status draft|approved] [--dry-run] [--force] [--root DIR]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      board: { type: 'string' }, date: { type: 'string' }, shape: { type: 'string' }, item: { type: 'string' }, status: { type: 'string' },
      'dry-run': { type: 'boolean' }, force: { type: 'boolean' }, root: { type: 'string' },
    },
  });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) {
  console.error(`Name one file or folder to import.\n${USAGE}`);
  process.exit(2);
}
const outcome = importPath(positionals[0]!, {
  root: archiveRoot(values.root),
  board: values.board,
  date: values.date,
  shape: values.shape,
  item: values.item,
  status: values.status,
  dryRun: values['dry-run'] ?? false,
  force: values.force ?? false,
});
if (outcome.output) process.stdout.write(outcome.output);
if (outcome.errors) process.stderr.write(outcome.errors);
process.exitCode = outcome.exitCode;
