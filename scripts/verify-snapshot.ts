// npm run verify-snapshot -- <folder>
// Checks an unpacked snapshot as a BagIt validator would. Exit code 0 only for a valid bag.
import path from 'node:path';
import { formatBagSize } from '../src/snapshot/bagit.ts';
import { verifyBag } from '../src/snapshot/verify-bag.ts';
import { counted } from '../src/text/counted.ts';

const folders = process.argv.slice(2).filter((arg) => arg !== '--');
if (folders.length !== 1) {
  console.error('Usage: npm run verify-snapshot -- <folder of an unpacked snapshot, the one holding bagit.txt>');
  process.exit(2);
}

try {
  const folder = path.resolve(folders[0]!);
  const report = await verifyBag(folder);
  for (const problem of report.problems) console.log(`${problem.file}: ${problem.message}`);
  const identifier = report.info.get('External-Identifier')?.[0];
  if (report.problems.length === 0) {
    console.log(`Valid bag: ${report.payloadFiles} payload files (${formatBagSize(report.payloadOctets)}) match their ${report.algorithms.join(' and ')} checksums${identifier ? `; commit ${identifier}` : ''}.`);
  } else {
    console.log(`Not valid: ${counted(report.problems.length, 'problem')} in ${folder}.`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`Could not verify the snapshot: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
