// Making a snapshot: the archive of one commit, built, packaged as a BagIt
// bag with a web archive inside, and as a reproducible tar of that bag.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeBagTags, type BagInfo } from './bagit.ts';
import { listFiles } from './files.ts';
import { committedFiles, readCommit, SnapshotError, uncommittedChanges, type Commit } from './git.ts';
import { canonicalFile, portableFile, snapshotAdditions, type PageMarks } from './portable-site.ts';
import { readmeText } from './readme.ts';
import { readSiteFacts, type SiteFacts } from './site-facts.ts';
import { writeTar } from './tar.ts';
import { slug } from './text.ts';
import { buildWebArchive } from './wacz.ts';

/** The folders of an archive that hold its sources and data. */
export const SOURCE_FOLDERS = ['content', '_data'];

/** Builds the site of the archive at `archiveRoot` into the empty folder `outFolder`, links root-relative at `/`. */
export type SiteBuilder = (archiveRoot: string, outFolder: string) => Promise<void>;

export interface SnapshotOptions {
  /** The archive's folder, inside a git repository: it holds content/ and _data/. */
  archiveRoot: string;
  /** Where to write the bag's folder, the .tar and its .sha256. */
  out: string;
  buildSite: SiteBuilder;
  /** Name and version of the software, for Bag-Software-Agent. */
  software: string;
  revision?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Snapshot {
  name: string;
  commit: Commit;
  bagFolder: string;
  tarFile: string;
  tarSha256: string;
  payloadFiles: number;
  payloadOctets: number;
  /** Files under content/ or _data/ that differ from the commit, and so are not in the snapshot. */
  leftOut: string[];
}

export function snapshotName(site: SiteFacts, commit: Commit): string {
  return `${slug(site.shortName)}-minutes-${commit.date}-${commit.id.slice(0, 12)}`;
}

async function writeFiles(folder: string, files: Map<string, Buffer>): Promise<void> {
  for (const [name, bytes] of files) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), bytes);
  }
}

async function readFolder(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of await listFiles(folder)) files.set(name, await readFile(path.join(folder, name)));
  return files;
}

function bagInfo(site: SiteFacts, commit: Commit, software: string): BagInfo {
  const info: BagInfo = [['Source-Organization', site.authority]];
  if (site.contact.address) info.push(['Organization-Address', site.contact.address]);
  if (site.contact.name) info.push(['Contact-Name', site.contact.name]);
  if (site.contact.phone) info.push(['Contact-Phone', site.contact.phone]);
  if (site.contact.email) info.push(['Contact-Email', site.contact.email]);
  info.push(
    [
      'External-Description',
      `The public archive of the council meeting minutes of ${site.authority}, published at ${site.baseUrl}, as it stood at git commit ${commit.id} of ${commit.iso}: the web site (site/), a WACZ web archive of its pages (web-archive.wacz), and the Markdown sources and YAML data exactly as committed (source/). See data/README.txt.`,
    ],
    ['External-Identifier', commit.id],
    ['Bagging-Date', commit.date],
    ['Bag-Software-Agent', software],
  );
  if (site.repository) info.push(['Source-Repository', site.repository]);
  return info;
}

const isDataFile = (name: string) => /\.(json|csv|ics|xml|rss|atom)$/i.test(name) && !name.startsWith('pagefind/');

