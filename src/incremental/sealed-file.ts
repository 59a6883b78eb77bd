import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sealParts, unseal } from '../text/sealed.ts';

/**
 * Writes a cache file whole, sealed (src/text/sealed.ts): to a temporary name
 * beside it, then renamed over it, so a build stopped half-way leaves the old
 * file or the new one, never part of either. Throws when it cannot write;
 * callers whose cache only speeds up the next build catch and go on.
 */
export function writeSealedFile(file: string, body: string | readonly Uint8Array[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, sealParts(typeof body === 'string' ? [Buffer.from(body, 'utf8')] : body));
  renameSync(temporary, file);
}

/** The JSON a sealed cache file holds; undefined when it is absent, unreadable, or does not match its seal. */
export function readSealedJson(file: string): unknown {
  try {
    const body = unseal(readFileSync(file));
    return body && (JSON.parse(body.toString('utf8')) as unknown);
  } catch {
    return undefined;
  }
}

/**
 * A record, by path, of what an earlier build learned about each file it read,
 * kept in one sealed file. What this build keeps replaces it whole, so files
 * gone or changed are forgotten. A record damaged or edited, even into other
 * valid JSON, does not match its seal or its entries' shape, and is set aside
 * whole: every file is read again.
 */
export class SealedRecord<Entry> {
  /** What the previous build kept. */
  readonly before: Readonly<Record<string, Entry>>;
  /** What this build keeps. */
  readonly now: Record<string, Entry> = {};
  private readonly file: string | undefined;

  constructor(file: string | undefined, isEntry: (entry: unknown) => entry is Entry) {
    this.file = file;
    const record = file === undefined ? undefined : readSealedJson(file);
    this.before =
      typeof record === 'object' && record !== null && !Array.isArray(record) && Object.values(record).every(isEntry)
        ? (record as Record<string, Entry>)
        : {};
  }

  /** Writes what this build kept, unless it is what the previous build kept. */
  save(): void {
    if (this.file === undefined) return;
    const text = JSON.stringify(this.now);
    if (text === JSON.stringify(this.before)) return;
    try {
      writeSealedFile(this.file, text);
    } catch {
      // Only the next build is slower.
    }
  }
}
