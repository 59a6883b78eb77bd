// npm run check [-- --format text|github|json] [--root DIR]
import { loadArchive } from '../src/load/archive.ts';
import { hasErrors } from '../src/model/diagnostics.ts';
import { formatCheck, type CheckFormat } from '../src/check/report.ts';
import { archiveRoot } from '../src/paths.ts';
import { commandArguments } from '../src/cli/command-arguments.ts';

const { values } = commandArguments({
  command: 'npm run check',
  purpose: 'Checks all content and lists every problem; exits with 1 only when there are errors.',
  options: {
    format: { type: 'string', value: 'text|github|json', default: 'text', description: 'text for people (the default), github for GitHub Actions annotations, json for other tools' },
    root: { type: 'string', value: 'DIR', description: 'the archive to check (else MINUTE_BOOK_ROOT, else this repository)' },
  },
});
const format = values.format as CheckFormat;
if (!['text', 'github', 'json'].includes(format)) {
  console.error(`unknown --format "${values.format}"; use text, github or json`);
  process.exit(2);
}
const archive = loadArchive(archiveRoot(values.root));
process.stdout.write(formatCheck(archive.diagnostics, format));
process.exitCode = hasErrors(archive.diagnostics) ? 1 : 0;
