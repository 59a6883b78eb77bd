// npm start [-- --port 8080] [--out DIR]: builds the archive, serves it on localhost, and rebuilds when content changes.
import { parseArgs } from 'node:util';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { projectRoot } from '../src/paths.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, out: { type: 'string' } } });
const eleventy = new Eleventy(projectRoot, path.resolve(values.out ?? path.join(projectRoot, '_site')), {
  configPath: path.join(projectRoot, 'eleventy.config.ts'),
  runMode: 'serve',
});
await eleventy.init();
await eleventy.watch();
eleventy.serve(Number(values.port));
