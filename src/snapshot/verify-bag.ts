// Checks a bag the way a BagIt validator does (RFC 8493 section 3): the
// declaration, every manifest's files and checksums, no payload file left
// unlisted, and the Payload-Oxum.
//
// A bag is read as untrusted: a link, a named pipe or a device inside it is a
// problem, never followed or read (a pipe would wait for ever, a link to
// /dev/zero would never end, a link out of the bag would vouch for files the
// bag does not hold), and files are hashed as they stream, in bounded memory.
import { createHash, getHashes } from 'node:crypto';
import { createReadStream, type Stats } from 'node:fs';
import { lstat, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { decodeManifestPath } from './bagit.ts';
import { sortByBytes } from './files.ts';

/** One thing wrong with a bag, naming the file it is about. */
export interface BagProblem {
  file: string;
  message: string;
}

export interface BagReport {
  problems: BagProblem[];
  payloadFiles: number;
  payloadOctets: number;
  algorithms: string[];
  info: Map<string, string[]>;
}

interface ManifestEntry {
  path: string;
  hash: string;
  line: number;
}

/** Tag files larger than this are refused rather than read into memory: a manifest lists about 100 bytes a file. */
const MAX_TAG_FILE_BYTES = 256 * 1024 * 1024;

/** What stands at a path inside the bag: a regular file, nothing, or something else (a problem). Links are never followed, not even in the folders on the way. */
async function entryAt(
  bag: string,
  relative: string,
): Promise<{ file: Stats } | { missing: true } | { problem: string }> {
  let at = bag;
  const parts = relative.split('/');
  for (const [index, part] of parts.entries()) {
    at = path.join(at, part);
    let found: Stats;
    try {
      found = await lstat(at);
    } catch {
      return { missing: true };
    }
    if (found.isSymbolicLink())
      return {
        problem: `${index === parts.length - 1 ? 'is' : `is inside ${parts.slice(0, index + 1).join('/')}, which is`} a symbolic link: a bag holds its files themselves, and a link is never followed`,
      };
    if (index === parts.length - 1)
      return found.isFile() ? { file: found } : { problem: `is ${kindOf(found)}, not a file` };
    if (!found.isDirectory()) return { missing: true };
  }
  return { missing: true };
}

function kindOf(found: Stats): string {
  if (found.isDirectory()) return 'a folder';
  if (found.isFIFO()) return 'a named pipe (FIFO)';
  if (found.isSocket()) return 'a socket';
  if (found.isCharacterDevice() || found.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** A tag file's text, or undefined when it is missing; anything but a regular file of bounded size is a problem. */
async function readText(bag: string, name: string, problems: BagProblem[]): Promise<string | undefined> {
  const entry = await entryAt(bag, name);
  if ('missing' in entry) return undefined;
  if ('problem' in entry) {
    problems.push({ file: name, message: entry.problem });
    return undefined;
  }
  if (entry.file.size > MAX_TAG_FILE_BYTES) {
    problems.push({
      file: name,
      message: `is ${entry.file.size} bytes, more than the ${MAX_TAG_FILE_BYTES} a tag file may have here`,
    });
    return undefined;
  }
  try {
    return await readFile(path.join(bag, name), 'utf8');
  } catch {
    return undefined;
  }
}

/** The checksum of a file, read as a stream: memory stays bounded whatever its size. */
async function streamedDigest(algorithm: string, file: string): Promise<string> {
  const hash = createHash(algorithm);
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** The payload's regular files (paths under data/, with their sizes); links, pipes, devices and sockets in it are problems. */
async function payloadFiles(bag: string, problems: BagProblem[]): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  async function walk(relative: string): Promise<void> {
    const names = sortByBytes(await readdir(path.join(bag, relative)));
    for (const name of names) {
      const child = `${relative}/${name}`;
      const found = await lstat(path.join(bag, child));
      if (found.isDirectory()) await walk(child);
      else if (found.isFile()) files.set(child, found.size);
      else if (found.isSymbolicLink())
        problems.push({
          file: child,
          message: 'is a symbolic link: a bag holds its files themselves, and a link is never followed',
        });
      else problems.push({ file: child, message: `is ${kindOf(found)}, not a file: a bag's payload holds only files` });
    }
  }
  await walk('data');
  return files;
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await lstat(folder)).isDirectory();
  } catch {
    return false;
  }
}

/** Labels and values of a tag file such as bag-info.txt; indented lines continue a value. */
export function parseTagFile(text: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  let last: { label: string; index: number } | undefined;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    if (/^[ \t]/.test(line) && last) {
      const list = values.get(last.label)!;
      list[last.index] = `${list[last.index]} ${line.trim()}`;
      continue;
    }
    const match = /^([^:]+?)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    const label = match[1]!;
    const list = values.get(label) ?? [];
    list.push(match[2]!.trim());
    values.set(label, list);
    last = { label, index: list.length - 1 };
  }
  return values;
}

/** A path a manifest may name: inside the bag, with no `..` or absolute part. */
function isSafePath(relative: string): boolean {
  if (relative.startsWith('/') || /^[a-zA-Z]:/.test(relative) || relative.includes('\\')) return false;
  return relative.split('/').every((part) => part !== '..' && part !== '.' && part !== '');
}

function parseManifest(name: string, text: string, problems: BagProblem[]): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  text.split(/\r\n|\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const match = /^([0-9a-fA-F]+)[ \t]+(.+)$/.exec(line);
    if (!match) {
      problems.push({
        file: name,
        message: `line ${index + 1} is not "checksum  path": ${JSON.stringify(line.slice(0, 80))}`,
      });
      return;
    }
    const relative = decodeManifestPath(match[2]!.replace(/^\*/, ''));
    if (!isSafePath(relative)) {
      problems.push({
        file: name,
        message: `line ${index + 1} names a path outside the bag: ${JSON.stringify(relative)}`,
      });
      return;
    }
    entries.push({ path: relative, hash: match[1]!.toLowerCase(), line: index + 1 });
  });
  return entries;
}

