// A reproducible POSIX ustar archive of a folder: names sorted by bytes, one
// fixed modification time, owner and group 0, fixed modes. Names too long
// for ustar get a pax header, as POSIX.1-2001 says.
import { createHash } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles, sortByBytes } from './files.ts';

const BLOCK = 512;
const RECORD = 20 * BLOCK;

interface Entry {
  name: string;
  type: 'file' | 'directory';
  source?: string;
}

function octal(value: number, width: number): string {
  const digits = value.toString(8);
  if (digits.length > width - 1) throw new Error(`a value of ${value} does not fit a tar header field`);
  return `${digits.padStart(width - 1, '0')}\0`;
}

/** Splits a name into ustar's prefix and name fields, or returns undefined when it cannot. */
function splitName(name: string): { prefix: string; name: string } | undefined {
  const bytes = Buffer.byteLength(name);
  if (bytes <= 100) return { prefix: '', name };
  for (let slash = name.indexOf('/'); slash !== -1; slash = name.indexOf('/', slash + 1)) {
    const prefix = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100 && rest !== '')
      return { prefix, name: rest };
  }
  return undefined;
}

function header(fields: {
  name: string;
  prefix: string;
  mode: number;
  size: number;
  mtime: number;
  type: string;
}): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(fields.name, 0, 100, 'utf8');
  block.write(octal(fields.mode, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  block.write(octal(fields.size, 12), 124, 'ascii');
  block.write(octal(fields.mtime, 12), 136, 'ascii');
  block.write('        ', 148, 'ascii');
  block.write(fields.type, 156, 'ascii');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  block.write('root', 265, 'ascii');
  block.write('root', 297, 'ascii');
  block.write(octal(0, 8), 329, 'ascii');
  block.write(octal(0, 8), 337, 'ascii');
  block.write(fields.prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

function padding(size: number, to = BLOCK): Buffer {
  return Buffer.alloc((to - (size % to)) % to);
}

/** A pax record: "<length> path=<name>\n", where the length counts itself. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length)
    length = String(length).length + Buffer.byteLength(body);
  return `${length}${body}`;
}

function headersFor(entry: Entry, size: number, mtime: number): Buffer[] {
  const mode = entry.type === 'directory' ? 0o755 : 0o644;
  const type = entry.type === 'directory' ? '5' : '0';
  const split = splitName(entry.name);
  if (split) return [header({ ...split, mode, size, mtime, type })];
  const pax = Buffer.from(paxRecord('path', entry.name), 'utf8');
  const short = `PaxHeaders/${createHash('sha256').update(entry.name).digest('hex').slice(0, 40)}`;
  const shortName = `${short}${entry.type === 'directory' ? '/' : ''}`;
  return [
    header({ name: short, prefix: '', mode: 0o644, size: pax.length, mtime, type: 'x' }),
    pax,
    padding(pax.length),
    header({ name: shortName, prefix: '', mode, size, mtime, type }),
  ];
}

/** Every folder and file of `folder`, under the top folder `top`, in a fixed order. */
async function entriesOf(folder: string, top: string): Promise<Entry[]> {
  const files = await listFiles(folder);
  const folders = new Set<string>([top]);
  for (const file of files) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i += 1) folders.add(`${top}/${parts.slice(0, i).join('/')}`);
  }
  const entries: Entry[] = [
    ...[...folders].map((name) => ({ name: `${name}/`, type: 'directory' as const })),
    ...files.map((file) => ({ name: `${top}/${file}`, type: 'file' as const, source: path.join(folder, file) })),
  ];
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  return sortByBytes(byName.keys()).map((name) => byName.get(name)!);
}

/**
 * Writes `folder` as a tar archive at `tarPath`, its contents under the top
 * folder `top`, every entry dated `mtime` (seconds since 1970). Returns the
 * archive's SHA-256.
 */
export async function writeTar(folder: string, tarPath: string, top: string, mtime: number): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(tarPath, 'w');
  let written = 0;
  const write = async (chunk: Buffer) => {
    hash.update(chunk);
    written += chunk.length;
    await handle.write(chunk);
  };
  try {
    for (const entry of await entriesOf(folder, top)) {
      const bytes = entry.source ? await readFile(entry.source) : Buffer.alloc(0);
      for (const part of headersFor(entry, bytes.length, mtime)) await write(part);
      if (bytes.length) {
        await write(bytes);
        await write(padding(bytes.length));
      }
    }
    await write(Buffer.alloc(2 * BLOCK));
    await write(padding(written, RECORD));
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}
