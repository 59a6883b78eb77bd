// A BagIt 1.0 bag (RFC 8493): the payload under data/, and the tag files
// that list and describe it.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { digest, listFiles, type Algorithm } from './files.ts';

export const payloadAlgorithms: Algorithm[] = ['sha256', 'sha512'];

/** One label of bag-info.txt and its value, in the order they are written. */
export type BagInfo = Array<[label: string, value: string]>;

/** How a payload file's path is written in a manifest (RFC 8493 section 2.1.3). */
export function encodeManifestPath(relative: string): string {
  return relative.replace(/%/g, '%25').replace(/\n/g, '%0A').replace(/\r/g, '%0D');
}

export function decodeManifestPath(written: string): string {
  return written.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%');
}

/** `Payload-Oxum`: the payload's total size in octets, a full stop, and its number of files. */
export function payloadOxum(octets: number, files: number): string {
  return `${octets}.${files}`;
}

export function formatBagSize(octets: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let size = octets;
  let unit = 0;
  while (size >= 1000 && unit < units.length - 1) {
    size /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${octets} bytes` : `${size.toFixed(1)} ${units[unit]}`;
}

function manifestText(entries: Array<{ path: string; hash: string }>): string {
  return entries.map((entry) => `${entry.hash}  ${encodeManifestPath(entry.path)}\n`).join('');
}

/** A tag file's value may not hold a line break; a long value stays on one line. */
function bagInfoText(info: BagInfo): string {
  return info.map(([label, value]) => `${label}: ${value.replace(/\s*[\r\n]+\s*/g, ' ')}\n`).join('');
}

export interface WrittenBag {
  payloadFiles: number;
  payloadOctets: number;
}

/**
 * Completes a bag whose payload is already in `<bag>/data/`: writes
 * bagit.txt, the payload manifests, bag-info.txt (adding Payload-Oxum and
 * Bag-Size to `info`) and the tag manifests.
 */
export async function writeBagTags(bag: string, info: BagInfo): Promise<WrittenBag> {
  const payload = (await listFiles(path.join(bag, 'data'))).map((name) => `data/${name}`);
  const hashes: Record<Algorithm, Array<{ path: string; hash: string }>> = { sha256: [], sha512: [] };
  let octets = 0;
  for (const name of payload) {
    const bytes = await readFile(path.join(bag, name));
    octets += bytes.length;
    for (const algorithm of payloadAlgorithms) hashes[algorithm].push({ path: name, hash: digest(algorithm, bytes) });
  }

  const tagFiles = new Map<string, string>();
  tagFiles.set('bagit.txt', 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
  tagFiles.set(
    'bag-info.txt',
    bagInfoText([...info, ['Bag-Size', formatBagSize(octets)], ['Payload-Oxum', payloadOxum(octets, payload.length)]]),
  );
  for (const algorithm of payloadAlgorithms) tagFiles.set(`manifest-${algorithm}.txt`, manifestText(hashes[algorithm]));

  for (const [name, text] of tagFiles) await writeFile(path.join(bag, name), text);
  // RFC 8493 2.2.1: tag manifests should use the same algorithms as the payload manifests.
  const tagNames = [...tagFiles.keys()].sort();
  for (const algorithm of payloadAlgorithms) {
    const entries = tagNames.map((name) => ({ path: name, hash: digest(algorithm, tagFiles.get(name)!) }));
    await writeFile(path.join(bag, `tagmanifest-${algorithm}.txt`), manifestText(entries));
  }
  return { payloadFiles: payload.length, payloadOctets: octets };
}
