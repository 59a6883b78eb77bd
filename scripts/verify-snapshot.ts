// npm run verify-snapshot -- <folder>
// Checks an unpacked snapshot as a BagIt validator would. Exit code 0 only for a valid bag.
import path from 'node:path';
import { formatBagSize } from '../src/snapshot/bagit.ts';
import { verifyBag } from '../src/snapshot/verify-bag.ts';
import { counted } from '../src/text/counted.ts';
import { commandArguments, usage, type CommandDescription } from '../src/cli/command-arguments.ts';

const command = {
  command: 'npm run verify-snapshot',
  purpose: 'Checks an unpacked snapshot as a BagIt validator would: every file present and unchanged.',
  argument: { value: '<folder>', description: 'the folder of an unpacked snapshot, the one holding bagit.txt' },
  options: {},
} satisfies CommandDescription;
const { positionals: folders } = commandArguments(command);
if (folders.length !== 1) {
  process.stderr.write(usage(command));
  process.exit(2);
}

try {
  const folder = path.resolve(folders[0]!);
  const report = await verifyBag(folder);
  for (const problem of report.problems) console.log(`${problem.file}: ${problem.message}`);
  const identifier = report.info.get('External-Identifier')?.[0];
  if (report.problems.length === 0) {
    console.log(
      `Valid bag: ${report.payloadFiles} payload files (${formatBagSize(report.payloadOctets)}) match their ${report.algorithms.join(' and ')} checksums${identifier ? `; commit ${identifier}` : ''}.`,
    );
  } else {
    console.log(`Not valid: ${counted(report.problems.length, 'problem')} in ${folder}.`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`Could not verify the snapshot: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
