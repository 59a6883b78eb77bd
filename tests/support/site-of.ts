import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SiteOutput } from '../../src/build/site-update.ts';

/** Writes `.json` files as the plain files are written (compared first), and the rest straight into the folder, as Eleventy writes pages. */
export function siteOf(entries: Record<string, string>) {
  return async (output: SiteOutput) => {
    for (const [sitePath, content] of Object.entries(entries)) {
      if (sitePath.endsWith('.json') && output.unchanged(sitePath, content)) continue;
      if (!sitePath.endsWith('.json')) output.written(sitePath, content);
      const file = path.join(output.folder, sitePath);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  };
}
