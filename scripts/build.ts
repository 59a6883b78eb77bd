// npm run build [-- --path-prefix /minutes/] [--root DIR] [--out DIR] [--cache DIR] [--search-cache DIR] [--no-cache] [--all] [--progress]
import { buildCommand } from './build-command.ts';

await buildCommand(process.argv.slice(2));
