import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/paths.ts';

/**
 * A throwaway copy of the sample archive (`_data/` and `content/`), with
 * files added or replaced, for tests that need broken or unusual content.
 */
export function copyOfSampleArchive(files: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'minute-book-archive-'));
  cpSync(path.join(projectRoot, '_data'), path.join(root, '_data'), { recursive: true });
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** A meeting file of board `cyp` with the given front matter lines and body. */
export function meetingFile(frontMatter: string, body = '## 1. Minutes\n\nThe minutes were agreed.\n'): string {
  return `---\n${frontMatter.trim()}\n---\n\n${body}`;
}
