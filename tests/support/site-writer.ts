// A build that puts a site of given files in place, in a process of its own, killed (SIGKILL) at one of its steps:
//   node scripts/launch.js tests/support/site-writer.ts SITE FILES.json KILL_AT
// KILL_AT is the number of the step to be killed before (0 for the first), or -1 to finish; the steps taken are
// printed, one a line, when it finishes.
import { readFileSync } from 'node:fs';
import { writeSite } from '../../src/build/site-update.ts';
import { siteOf } from './site-of.ts';

const [site, filesJson, killAt] = process.argv.slice(2) as [string, string, string];
const files = JSON.parse(readFileSync(filesJson, 'utf8')) as Record<string, string>;
const steps: string[] = [];
await writeSite(site, siteOf(files), {
  onStep: (step) => {
    if (steps.length === Number(killAt)) process.kill(process.pid, 'SIGKILL');
    steps.push(step);
  },
});
process.stdout.write(steps.map((step) => `${step}\n`).join(''));
