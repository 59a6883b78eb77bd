// The tests serve built sites with the same small server as the benchmark.
export { serveFolder, type StaticServer } from '../../src/serve/static-server.ts';
