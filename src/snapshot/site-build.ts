// Runs the project's own site build (`scripts/build.ts`) in a separate
// process, so nothing here depends on the static site generator it uses.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { packageScriptCommand } from '../cli/package-script.ts';
import { SnapshotError } from './git.ts';
import type { SiteBuilder } from './snapshot.ts';

export function projectSiteBuilder(projectRoot: string): SiteBuilder {
  const script = path.join(projectRoot, 'scripts', 'build.ts');
  return (archiveRoot, outFolder) =>
    new Promise((resolve, reject) => {
      if (!existsSync(script)) {
        reject(
          new SnapshotError(
            `there is no site build to snapshot yet (${path.relative(process.cwd(), script)} is missing).`,
          ),
        );
        return;
      }
      // As `npm run build` runs it, with the Node flags package.json gives.
      const build = packageScriptCommand(
        'build',
        ['--root', archiveRoot, '--out', outFolder, '--path-prefix', '/'],
        projectRoot,
      );
      const child = spawn(build.command, build.args, {
        cwd: projectRoot,
        env: { ...process.env, MINUTE_BOOK_PATH_PREFIX: '/' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
      child.on('error', (error) => reject(new SnapshotError(`Could not start the site build: ${error.message}`)));
      child.on('close', (code) => {
        if (code === 0) resolve();
        else reject(new SnapshotError(`the site build failed (exit code ${code}):\n${output.trim()}`));
      });
    });
}
