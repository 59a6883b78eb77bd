// Runs one of the commands in scripts/, as package.json's scripts do: `node scripts/launch.js scripts/<name>.ts …`.
// Node 22.18+ and 24 run TypeScript themselves by erasing its types, which starts a command in about half the
// processor time tsx takes (docs/performance.md#start-up). Older Node has no type stripping, so there tsx's loader is
// registered first. The command sees the command line it would have seen run directly: its own file in process.argv[1].
import path from 'node:path';
import { pathToFileURL } from 'node:url';

if (!process.features.typescript) {
  const { register } = await import('tsx/esm/api');
  register();
}

if (!process.argv[2]) {
  console.error('Usage: node scripts/launch.js scripts/<name>.ts [arguments]');
  process.exit(2);
}
const command = path.resolve(process.argv[2]);
process.argv.splice(1, 2, command);
await import(pathToFileURL(command).href);
