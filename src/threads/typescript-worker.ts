import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on a TypeScript module. Node runs no TypeScript in a
 * worker by itself, so the worker registers tsx's loader (the one the
 * commands run under) before it loads the module.
 */
export function typeScriptWorker(module: URL, options: WorkerOptions = {}): Worker {
  const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const code = `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(code, { ...options, eval: true });
}
