// npm start [-- --port 8080] [--out DIR]: builds the archive, serves it on localhost, and shows each saved change.
import path from 'node:path';
import { archiveRoot, parseCacheFolder, projectRoot } from '../src/paths.ts';
import { searchCacheFolder } from '../src/search/search-bundle.ts';
import { environment } from './environment.ts';
import { LiveSite } from '../src/serve/live-site.ts';
import { watchArchive } from '../src/serve/watch-archive.ts';
import { startDevServer, type DevServer } from '../src/serve/dev-server.ts';
import { writePagesWithEleventy } from '../src/build/eleventy-pages.ts';
import { renderPage } from '../_includes/render.ts';
import { commandArguments } from '../src/cli/command-arguments.ts';

const { values } = commandArguments({
  command: 'npm start',
  purpose: 'Builds the archive, serves it on localhost, and shows each saved change.',
  options: {
    port: { type: 'string', value: 'PORT', default: '8080', description: 'the port to serve on (default 8080)' },
    out: { type: 'string', value: 'DIR', description: 'where to write the site (else _site/)' },
    network: {
      type: 'boolean',
      description: 'serves to other devices on the network too (to try the site on a phone); else only to this machine',
    },
  },
});
const root = archiveRoot(environment.root);
const output = path.resolve(values.out ?? path.join(projectRoot, '_site'));
const pathPrefix = environment.pathPrefix ?? '/';
let server: DevServer | undefined; // eslint-disable-line prefer-const -- assigned once the first build has run
// Problems of a build before the server started, shown from its first page.
let problemsBeforeServing: string | undefined;
const site = new LiveSite({
  build: { root, pathPrefix, cache: parseCacheFolder(environment.cache) },
  output,
  searchCache: searchCacheFolder(environment.searchCache),
  writePages: writePagesWithEleventy,
  render: renderPage,
  reload: () => server?.reload(),
  log: (message) => console.log(message),
  problems: (problems) => (server ? server.showProblems(problems) : (problemsBeforeServing = problems)),
});
await site.start();
await watchArchive(root, (file) => site.changed(file));
const host = values.network ? '0.0.0.0' : '127.0.0.1';
server = await startDevServer({
  folder: output,
  port: Number(values.port),
  pathPrefix,
  host,
  ...(problemsBeforeServing ? { problems: problemsBeforeServing } : {}),
});
console.log(
  values.network
    ? `Serving the site to the network on port ${values.port}: any device that can reach this machine can open it (http://<this machine's address>:${values.port}${pathPrefix}).`
    : `Serving the site at http://127.0.0.1:${values.port}${pathPrefix}, to this machine only (--network opens it to other devices, such as a phone).`,
);
