import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

/** A copy of the sample archive with one more board, for minutes imported as another council's. */
export function sampleArchiveWithBoard(id: string, name: string): string {
  const boards = readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8');
  return copyOfSampleArchive({ '_data/boards.yaml': `${boards}\n- id: ${id}\n  name: ${name}\n` });
}

/** A PDF's bytes saved as minutes.pdf in a throwaway folder of its own, for the importer to read. */
export function savedPdf(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-pdf-')), 'minutes.pdf');
  writeFileSync(file, bytes);
  return file;
}

/** A meeting file of board `cyp` with the given front matter lines and body. */
export function meetingFile(frontMatter: string, body = '## 1. Minutes\n\nThe minutes were agreed.\n'): string {
  return `---\n${frontMatter.trim()}\n---\n\n${body}`;
}
