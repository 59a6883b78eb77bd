// npm run check [-- --format text|github|json] [--root DIR]
import { parseArgs } from 'node:util';
import { loadArchive } from '../src/load/archive.ts';
import { hasErrors } from '../src/model/diagnostics.ts';
import { formatCheck, type CheckFormat } from '../src/check/report.ts';
import { archiveRoot } from '../src/paths.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' }, root: { type: 'string' } } });
const format = values.format as CheckFormat;
if (!['text', 'github', 'json'].includes(format)) {
  console.error(`unknown --format "${values.format}"; use text, github or json`);
  process.exit(2);
}
const archive = loadArchive(archiveRoot(values.root));
process.stdout.write(formatCheck(archive.diagnostics, format));
process.exitCode = hasErrors(archive.diagnostics) ? 1 : 0;
