import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { buildSite, runScript } from '../support/build-site.ts';
import { projectRoot } from '../../src/paths.ts';

const run = promisify(execFile);

/** A data file that is a program: it leaves a mark where it says when it runs. */
function program(mark: string): string {
  return `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(mark)}, 'ran');\nexport default { authority: 'Somebody Else' };\n`;
}

describe('a program in _data/', () => {
  it('is an error of the check that names it, whatever it is called (.js, .cjs, .mjs, .ts, hidden or in a subfolder)', async () => {
    const root = copyOfSampleArchive({
      '_data/site.js': program('/nowhere'),
      '_data/extra/people.cjs': program('/nowhere'),
      '_data/.hidden.mjs': program('/nowhere'),
      '_data/boards.ts': program('/nowhere'),
    });
    const result = await runScript('check', ['--root', root, '--format', 'json']);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as {
      diagnostics: Array<{ file: string; code: string; line: number; severity: string }>;
    };
    expect(
      report.diagnostics
        .filter((d) => d.code === 'data-code')
        .map((d) => d.file)
        .sort(),
    ).toEqual(['_data/.hidden.mjs', '_data/boards.ts', '_data/extra/people.cjs', '_data/site.js']);
    expect(report.diagnostics.every((d) => d.severity === 'error' && d.line === 1)).toBe(true);
  });

  it('stops the build, which names it and publishes nothing', async () => {
    const mark = path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-mark-')), 'ran');
    const result = await buildSite({ root: copyOfSampleArchive({ '_data/helpers.js': program(mark) }) });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('_data/helpers.js:1:1: error: _data/helpers.js is a program');
    expect(existsSync(result.out)).toBe(false);
    expect(existsSync(mark)).toBe(false);
  });

  it('is not run by Eleventy, which is given no data folder to run code from', async () => {
    // Eleventy's input is the folder it runs in: here one whose _data/ holds a program, beside the sample's data.
    const folder = mkdtempSync(path.join(tmpdir(), 'minute-book-eleventy-'));
    cpSync(path.join(projectRoot, '_data'), path.join(folder, '_data'), { recursive: true });
    const mark = path.join(folder, 'ran');
    writeFileSync(path.join(folder, '_data/evil.js'), program(mark));
    writeFileSync(path.join(folder, '_data/evil.11tydata.js'), program(mark));
    const script = path.join(folder, 'write.mts');
    writeFileSync(
      script,
      [
        `import { prepareBuild } from ${JSON.stringify(path.join(projectRoot, 'src/build/prepared-build.ts'))};`,
        `import { writePagesWithEleventy } from ${JSON.stringify(path.join(projectRoot, 'src/build/eleventy-pages.ts'))};`,
        `import { renderPage } from ${JSON.stringify(path.join(projectRoot, '_includes/render.ts'))};`,
        `await writePagesWithEleventy(${JSON.stringify(path.join(folder, 'site'))}, prepareBuild({ root: ${JSON.stringify(projectRoot)}, pathPrefix: '/' }), renderPage);`,
      ].join('\n'),
    );
    await run(path.join(projectRoot, 'node_modules/.bin/tsx'), [script], { cwd: folder });
    expect(existsSync(path.join(folder, 'site/index.html'))).toBe(true);
    expect(existsSync(mark)).toBe(false);
  });
});