async function checkEntries(
  bag: string,
  manifest: string,
  algorithm: string,
  entries: ManifestEntry[],
  problems: BagProblem[],
): Promise<void> {
  for (const entry of entries) {
    const at = await entryAt(bag, entry.path);
    if ('problem' in at) {
      // The payload's walk names what is wrong with a file in data/ already.
      if (!entry.path.startsWith('data/')) problems.push({ file: entry.path, message: at.problem });
      continue;
    }
    let found: string;
    try {
      if ('missing' in at) throw new Error('missing');
      found = await streamedDigest(algorithm, path.join(bag, entry.path));
    } catch {
      problems.push({ file: entry.path, message: `is listed in ${manifest} but missing from the bag` });
      continue;
    }
    if (found !== entry.hash) {
      problems.push({
        file: entry.path,
        message: `has changed: its ${algorithm} checksum is ${found}, but ${manifest} says ${entry.hash}`,
      });
    }
  }
}

/** Verifies the bag in `bag`. Never throws for a bad bag: everything wrong is a problem in the report. */
export async function verifyBag(bag: string): Promise<BagReport> {
  const problems: BagProblem[] = [];
  const report: BagReport = { problems, payloadFiles: 0, payloadOctets: 0, algorithms: [], info: new Map() };
  if (!(await isFolder(bag))) {
    const message =
      /\.tar$/i.test(bag) &&
      (await stat(bag).then(
        (s) => s.isFile(),
        () => false,
      ))
        ? `is a tar file: check it with "sha256sum -c ${path.basename(bag)}.sha256", then unpack it with "tar -xf ${path.basename(bag)}" and verify the folder it makes`
        : 'is not a folder; give the folder of an unpacked snapshot (the one holding bagit.txt)';
    problems.push({ file: bag, message });
    return report;
  }

  const declaration = await readText(bag, 'bagit.txt', problems);
  if (declaration === undefined) {
    problems.push({ file: 'bagit.txt', message: 'is missing, so this folder is not a BagIt bag' });
  } else {
    const tags = parseTagFile(declaration);
    if (!/^\d+\.\d+$/.test(tags.get('BagIt-Version')?.[0] ?? ''))
      problems.push({ file: 'bagit.txt', message: 'does not declare a BagIt-Version' });
    if (!tags.get('Tag-File-Character-Encoding')?.[0])
      problems.push({ file: 'bagit.txt', message: 'does not declare a Tag-File-Character-Encoding' });
  }

  const infoText = await readText(bag, 'bag-info.txt', problems);
  if (infoText !== undefined) report.info = parseTagFile(infoText);

  if (!(await isFolder(path.join(bag, 'data')))) {
    problems.push({ file: 'data/', message: 'is missing: a bag keeps its payload in the data folder' });
  }
  const sizes = (await isFolder(path.join(bag, 'data')))
    ? await payloadFiles(bag, problems)
    : new Map<string, number>();
  const payload = sortByBytes(sizes.keys());
  for (const size of sizes.values()) report.payloadOctets += size;
  report.payloadFiles = payload.length;

  const topLevel = sortByBytes((await readdir(bag)).filter((name) => /^(tag)?manifest-[^.]+\.txt$/.test(name)));
  const supported = new Set(getHashes().map((name) => name.toLowerCase()));
  const unlisted = new Map<string, string[]>();
  let payloadManifests = 0;

  for (const manifest of topLevel) {
    const isTagManifest = manifest.startsWith('tag');
    const algorithm = manifest
      .replace(/^(tag)?manifest-/, '')
      .replace(/\.txt$/, '')
      .toLowerCase();
    if (!supported.has(algorithm)) {
      problems.push({
        file: manifest,
        message: `uses the checksum algorithm "${algorithm}", which this verifier cannot compute`,
      });
      continue;
    }
    const entries = parseManifest(manifest, (await readText(bag, manifest, problems)) ?? '', problems);
    if (!isTagManifest) {
      payloadManifests += 1;
      report.algorithms.push(algorithm);
      for (const entry of entries) {
        if (!entry.path.startsWith('data/'))
          problems.push({
            file: manifest,
            message: `line ${entry.line} lists ${entry.path}, which is not in the payload (data/)`,
          });
      }
      const listed = new Set(entries.map((entry) => entry.path));
      for (const name of payload) {
        if (!listed.has(name)) unlisted.set(name, [...(unlisted.get(name) ?? []), manifest]);
      }
    }
    await checkEntries(bag, manifest, algorithm, entries, problems);
  }

  if (payloadManifests === 0)
    problems.push({ file: 'manifest-sha256.txt', message: 'is missing: the bag has no payload manifest' });
  for (const [name, manifests] of unlisted) {
    problems.push({
      file: name,
      message: `is in the payload but not listed in ${manifests.join(' or ')}: it was added after the bag was made`,
    });
  }

  const oxum = report.info.get('Payload-Oxum')?.[0];
  if (oxum !== undefined) {
    const match = /^(\d+)\.(\d+)$/.exec(oxum);
    if (!match)
      problems.push({ file: 'bag-info.txt', message: `has a Payload-Oxum that is not "octets.files": ${oxum}` });
    else if (Number(match[1]) !== report.payloadOctets || Number(match[2]) !== report.payloadFiles) {
      problems.push({
        file: 'bag-info.txt',
        message: `Payload-Oxum says ${match[2]} files of ${match[1]} octets, but the payload has ${report.payloadFiles} files of ${report.payloadOctets} octets`,
      });
    }
  }
  return report;
}
