// npm run bench:search-index -- --root ARCHIVE --site BUILT_SITE --variant parts [--part-pages N] [--cache DIR] [--path-prefix /]
// Indexes a site that `npm run build -- --root ARCHIVE --out BUILT_SITE` wrote, one way, and prints what it measured as JSON.
import path from 'node:path';
import { prepareBuild } from '../src/build/prepared-build.ts';
import { measureIndexing, type IndexVariant } from './bench/search-index-bench.ts';
import { commandArguments } from '../src/cli/command-arguments.ts';
import { PART_PAGE_BUDGET } from '../src/search/search-parts.ts';

const { values } = commandArguments({
  command: 'npm run bench:search-index',
  purpose: 'Indexes a site that npm run build wrote, one way, and prints what it measured as JSON.',
  options: {
    root: { type: 'string', value: 'ARCHIVE', needed: true, description: 'the archive the site was built from' },
    site: { type: 'string', value: 'BUILT_SITE', needed: true, description: 'the folder npm run build wrote' },
    variant: {
      type: 'string',
      value: 'VARIANT',
      default: 'parts',
      description: 'whole-directory, whole-html-files, parts (the default) or parts-cached',
    },
    'part-pages': {
      type: 'string',
      value: 'N',
      description: `the pages a part of closed years is filled up to, for parts and parts-cached (default ${PART_PAGE_BUDGET})`,
    },
    cache: { type: 'string', value: 'DIR', description: 'the cache of closed parts, for parts-cached' },
    'path-prefix': {
      type: 'string',
      value: 'PREFIX',
      default: '/',
      description: 'the folder the site was built for (default /)',
    },
  },
});
const variants: IndexVariant[] = ['whole-directory', 'whole-html-files', 'parts', 'parts-cached'];
const partPages = values['part-pages'] === undefined ? PART_PAGE_BUDGET : Number(values['part-pages']);
if (
  !values.root ||
  !values.site ||
  !variants.includes(values.variant as IndexVariant) ||
  (values.variant === 'parts-cached' && !values.cache) ||
  !Number.isInteger(partPages) ||
  partPages < 1
) {
  console.error(
    `Give --root, --site and --variant (${variants.join(', ')}); parts-cached needs --cache; --part-pages takes a whole number of pages.`,
  );
  process.exit(2);
}
const build = prepareBuild({ root: path.resolve(values.root), pathPrefix: values['path-prefix'] });
console.log(
  JSON.stringify(
    await measureIndexing(path.resolve(values.site), build.pages, values.variant as IndexVariant, {
      partPages,
      ...(values.cache ? { cache: path.resolve(values.cache) } : {}),
    }),
  ),
);
