import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../scripts/bench/bench-report.ts';
import { runBench } from '../../scripts/bench/run-bench.ts';

// Issue #28: the benchmark reports the build with the default outputs and with the optional ones (OParl) turned on.
describe('npm run bench: the default and the optional outputs', () => {
  it('measures a cold build without OParl and one with it, and leaves the archive as generated', async () => {
    const cacheRoot = mkdtempSync(path.join(tmpdir(), 'minute-book-bench-optional-'));
    const result = await runBench({
      meetings: 4,
      cacheRoot,
      skipSearch: true,
      skipServe: true,
      skipPeers: true,
      keep: true,
    });
    const kept = result.keptIn!;
    try {
      const withOParl = result.withOptionalOutputs;
      expect(withOParl?.name).toBe('Minute Book, with OParl');
      expect(withOParl!.output.files).toBeGreaterThan(result.minuteBook.output.files);
      expect(existsSync(path.join(kept, 'minute-book-oparl', 'site', 'oparl', 'system.json'))).toBe(true);
      expect(existsSync(path.join(kept, 'minute-book', 'site', 'oparl'))).toBe(false);
      expect(formatReport(result)).toMatch(/^Minute Book, with OParl +\d/m);
      // The line that turned OParl on for that build is gone again, so the next run's builds are the default.
      expect(readFileSync(path.join(result.archive.root, '_data', 'site.yaml'), 'utf8')).not.toContain('oparl');
    } finally {
      rmSync(kept, { recursive: true, force: true });
      rmSync(cacheRoot, { recursive: true, force: true });
    }
  });
});
