import path from 'node:path';
import { projectRoot } from '../../../src/paths.ts';
import type { Command } from '../measure-command.ts';

/** The Pagefind command line over a written site, as `npx pagefind --site DIR` runs it. */
export function pagefindCommand(site: string): Command {
  return {
    label: 'pagefind',
    command: process.execPath,
    args: [path.join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', site],
    cwd: projectRoot,
  };
}
