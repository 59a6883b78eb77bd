import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasHugo, HUGO_PATH } from '../../scripts/bench/peers/hugo-peer.ts';
import { runBench } from '../../scripts/bench/run-bench.ts';

// `npm run bench -- --keep` is how a person looks at what was measured: the sites must still be there afterwards.
describe('npm run bench -- --keep', () => {
  it('keeps every built site in the folder it names, Minute Book’s and each peer’s', async () => {
    const cacheRoot = mkdtempSync(path.join(tmpdir(), 'minute-book-bench-keep-'));
    // The build with OParl is kept too (tests/bench/optional-outputs.test.ts); left out here, as --skip-optional-outputs does.
    const result = await runBench({
      meetings: 4,
      cacheRoot,
      skipSearch: true,
      skipServe: true,
      skipOptionalOutputs: true,
      keep: true,
    });
    const kept = result.keptIn;
    try {
      expect(kept).toBeDefined();
      expect(result.notes).toContain(`the built sites are kept in ${kept}.`);
      expect(result.notes).toContain(
        'the build with the optional outputs (OParl) was not measured (--skip-optional-outputs).',
      );
      expect(result.withOptionalOutputs).toBeUndefined();
      const site = path.join(kept!, 'minute-book', 'site');
      expect(readFileSync(path.join(site, 'index.html'), 'utf8')).toContain('<html');
      expect(existsSync(path.join(site, 'pagefind'))).toBe(true);
      expect(existsSync(path.join(kept!, 'eleventy', '_site', 'pagefind'))).toBe(true);
      if (hasHugo()) expect(existsSync(path.join(kept!, 'hugo', 'public', 'pagefind'))).toBe(true);
      else console.warn(`SKIPPED: the Hugo peer's kept site: Hugo is not installed at ${HUGO_PATH}.`);
    } finally {
      if (kept) rmSync(kept, { recursive: true, force: true });
      rmSync(cacheRoot, { recursive: true, force: true });
    }
  });
});
