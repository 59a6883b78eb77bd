import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Vitest's global set-up: the run gets a temporary folder of its own for the
 * throwaway archives, sites and caches its tests make, and the folder goes
 * when the run ends. Tests make their folders with `os.tmpdir()`, which reads
 * TMPDIR each time, and the test processes and the commands they start
 * inherit it. Before, every run left its folders behind: a day's runs had
 * filled /tmp with 3,290 of them, 2.3 GB. What a run makes for a person to
 * look at afterwards goes in the system's temporary folder, which the run
 * names in MINUTE_BOOK_SYSTEM_TMPDIR.
 */
export default function temporaryFolderForTheRun(): () => void {
  const systemTemporaryFolder = process.env.TMPDIR;
  process.env.MINUTE_BOOK_SYSTEM_TMPDIR = tmpdir();
  const runFolder = mkdtempSync(path.join(tmpdir(), 'minute-book-tests-'));
  // nginx's workers run as nobody when the tests run as root, and must reach the sites made in here.
  chmodSync(runFolder, 0o755);
  process.env.TMPDIR = runFolder;
  return () => {
    if (systemTemporaryFolder === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = systemTemporaryFolder;
    rmSync(runFolder, { recursive: true, force: true, maxRetries: 3 });
  };
}
