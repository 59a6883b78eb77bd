import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface FolderSize {
  bytes: number;
  files: number;
}

/** The files under a folder and their total size; nothing when the folder is missing. */
export function folderSize(folder: string): FolderSize {
  const size: FolderSize = { bytes: 0, files: 0 };
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  } catch {
    return size;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    size.files += 1;
    size.bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return size;
}
