import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a site into a fresh folder beside `target` and puts it in place only
 * when `write` succeeds, so a failed build leaves the previous site exactly
 * as it was.
 */
export async function writeAtomically(target: string, write: (folder: string) => Promise<void>): Promise<void> {
  const parent = path.dirname(path.resolve(target));
  const name = path.basename(target);
  const building = path.join(parent, `.${name}.building`);
  const previous = path.join(parent, `.${name}.previous`);
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  try {
    await write(building);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    // A failing writer may still have writes in flight (Eleventy writes pages concurrently):
    // remove what they leave once they have settled.
    process.once('beforeExit', () => rmSync(building, { recursive: true, force: true }));
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(building, target);
  rmSync(previous, { recursive: true, force: true });
}
