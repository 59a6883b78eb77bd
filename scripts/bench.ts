// npm run bench -- --meetings N [--boards B] [--seed S] [--json] [--skip-peers] [--skip-search] [--skip-serve] [--keep]
import { parseArgs } from 'node:util';
import path from 'node:path';
import { projectRoot } from '../src/paths.ts';
import { runBench } from '../src/bench/run-bench.ts';
import { formatReport } from '../src/bench/bench-report.ts';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '1000' }, boards: { type: 'string' }, seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false }, 'skip-peers': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false }, 'skip-serve': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false },
  },
});
const wholeNumber = (name: string, text: string | undefined) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} takes a whole number, such as 1000`);
    process.exit(2);
  }
  return n;
};

try {
  const result = await runBench({
    meetings: wholeNumber('meetings', values.meetings),
    ...(values.boards ? { boards: wholeNumber('boards', values.boards) } : {}),
    seed: wholeNumber('seed', values.seed),
    cacheRoot: path.join(projectRoot, '.cache/bench'),
    skipPeers: values['skip-peers'],
    skipSearch: values['skip-search'],
    skipServe: values['skip-serve'],
    keep: values.keep,
    // Progress goes to stderr, so --json output stays clean.
    progress: (message) => console.error(message),
  });
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatReport(result));
} catch (error) {
  console.error(`The benchmark stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
