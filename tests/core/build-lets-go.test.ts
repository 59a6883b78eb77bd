import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, type PageWriter } from '../../src/build/build-site.ts';
import { prepareBuild, type PreparedBuild } from '../../src/build/prepared-build.ts';
import { projectRoot } from '../../src/paths.ts';
import { renderPage } from '../../_includes/render.ts';

/** Writes each page as Eleventy's run would, rendered by the same template (Eleventy cannot load its TypeScript configuration inside the test runner). */
const writePages: PageWriter = async (folder, build) => {
  for (const page of build.pages) {
    const html = renderPage(build.site, page);
    mkdirSync(path.dirname(path.join(folder, page.outputPath)), { recursive: true });
    writeFileSync(path.join(folder, page.outputPath), html);
    build.onRendered?.(page, html);
  }
};

describe('a build while it waits for the search index', () => {
  it('has let go of the archive once its pages and files are written, so that a large archive is not held to the end', async () => {
    let collected = false;
    const watch = new FinalizationRegistry(() => (collected = true));
    // The sample archive, watched, and handed over with no reference kept here, as npm run build does.
    const watched = (build: PreparedBuild) => {
      watch.register(build.archive, 'archive');
      return build;
    };
    const output = path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-lets-go-')), '_site');
    const built = await buildSite(watched(prepareBuild({ root: projectRoot })), {
      output,
      incremental: false,
      writePages,
      render: renderPage,
    });
    expect(built.meetings).toBeGreaterThan(0);
    expect(existsSync(path.join(output, 'pagefind', 'pagefind.js'))).toBe(true);
    // Collected while the index was finished, not only once the build had returned.
    expect(collected).toBe(true);
  }, 120_000);
});
