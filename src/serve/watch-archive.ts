import path from 'node:path';
import chokidar from 'chokidar';

/**
 * Watches the archive's `content/` and `_data/` folders and tells of each
 * file saved, added or removed there, by its absolute path. Resolves once
 * the watcher is ready; the function it gives stops it.
 */
export async function watchArchive(
  root: string,
  changed: (absolutePath: string) => void,
): Promise<() => Promise<void>> {
  const watcher = chokidar.watch([path.join(root, 'content'), path.join(root, '_data')], {
    ignoreInitial: true,
    ignored: (file: string) => isHidden(path.basename(file)),
  });
  for (const event of ['add', 'change', 'unlink'] as const)
    watcher.on(event, (file: string) => changed(path.resolve(file)));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return () => watcher.close();
}

/** Hidden files, such as editors' swap files, are not the archive's: the loader skips them too. */
function isHidden(name: string): boolean {
  return name.startsWith('.');
}
