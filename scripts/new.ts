// npm run new -- --board <id> --date <YYYY-MM-DD> [--time HH:MM] [--suffix WORD] [--root DIR]
import { createMeeting } from '../src/scaffold/new-meeting.ts';
import { archiveRoot } from '../src/paths.ts';
import { environment } from './environment.ts';
import { commandArguments, usage, type CommandDescription } from '../src/cli/command-arguments.ts';

const command = {
  command: 'npm run new',
  purpose: "Creates the draft minutes of a meeting, with the board's venue, members and standing items.",
  options: {
    board: {
      type: 'string',
      value: '<id>',
      needed: true,
      description: 'the board that met, an id from _data/boards.yaml',
    },
    date: { type: 'string', value: '<YYYY-MM-DD>', needed: true, description: 'the day it met' },
    time: { type: 'string', value: 'HH:MM', description: 'when it started, on the 24-hour clock' },
    suffix: {
      type: 'string',
      value: 'WORD',
      description: 'for a second meeting of the board that day, such as extraordinary',
    },
    root: {
      type: 'string',
      value: 'DIR',
      description: 'the archive to add the meeting to (else MINUTE_BOOK_ROOT, else this repository)',
    },
  },
} satisfies CommandDescription;
const { values } = commandArguments(command);
const result = createMeeting({ ...values, root: archiveRoot(values.root ?? environment.root) });
if (result.ok) process.stdout.write(result.message);
else {
  console.error(`Nothing was created:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
  if (!values.board || !values.date) process.stderr.write(usage(command));
  process.exitCode = 1;
}
