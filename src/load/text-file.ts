import { lstatSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Diagnostics } from '../model/diagnostics.ts';
import { START_OF_FILE } from '../model/diagnostics.ts';

/** Larger files are refused: no council's minutes of one meeting come near it. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

// Text that went through a Windows code page and back: ’ becomes â€™, é becomes Ã©.
const MOJIBAKE = /â€[™œ˜“”¦¢]|â€\u009d|Ã[©¨¢ª«®¯´¶¼½]|Â£/;

/**
 * Reads a text file of the archive as UTF-8, or reports why it cannot be used.
 * A byte-order mark is dropped and Windows line endings become `\n`, so the
 * rest of the loader sees one form of text.
 */
/** `folder` is where the file belongs: a link that leads out of it is refused. */
export function readTextFile(
  absolutePath: string,
  file: string,
  folder: string,
  diagnostics: Diagnostics,
): string | undefined {
  const stat = lstatSync(absolutePath);
  if (stat.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(absolutePath);
    } catch {
      diagnostics.error(file, START_OF_FILE, 'symlink-broken', 'this is a link to a file that does not exist');
      return undefined;
    }
    const inside = path.relative(realpathSync(folder), target);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      diagnostics.error(
        file,
        START_OF_FILE,
        'symlink-outside',
        'this is a link to a file outside its folder of the archive, which is never published',
        'Copy the file into the archive instead of linking to it.',
      );
      return undefined;
    }
  }
  // Checked before reading: reading a FIFO waits for a writer for ever, and reading a folder throws.
  const target = stat.isSymbolicLink() ? lstatSync(realpathSync(absolutePath)) : stat;
  if (!target.isFile()) {
    diagnostics.error(
      file,
      START_OF_FILE,
      'not-a-file',
      `this is ${kindOfEntry(target)}, not a file of text, so it cannot be read`,
      'Remove it, or put the text it should hold in a file of that name.',
    );
    return undefined;
  }
  const size = target.size;
  if (size > MAX_FILE_BYTES) {
    diagnostics.error(
      file,
      START_OF_FILE,
      'file-too-large',
      `this file is ${(size / 1024 / 1024).toFixed(1)} MB; the archive accepts files up to ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      'Split it, or check that it is the text of minutes and not an embedded document.',
    );
    return undefined;
  }
  const bytes = readFileSync(absolutePath);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const place = firstInvalidByte(bytes);
    diagnostics.error(
      file,
      place,
      'not-utf8',
      'this file is not UTF-8 text, so some characters would be shown wrongly',
      'Save it again as UTF-8 (in most editors: Save As, Encoding: UTF-8).',
    );
    return undefined;
  }
  text = text.replace(/\r\n?/g, '\n');
  const mojibake = MOJIBAKE.exec(text);
  if (mojibake) {
    const place = placeOfOffset(text, mojibake.index);
    diagnostics.error(
      file,
      place,
      'mojibake',
      `"${mojibake[0]}" looks like a character garbled by a Windows code page (such as ’ or é)`,
      'Copy the text again from its source, or replace the garbled characters.',
    );
    return undefined;
  }
  return text;
}

/** "a folder", "a named pipe (FIFO)"…: what a clerk is told stands where a file should. */
export function kindOfEntry(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

export function placeOfOffset(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Line and column of the first byte that is not valid UTF-8. */
function firstInvalidByte(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return { line, column };
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return { line, column };
    if (b === 0x0a) {
      line++;
      column = 1;
    } else column++;
    i += length;
  }
  return { line, column };
}
