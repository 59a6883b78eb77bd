import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * What both peer sites start from: the archive's own Markdown files, copied
 * as they are, and the board names that each page shows beside its title.
 */
export function copyContent(archiveRoot: string, target: string): void {
  cpSync(path.join(archiveRoot, 'content'), target, { recursive: true });
}

/** Board id to board name, from the archive's `_data/boards.yaml`. */
export function boardNames(archiveRoot: string): Record<string, string> {
  const boards = parse(readFileSync(path.join(archiveRoot, '_data/boards.yaml'), 'utf8')) as Array<{
    id: string;
    name: string;
  }>;
  return Object.fromEntries(boards.map((board) => [board.id, board.name]));
}
