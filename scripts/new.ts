// npm run new -- --board <id> --date <YYYY-MM-DD> [--time HH:MM] [--suffix WORD] [--root DIR]
import { parseArgs } from 'node:util';
import { createMeeting } from '../src/scaffold/new-meeting.ts';
import { archiveRoot } from '../src/paths.ts';

const USAGE = 'Usage: npm run new -- --board <id> --date <YYYY-MM-DD> [--time HH:MM] [--suffix extraordinary]';
let values;
try {
  ({ values } = parseArgs({
    options: { board: { type: 'string' }, date: { type: 'string' }, time: { type: 'string' }, suffix: { type: 'string' }, root: { type: 'string' } },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
const result = createMeeting({ ...values, root: archiveRoot(values.root) });
if (result.ok) process.stdout.write(result.message);
else {
  console.error(`Nothing was created:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
  if (!values.board || !values.date) console.error(USAGE);
  process.exitCode = 1;
}
