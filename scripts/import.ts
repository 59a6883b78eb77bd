// npm run import -- <file or folder> --board <id> [--date YYYY-MM-DD] [--shape auto|moderngov-page|moderngov-table|moderngov-item|pdf-text|markdown]
//                   [--item NUMBER] [--status draft|approved] [--dry-run] [--force] [--accept-doubts] [--root DIR]
import { importPath } from '../src/import/import-path.ts';
import { archiveRoot } from '../src/paths.ts';
import { environment } from './environment.ts';
import { commandArguments, usage, type CommandDescription } from '../src/cli/command-arguments.ts';

const command = {
  command: 'npm run import',
  purpose:
    'Imports minutes (the signed PDF, the meeting page saved as HTML, or copied text) into content/<board>/<date>.md, and reports what it kept, dropped and doubted.',
  argument: {
    value: '<file or folder>',
    description: 'a PDF, a saved .html page or a text file of minutes, or a folder of them',
  },
  options: {
    board: {
      type: 'string',
      value: '<id>',
      description: 'the board, an id from _data/boards.yaml (else the board the text names)',
    },
    date: { type: 'string', value: 'YYYY-MM-DD', description: "the meeting's date, when the text does not give it" },
    shape: {
      type: 'string',
      value: 'SHAPE',
      description: 'auto (the default), moderngov-page, moderngov-table, moderngov-item, pdf-text or markdown',
    },
    item: {
      type: 'string',
      value: 'NUMBER',
      description: 'the item\'s number, for a single "Agenda item" page that does not give it',
    },
    status: {
      type: 'string',
      value: 'draft|approved',
      description: "the minutes' status (default draft; approved for signed minutes)",
    },
    'dry-run': { type: 'boolean', description: 'prints the file it would write, and the report, and writes nothing' },
    force: { type: 'boolean', description: 'replaces a meeting file that already exists' },
    'accept-doubts': {
      type: 'boolean',
      description:
        'writes a file the importer has doubts about, as a draft that lists them (npm run check warns until each is settled)',
    },
    root: {
      type: 'string',
      value: 'DIR',
      description: 'the archive to write into (else MINUTE_BOOK_ROOT, else this repository)',
    },
  },
} satisfies CommandDescription;
const { values, positionals } = commandArguments(command);
if (positionals.length !== 1) {
  process.stderr.write(`Name one file or folder to import.\n${usage(command)}`);
  process.exit(2);
}
const outcome = await importPath(positionals[0]!, {
  root: archiveRoot(values.root ?? environment.root),
  board: values.board,
  date: values.date,
  shape: values.shape,
  item: values.item,
  status: values.status,
  dryRun: values['dry-run'] ?? false,
  force: values.force ?? false,
  acceptDoubts: values['accept-doubts'] ?? false,
});
if (outcome.output) process.stdout.write(outcome.output);
if (outcome.errors) process.stderr.write(outcome.errors);
process.exitCode = outcome.exitCode;
