// npm run bench:search-index -- --root ARCHIVE --site BUILT_SITE --variant parts [--cache DIR] [--path-prefix /]
// Indexes a site that `npm run build -- --root ARCHIVE --out BUILT_SITE` wrote, one way, and prints what it measured as JSON.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { prepareBuild } from '../src/build/prepared-build.ts';
import { measureIndexing, type IndexVariant } from '../src/bench/search-index-bench.ts';

const { values } = parseArgs({ options: { root: { type: 'string' }, site: { type: 'string' }, variant: { type: 'string', default: 'parts' }, cache: { type: 'string' }, 'path-prefix': { type: 'string', default: '/' } } });
const variants: IndexVariant[] = ['whole-directory', 'whole-html-files', 'parts', 'parts-cached'];
if (!values.root || !values.site || !variants.includes(values.variant as IndexVariant) || (values.variant === 'parts-cached' && !values.cache)) {
  console.error(`Give --root, --site and --variant (${variants.join(', ')}); parts-cached needs --cache.`);
  process.exit(2);
}
const build = prepareBuild({ root: path.resolve(values.root), pathPrefix: values['path-prefix'] });
console.log(JSON.stringify(await measureIndexing(path.resolve(values.site), build.pages, values.variant as IndexVariant, values.cache && path.resolve(values.cache))));
