// A test-only entry to `npm run build`: the same command (scripts/build-command.ts), handed hooks that the
// product never reads from the environment. Run as the build script is (tests/support/build-site.ts):
//   build-with-hooks.ts [--fail-after-writing] [--pages-per-run N] -- <npm run build's arguments>
import { buildCommand, type BuildSeams } from '../../scripts/build-command.ts';

const args = process.argv.slice(2);
const end = args.indexOf('--');
const own = end === -1 ? [] : args.slice(0, end);
const seams: BuildSeams = {};
for (let i = 0; i < own.length; i++) {
  if (own[i] === '--fail-after-writing')
    seams.hooks = {
      // As a later step of a real build might: fail once the pages are written, before the site is put in place.
      afterWriting: () => {
        throw new Error('stopped on purpose after writing the pages (a test hook)');
      },
    };
  else if (own[i] === '--pages-per-run') seams.pagesPerRun = Number(own[++i]);
  else throw new Error(`build-with-hooks.ts does not know ${own[i]}`);
}
await buildCommand(end === -1 ? args : args.slice(end + 1), seams);
