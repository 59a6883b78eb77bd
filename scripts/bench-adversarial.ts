// npm run bench:adversarial [-- --root DIR]
// Times the check and the importer on inputs made to make them work hard, at 1x, 8x and 64x their size (docs/performance.md).
import os from 'node:os';
import { loadArchive } from '../src/load/archive.ts';
import { archiveRoot } from '../src/paths.ts';
import { environment } from './environment.ts';
import { commandArguments } from '../src/cli/command-arguments.ts';
import { measureAdversarialInputs } from './bench/adversarial.ts';

const { values } = commandArguments({
  command: 'npm run bench:adversarial',
  purpose:
    'Times the check and the importer on adversarial inputs at 1x, 8x and 64x their size: time per KB that stays level means linear time.',
  options: {
    root: {
      type: 'string',
      value: 'DIR',
      description: 'the archive whose people and boards the inputs are read with (else this repository)',
    },
  },
});
const root = archiveRoot(values.root ?? environment.root);
const figures = measureAdversarialInputs(loadArchive(root), root);
console.log(
  `${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), Node ${process.version}\n`,
);
console.log('| input | size | KB | ms | ms per KB | CPU ms per KB |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const f of figures)
  console.log(
    `| ${f.name} | ${f.scale}× | ${f.kilobytes.toFixed(1)} | ${f.milliseconds.toFixed(1)} | ${f.millisecondsPerKilobyte.toFixed(3)} | ${f.cpuMillisecondsPerKilobyte.toFixed(3)} |`,
  );
