import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on a TypeScript module. Node 22.18+ and 24 run it
 * themselves by erasing its types; older Node runs no TypeScript, so there the
 * worker registers tsx's loader (as scripts/launch.js does) before it loads the module.
 */
export function typeScriptWorker(module: URL, options: WorkerOptions = {}): Worker {
  if (nodeStripsTypes()) return new Worker(module, options);
  const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const code = `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(code, { ...options, eval: true });
}

/**
 * Whether this Node erases TypeScript's types itself ("strip" from 22.18 on). The project's types are those of
 * Node 20, the oldest it runs on, which does not have the flag.
 */
function nodeStripsTypes(): boolean {
  return Boolean((process.features as { typescript?: string | false }).typescript);
}
