// npm run bench -- --meetings N [--boards B] [--seed S] [--papers] [--json] [--skip-peers] [--skip-search] [--skip-serve]
//   [--skip-optional-outputs] [--keep]
import path from 'node:path';
import { projectRoot } from '../src/paths.ts';
import { runBench } from './bench/run-bench.ts';
import { formatReport } from './bench/bench-report.ts';
import { commandArguments } from '../src/cli/command-arguments.ts';

const { values } = commandArguments({
  command: 'npm run bench',
  purpose:
    'Measures the build of a synthetic archive against minimal Eleventy and Hugo sites with Pagefind (docs/performance.md).',
  options: {
    meetings: {
      type: 'string',
      value: 'N',
      default: '1000',
      description: 'the size of the synthetic archive (default 1,000)',
    },
    boards: {
      type: 'string',
      value: 'B',
      description: 'the number of boards (default: one per 400 meetings, at least four)',
    },
    seed: { type: 'string', value: 'S', default: '1', description: 'another archive of the same size (default 1)' },
    papers: {
      type: 'boolean',
      default: false,
      description: 'gives each meeting a PDF paper of about 200 KB (the peers do not read them: use with --skip-peers)',
    },
    json: { type: 'boolean', default: false, description: 'prints the figures as JSON, for machines' },
    'skip-peers': {
      type: 'boolean',
      default: false,
      description: 'builds only Minute Book (for sizes whose peers do not fit in memory)',
    },
    'skip-search': { type: 'boolean', default: false, description: 'leaves out the measurement of search in Chromium' },
    'skip-serve': {
      type: 'boolean',
      default: false,
      description: 'leaves out the measurement of npm start showing an edited meeting',
    },
    'skip-optional-outputs': {
      type: 'boolean',
      default: false,
      description: 'leaves out the second cold build, the one with the optional outputs (OParl) turned on',
    },
    keep: {
      type: 'boolean',
      default: false,
      description: 'keeps the built sites (Minute Book and each peer) in the temporary folder it names',
    },
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
    papers: values.papers,
    skipPeers: values['skip-peers'],
    skipSearch: values['skip-search'],
    skipServe: values['skip-serve'],
    skipOptionalOutputs: values['skip-optional-outputs'],
    keep: values.keep,
    // Progress goes to stderr, so --json output stays clean.
    progress: (message) => console.error(message),
  });
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatReport(result));
} catch (error) {
  console.error(`The benchmark stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