function byBytes<T>(entries: Iterable<[string, T]>): Map<string, T> {
  return new Map([...entries].sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
}

/** The site as the snapshot keeps it: a portable copy for site/, a canonical one for the web archive. */
function prepareSite(built: Map<string, Buffer>, site: SiteFacts, commit: Commit, name: string) {
  const files = byBytes([...built, ...snapshotAdditions(built)]);
  if (!files.has('index.html'))
    throw new SnapshotError('the site build wrote no index.html, so there is no site to snapshot.');
  const marks: PageMarks = {
    note: `This page is from the snapshot ${name}: the archive as it stood at commit ${commit.id} of ${commit.iso}.`,
    cacheTag: commit.id,
  };
  const basePath = new URL(site.baseUrl).pathname;
  const aliases = new Map<string, string[]>();
  // Pagefind asks for each part's entry file, and the search page for the list of parts, with ?ts=<metaCacheTag>; the web archive answers those addresses too.
  for (const file of files.keys()) {
    if (/^pagefind\/(.+\/)?pagefind-entry\.json$/.test(file) || file === 'pagefind/parts.json')
      aliases.set(file, [`${site.baseUrl}${file}?ts=${commit.id}`]);
  }
  return {
    portable: new Map([...files].map(([file, bytes]) => [file, portableFile(file, bytes, marks)])),
    canonical: new Map([...files].map(([file, bytes]) => [file, canonicalFile(file, bytes, marks, basePath)])),
    aliases,
  };
}

interface Payload {
  name: string;
  site: SiteFacts;
  commit: Commit;
  software: string;
  sources: Map<string, Buffer>;
  pages: ReturnType<typeof prepareSite>;
}

/** Writes data/: README.txt, site/, source/ and web-archive.wacz. */
async function writePayload(data: string, payload: Payload): Promise<void> {
  const { name, site, commit, software, sources, pages } = payload;
  await writeFiles(path.join(data, 'site'), pages.portable);
  await writeFiles(path.join(data, 'source'), sources);
  await writeFile(
    path.join(data, 'web-archive.wacz'),
    buildWebArchive({
      files: pages.canonical,
      baseUrl: site.baseUrl,
      title: `${site.authority}: minutes, snapshot of ${commit.date}`,
      software,
      epoch: commit.epoch,
      iso: commit.iso,
      aliases: pages.aliases,
    }),
  );
  await writeFile(
    path.join(data, 'README.txt'),
    readmeText({
      name,
      site,
      commit,
      software,
      siteFiles: pages.portable.size,
      sourceFiles: sources.size,
      dataFiles: [...pages.portable.keys()].filter(isDataFile).map((file) => `site/${file}`),
    }),
  );
}

/**
 * Makes the snapshot of the archive's commit: builds its site from the
 * committed files, writes the bag, then the tar and its SHA-256. Nothing
 * appears in `out` until all of it has been written.
 */
export async function makeSnapshot(options: SnapshotOptions): Promise<Snapshot> {
  const commit = readCommit(options.archiveRoot, options.revision, options.env);
  const sources = committedFiles(options.archiveRoot, commit.id, SOURCE_FOLDERS);
  const site = readSiteFacts(sources.get('_data/site.yaml')?.toString('utf8'));
  const name = snapshotName(site, commit);
  const leftOut = uncommittedChanges(options.archiveRoot, SOURCE_FOLDERS);

  const out = path.resolve(options.out);
  const work = path.join(out, `.${name}.partial`);
  await rm(work, { recursive: true, force: true });
  const bag = path.join(work, name);
  try {
    await writeFiles(path.join(work, 'archive'), sources);
    await mkdir(path.join(work, 'built'), { recursive: true });
    await options.buildSite(path.join(work, 'archive'), path.join(work, 'built'));
    const pages = prepareSite(await readFolder(path.join(work, 'built')), site, commit, name);

    await writePayload(path.join(bag, 'data'), { name, site, commit, software: options.software, sources, pages });
    const written = await writeBagTags(bag, bagInfo(site, commit, options.software));
    const tarSha256 = await writeTar(bag, path.join(work, `${name}.tar`), name, commit.epoch);

    const tarFile = path.join(out, `${name}.tar`);
    await rm(path.join(out, name), { recursive: true, force: true });
    await rename(bag, path.join(out, name));
    await rename(path.join(work, `${name}.tar`), tarFile);
    await writeFile(`${tarFile}.sha256`, `${tarSha256}  ${name}.tar\n`);
    return {
      name,
      commit,
      bagFolder: path.join(out, name),
      tarFile,
      tarSha256,
      payloadFiles: written.payloadFiles,
      payloadOctets: written.payloadOctets,
      leftOut,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
