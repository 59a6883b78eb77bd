// npm run bench:search-index -- --root ARCHIVE --site BUILT_SITE --variant parts [--cache DIR] [--path-prefix /]
// Indexes a site that `npm run build -- --root ARCHIVE --out BUILT_SITE` wrote, one way, and prints what it measured as JSON.
import path from 'node:path';
import { prepareBuild } from '../src/build/prepared-build.ts';
import { measureIndexing, type IndexVariant } from '../src/bench/search-index-bench.ts';
import { commandArguments } from '../src/cli/command-arguments.ts';

const { values } = commandArguments({
  command: 'npm run bench:search-index',
  purpose: 'Indexes a site that npm run build wrote, one way, and prints what it measured as JSON.',
  options: {
    root: { type: 'string', value: 'ARCHIVE', needed: true, description: 'the archive the site was built from' },
    site: { type: 'string', value: 'BUILT_SITE', needed: true, description: 'the folder npm run build wrote' },
    variant: { type: 'string', value: 'VARIANT', default: 'parts', description: 'whole-directory, whole-html-files, parts (the default) or parts-cached' },
    cache: { type: 'string', value: 'DIR', description: 'the cache of closed parts, for parts-cached' },
    'path-prefix': { type: 'string', value: 'PREFIX', default: '/', description: 'the folder the site was built for (default /)' },
  },
});
const variants: IndexVariant[] = ['whole-directory', 'whole-html-files', 'parts', 'parts-cached'];
if (!values.root || !values.site || !variants.includes(values.variant as IndexVariant) || (values.variant === 'parts-cached' && !values.cache)) {
  console.error(`Give --root, --site and --variant (${variants.join(', ')}); parts-cached needs --cache.`);
  process.exit(2);
}
const build = prepareBuild({ root: path.resolve(values.root), pathPrefix: values['path-prefix'] });
console.log(JSON.stringify(await measureIndexing(path.resolve(values.site), build.pages, values.variant as IndexVariant, values.cache && path.resolve(values.cache))));
