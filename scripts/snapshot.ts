// npm run snapshot [-- --out <folder>] [--root <archive>]
// Builds the site of the committed archive and packages it as a BagIt bag and a reproducible tar.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SnapshotError } from '../src/snapshot/git.ts';
import { makeSnapshot } from '../src/snapshot/snapshot.ts';
import { projectSiteBuilder } from '../src/snapshot/site-build.ts';
import { formatBagSize } from '../src/snapshot/bagit.ts';
import { commandArguments } from '../src/cli/command-arguments.ts';
import { environment } from './environment.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');

const { values } = commandArguments({
  command: 'npm run snapshot',
  purpose: 'Builds the site of the committed archive and packages it as a BagIt bag and a reproducible tar.',
  options: {
    out: { type: 'string', value: '<folder>', description: 'where to write the snapshot (else snapshots/)' },
    root: {
      type: 'string',
      value: '<archive folder>',
      description: "the archive's git repository (else MINUTE_BOOK_ROOT, else this repository)",
    },
  },
});

const version = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string })
  .version;
const archiveRoot = path.resolve(values.root ?? environment.root ?? projectRoot);
const out = path.resolve(values.out ?? path.join(projectRoot, 'snapshots'));

try {
  const snapshot = await makeSnapshot({
    archiveRoot,
    out,
    buildSite: projectSiteBuilder(projectRoot),
    software: `Minute Book ${version}`,
  });
  const shown = (file: string) => path.relative(process.cwd(), file) || '.';
  if (snapshot.leftOut.length) {
    console.warn(
      `Note: these files differ from commit ${snapshot.commit.id.slice(0, 12)} and are not in the snapshot:\n${snapshot.leftOut.map((file) => `  ${file}`).join('\n')}`,
    );
  }
  console.log(`Snapshot of commit ${snapshot.commit.id} (${snapshot.commit.iso})`);
  console.log(
    `  bag:     ${shown(snapshot.bagFolder)}/ (${snapshot.payloadFiles} payload files, ${formatBagSize(snapshot.payloadOctets)})`,
  );
  console.log(`  archive: ${shown(snapshot.tarFile)}`);
  console.log(`  SHA-256: ${snapshot.tarSha256}  ${path.basename(snapshot.tarFile)}`);
  console.log(`Check it with: npm run verify-snapshot -- ${shown(snapshot.bagFolder)}`);
} catch (error) {
  if (error instanceof SnapshotError) console.error(`No snapshot was made: ${error.message}`);
  else console.error(`No snapshot was made: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
