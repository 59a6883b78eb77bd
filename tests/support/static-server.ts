// The tests serve built sites with the same small server as the benchmark (scripts/bench/).
export { serveFolder, type StaticServer } from '../../scripts/bench/static-server.ts';
