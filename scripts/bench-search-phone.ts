// npm run bench:search-phone -- --site FOLDER [--query Q]
import path from 'node:path';
import { commandArguments } from '../src/cli/command-arguments.ts';
import { CHROMIUM_PATH, hasChromium, measureSearchOnTheWire } from './bench/search-on-the-wire.ts';
import { formatWireSteps } from './bench/bench-report.ts';

const { values } = commandArguments({
  command: 'npm run bench:search-phone',
  purpose:
    'Measures search on a built site in a phone-like Chromium (320 px wide, CPU 4x slower, Fast 4G) and at full speed: what it downloads and how soon the first result shows (docs/performance.md).',
  options: {
    site: {
      type: 'string',
      value: 'FOLDER',
      description: 'a built site, such as the output of npm run build -- --out FOLDER',
    },
    query: {
      type: 'string',
      value: 'Q',
      default: 'exclusions',
      description: 'the words to search for (default "exclusions", which the sample archive has)',
    },
  },
});

if (!values.site) {
  console.error('--site FOLDER is needed: the folder of a built site.');
  process.exit(2);
}
if (!hasChromium()) {
  console.error(`Search cannot be measured: Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium).`);
  process.exit(1);
}
const site = path.resolve(values.site);
const query = values.query ?? 'exclusions';
// Twice on the phone: the first search loads Pagefind, the second finds it loaded.
const phone = await measureSearchOnTheWire(site, [query, query], { phone: true });
const desktop = await measureSearchOnTheWire(site, [query, query]);
process.stdout.write(
  `Search on a phone-like browser (320 px wide, CPU 4x slower, Fast 4G):\n${formatWireSteps(phone)}\n\nAt full speed (1280 px wide):\n${formatWireSteps(desktop)}\n`,
);
