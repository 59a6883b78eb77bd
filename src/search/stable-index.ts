import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** One file of Pagefind's bundle, as `getFiles()` gives it. */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

/** Pagefind's index files are gzipped CBOR after this signature. */
const SIGNATURE = Buffer.from('pagefind_dcd');

const FILTER_FILE = /^filter\/(.+)\.pf_filter$/;
const META_FILE = /^pagefind\.(.+)\.pf_meta$/;

type FilterFile = [name: string, values: Array<[value: string, pages: number[]]>];
/** Pagefind's meta file: version, pages, index chunks, filter files, sorts, metadata keys. */
type MetaFile = [string, unknown, unknown, Array<[name: string, hash: string]>, ...unknown[]];

/**
 * Pagefind 1.5 writes the values of each filter, and the list of filter
 * files, in the order of a Rust hash map, which differs from run to run (its
 * issue #638): two builds of the same archive would differ. This puts both in
 * a fixed order and renames the files changed by it after their new content,
 * so the same archive always gives the same bundle, byte for byte. Everything
 * else Pagefind writes is already stable and is passed through untouched.
 */
export function stableBundle(files: BundleFile[]): BundleFile[] {
  const renamed = new Map<string, string>();
  const out: BundleFile[] = [];

  for (const file of files) {
    const filter = FILTER_FILE.exec(file.path);
    if (!filter) continue;
    const [name, values] = read(file.content) as FilterFile;
    const content = write([name, [...values].sort(([a], [b]) => compare(a, b))]);
    const hash = rehash(filter[1]!, content);
    renamed.set(filter[1]!, hash);
    out.push({ path: `filter/${hash}.pf_filter`, content });
  }

  for (const file of files) {
    const meta = META_FILE.exec(file.path);
    if (!meta) continue;
    const [version, pages, chunks, filters, ...rest] = read(file.content) as MetaFile;
    const sortedFilters = filters
      .map(([name, hash]) => [name, renamed.get(hash) ?? hash] as const)
      .sort(([a], [b]) => compare(a, b));
    const content = write([version, pages, chunks, sortedFilters, ...rest]);
    const hash = rehash(meta[1]!, content);
    renamed.set(meta[1]!, hash);
    out.push({ path: `pagefind.${hash}.pf_meta`, content });
  }

  for (const file of files) {
    if (FILTER_FILE.test(file.path) || META_FILE.test(file.path)) continue;
    if (file.path !== 'pagefind-entry.json') {
      out.push(file);
      continue;
    }
    const entry = JSON.parse(Buffer.from(file.content).toString('utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    for (const language of Object.values(entry.languages)) language.hash = renamed.get(language.hash) ?? language.hash;
    out.push({ path: file.path, content: Buffer.from(JSON.stringify(entry)) });
  }

  return out.sort((a, b) => compare(a.path, b.path));
}

function read(content: Uint8Array): unknown {
  const data = gunzipSync(content);
  if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('not a Pagefind index file');
  return decode(data.subarray(SIGNATURE.length));
}

function write(value: unknown): Uint8Array {
  return gzipSync(Buffer.concat([SIGNATURE, encode(value)]));
}

/** `en-gb_3950e7c` becomes `en-gb_` and a hash of the new content, as long as the old one. */
function rehash(old: string, content: Uint8Array): string {
  const split = old.lastIndexOf('_');
  return `${old.slice(0, split)}_${createHash('sha256')
    .update(content)
    .digest('hex')
    .slice(0, old.length - split - 1)}`;
}

/** Code point order, the same on every machine (unlike localeCompare). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
