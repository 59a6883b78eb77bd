import type { PaperFormat } from '../model/types.ts';

interface FormatFacts {
  format: PaperFormat;
  mediaType: string;
  /** How people call it, for the page and the check's messages. */
  label: string;
  /** True when the file's first bytes are what this format starts with. */
  looksRight: (bytes: Uint8Array) => boolean;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The formats a paper may be, by the extension of its file. */
const FORMATS: Record<string, FormatFacts> = {
  pdf: {
    format: 'pdf',
    mediaType: 'application/pdf',
    label: 'PDF',
    looksRight: (b) => indexOf(b.subarray(0, 1024), '%PDF-') >= 0,
  },
  docx: {
    format: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word document',
    looksRight: (b) => startsWith(b, ZIP) && indexOf(b, 'word/') >= 0,
  },
  odt: {
    format: 'odt',
    mediaType: 'application/vnd.oasis.opendocument.text',
    label: 'OpenDocument text',
    looksRight: (b) =>
      startsWith(b, ZIP) && indexOf(b.subarray(0, 200), 'application/vnd.oasis.opendocument.text') >= 0,
  },
  xlsx: {
    format: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel spreadsheet',
    looksRight: (b) => startsWith(b, ZIP) && indexOf(b, 'xl/') >= 0,
  },
  ods: {
    format: 'ods',
    mediaType: 'application/vnd.oasis.opendocument.spreadsheet',
    label: 'OpenDocument spreadsheet',
    looksRight: (b) =>
      startsWith(b, ZIP) && indexOf(b.subarray(0, 200), 'application/vnd.oasis.opendocument.spreadsheet') >= 0,
  },
  csv: { format: 'csv', mediaType: 'text/csv', label: 'CSV', looksRight: isText },
  png: {
    format: 'png',
    mediaType: 'image/png',
    label: 'PNG image',
    looksRight: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  jpg: {
    format: 'jpeg',
    mediaType: 'image/jpeg',
    label: 'JPEG image',
    looksRight: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  },
  jpeg: {
    format: 'jpeg',
    mediaType: 'image/jpeg',
    label: 'JPEG image',
    looksRight: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  },
  gif: {
    format: 'gif',
    mediaType: 'image/gif',
    label: 'GIF image',
    looksRight: (b) => indexOf(b.subarray(0, 6), 'GIF87a') === 0 || indexOf(b.subarray(0, 6), 'GIF89a') === 0,
  },
  webp: {
    format: 'webp',
    mediaType: 'image/webp',
    label: 'WebP image',
    looksRight: (b) => indexOf(b.subarray(0, 4), 'RIFF') === 0 && indexOf(b.subarray(8, 12), 'WEBP') === 0,
  },
};

export const PAPER_EXTENSIONS = Object.keys(FORMATS);

/** The format a file's extension names, if it is one a paper may be. */
export function formatOfName(name: string): FormatFacts | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : FORMATS[extension];
}

/** What people call a format, such as "PDF". */
export function formatLabel(format: PaperFormat): string {
  return Object.values(FORMATS).find((f) => f.format === format)!.label;
}

/** What the file's first bytes say it is, for a message when its extension is wrong. */
export function sniffedFormat(bytes: Uint8Array): string | undefined {
  if (isLfsPointer(bytes)) return 'a Git LFS pointer';
  for (const facts of Object.values(FORMATS)) if (facts.format !== 'csv' && facts.looksRight(bytes)) return facts.label;
  if (startsWith(bytes, ZIP)) return 'a ZIP archive';
  if (
    indexOf(bytes.subarray(0, 512), '<html') >= 0 ||
    indexOf(bytes.subarray(0, 512), '<!DOCTYPE html') >= 0 ||
    indexOf(bytes.subarray(0, 512), '<!doctype html') >= 0
  )
    return 'a web page';
  if (isText(bytes)) return 'plain text';
  return undefined;
}

/**
 * A Git LFS pointer: the small text file Git keeps in place of a large file
 * when the clone did not fetch the file itself (`git lfs pull`).
 */
export function isLfsPointer(bytes: Uint8Array): boolean {
  return bytes.length < 1024 && indexOf(bytes, 'version https://git-lfs.github.com/spec/v1') === 0;
}

/**
 * True when a PDF is encrypted: its trailer names an /Encrypt dictionary.
 * Even one that opens without a password may forbid copying its text, and
 * an archive's copy must stay readable by tools that know no passwords.
 */
export function isEncryptedPdf(bytes: Uint8Array): boolean {
  // Any trailer may name it (an incremental update adds one): found by a native search, then read where found.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buffer.indexOf('/Encrypt'); at >= 0; at = buffer.indexOf('/Encrypt', at + 1)) {
    if (/^\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(buffer.subarray(at, at + 40).toString('latin1'))) return true;
  }
  return false;
}

function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function indexOf(bytes: Uint8Array, text: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(text, 0, 'latin1');
}
