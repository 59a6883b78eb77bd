// npm run check [-- --format text|github|json] [--all] [--progress] [--root DIR] [--decisions]
import { loadArchive } from '../src/load/archive.ts';
import { hasErrors } from '../src/model/diagnostics.ts';
import { formatCheck, type CheckFormat } from '../src/check/report.ts';
import { decisionsRead, formatDecisions } from '../src/check/decisions.ts';
import { archiveRoot } from '../src/paths.ts';
import { commandArguments } from '../src/cli/command-arguments.ts';
import { commandProgress } from '../src/cli/progress.ts';
import { environment } from './environment.ts';

const { values } = commandArguments({
  command: 'npm run check',
  purpose:
    'Checks all content and the site data: lists every error, and every kind of warning with its count; exits with 1 only when there are errors.',
  options: {
    format: {
      type: 'string',
      value: 'text|github|json',
      default: 'text',
      description: 'text for people (the default), github for GitHub Actions annotations, json for other tools',
    },
    all: {
      type: 'boolean',
      description:
        'lists every warning in full; by default each kind of warning shows its first few places and a count (github and json always list every one)',
    },
    progress: {
      type: 'boolean',
      description: 'says what the check is doing, phase by phase, on stderr (shown anyway when stderr is a terminal)',
    },
    root: {
      type: 'string',
      value: 'DIR',
      description: 'the archive to check (else MINUTE_BOOK_ROOT, else this repository)',
    },
    decisions: {
      type: 'boolean',
      description: 'also list every decision read, with its place and the form it was written in',
    },
  },
});
const format = values.format as CheckFormat;
if (!['text', 'github', 'json'].includes(format)) {
  console.error(`unknown --format "${values.format}"; use text, github or json`);
  process.exit(2);
}
if (values.decisions && format === 'github') {
  console.error('--decisions lists decisions for a person or a tool: use it with --format text or --format json');
  process.exit(2);
}
const progress = commandProgress(values.progress || environment.progress);
const archive = loadArchive(archiveRoot(values.root ?? environment.root), { progress });
progress('Checked.');
if (values.decisions && format === 'json') {
  const report = JSON.parse(formatCheck(archive.diagnostics, format, { all: true })) as object;
  process.stdout.write(`${JSON.stringify({ ...report, decisions: decisionsRead(archive) }, null, 2)}\n`);
} else {
  if (values.decisions && format === 'text') process.stdout.write(`${formatDecisions(decisionsRead(archive))}\n`);
  process.stdout.write(formatCheck(archive.diagnostics, format, { all: values.all === true }));
}
process.exitCode = hasErrors(archive.diagnostics) ? 1 : 0;
