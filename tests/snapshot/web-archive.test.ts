// The snapshot's WACZ, read with independent tools: warcio (the reference
// WARC library of Webrecorder, who make ReplayWeb.page) and unzip.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CDXIndexer, WARCParser } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSnapshot, type Snapshot } from '../../src/snapshot/snapshot.ts';
import { COMMIT_DATE, removeAll, sampleArchive, STAND_IN_PAPER, standInSiteBuild, temporaryFolder } from './fixture.ts';
import { hasCommand, readStoredZip } from './helpers.ts';

let archive: { root: string; commit: string };
let out: string;
let snapshot: Snapshot;
let wacz: Buffer;
let entries: Map<string, Buffer>;

const hasUnzip = hasCommand('unzip', ['-v']);
if (!hasUnzip)
  console.warn(
    'SKIPPED: unzip is not installed, so the WACZ was not tested with an independent zip reader (apt-get install unzip).',
  );

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

beforeAll(async () => {
  archive = await sampleArchive();
  out = await temporaryFolder('wacz');
  snapshot = await makeSnapshot({
    archiveRoot: archive.root,
    out,
    buildSite: standInSiteBuild,
    software: 'Minute Book 0.1.0',
    env: {},
  });
  wacz = await readFile(path.join(snapshot.bagFolder, 'data/web-archive.wacz'));
  entries = readStoredZip(wacz);
});

afterAll(async () => removeAll(archive.root, out));

describe('the web archive (WACZ) in a snapshot', () => {
  it.skipIf(!hasUnzip)('is a zip that unzip reads without error', () => {
    const result = spawnSync('unzip', ['-t', path.join(snapshot.bagFolder, 'data/web-archive.wacz')], {
      encoding: 'utf8',
    });
    expect(result.stdout).toContain('No errors detected');
    expect(result.status).toBe(0);
  });

  it('declares the data-package profile and WACZ 1.1.1 that ReplayWeb.page loads, with right hashes', () => {
    const datapackage = JSON.parse(entries.get('datapackage.json')!.toString('utf8'));
    expect(datapackage.profile).toBe('data-package');
    expect(datapackage.wacz_version).toBe('1.1.1');
    expect(datapackage.created).toBe(COMMIT_DATE);
    for (const resource of datapackage.resources) {
      expect(resource.hash, resource.path).toBe(sha256(entries.get(resource.path)!));
      expect(resource.bytes).toBe(entries.get(resource.path)!.length);
    }
    const digest = JSON.parse(entries.get('datapackage-digest.json')!.toString('utf8'));
    expect(digest).toEqual({ path: 'datapackage.json', hash: sha256(entries.get('datapackage.json')!) });
  });

  it('holds a response for every page at its canonical address, as warcio reads it', async () => {
    const records: Array<{
      type: string;
      uri?: string;
      date?: string;
      status?: number;
      payload: Buffer;
      digest?: string;
    }> = [];
    for await (const record of new WARCParser(once(entries.get('archive/data.warc')!))) {
      const payload = Buffer.from(await record.readFully(true));
      records.push({
        type: record.warcType ?? '',
        uri: record.warcTargetURI ?? undefined,
        date: record.warcDate ?? undefined,
        status: record.httpHeaders ? Number(record.httpHeaders.statusCode) : undefined,
        payload,
        digest: record.warcPayloadDigest ?? undefined,
      });
    }
    expect(records[0]!.type).toBe('warcinfo');
    const responses = records.filter((record) => record.type === 'response');
    const addresses = responses.map((record) => record.uri);
    for (const address of [
      'https://minutes.example.org/',
      'https://minutes.example.org/cyp/',
      'https://minutes.example.org/cyp/2025-09-08/',
      'https://minutes.example.org/search/',
      'https://minutes.example.org/assets/minute-book.css',
      `https://minutes.example.org/pagefind/pagefind-entry.json?ts=${archive.commit}`,
      `https://minutes.example.org/pagefind/2022-23--2024-25/pagefind-entry.json?ts=${archive.commit}`,
      `https://minutes.example.org/pagefind/parts.json?ts=${archive.commit}`,
    ]) {
      expect(addresses).toContain(address);
    }
    for (const record of responses) {
      expect(record.status, record.uri).toBe(200);
      expect(record.date).toBe(COMMIT_DATE);
      expect(record.digest, record.uri).toBe(sha256(record.payload));
    }
    const page = responses.find((record) => record.uri === 'https://minutes.example.org/cyp/2025-09-08/')!;
    const html = page.payload.toString('utf8');
    expect(html).toContain('href="/cyp/2025-11-10/#item-13"');
    expect(html).toContain(`commit ${archive.commit}`);
  });

  it('holds each paper as the archive keeps it, as a PDF, and the page of its text', async () => {
    const responses: Array<{ uri?: string; type?: string; payload: Buffer }> = [];
    for await (const record of new WARCParser(once(entries.get('archive/data.warc')!))) {
      const payload = Buffer.from(await record.readFully(true));
      if (record.warcType === 'response')
        responses.push({
          uri: record.warcTargetURI ?? undefined,
          type: record.httpHeaders?.headers.get('Content-Type') ?? undefined,
          payload,
        });
    }
    const pdf = responses.find((r) => r.uri === `https://minutes.example.org/${STAND_IN_PAPER.file}`)!;
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.payload.equals(await readFile(path.join(archive.root, STAND_IN_PAPER.source)))).toBe(true);
    expect(responses.map((r) => r.uri)).toContain(`https://minutes.example.org/${STAND_IN_PAPER.page}`);
  });

  it('has an index whose offsets and lengths agree with warcio indexing the same WARC', async () => {
    // warcio.js counts a record without the blank line that ends it; the index counts the whole record, as py-wacz does.
    const separator = 4;
    const theirs: string[] = [];
    for await (const line of new CDXIndexer({ format: 'cdxj' }).iterIndex([
      { filename: 'data.warc', reader: once(entries.get('archive/data.warc')!) },
    ])) {
      theirs.push(`${line.url} ${line.offset} ${Number(line.length) + separator}`);
    }
    const ours = entries
      .get('indexes/index.cdx')!
      .toString('utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const fields = JSON.parse(line.slice(line.indexOf('{')));
        return `${fields.url} ${fields.offset} ${fields.length}`;
      });
    expect(ours.sort()).toEqual(theirs.sort());
  });

  it('lists every page with its title, and sets Pagefind’s cache tag so search replays', () => {
    const lines = entries
      .get('pages/pages.jsonl')!
      .toString('utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ format: 'json-pages-1.0' });
    expect(lines.slice(1).map((page) => page.url)).toContain('https://minutes.example.org/cyp/2025-09-08/');
    expect(lines.find((page) => page.url === 'https://minutes.example.org/cyp/2025-09-08/')?.title).toBe(
      '8 September 2025',
    );
  });
});
