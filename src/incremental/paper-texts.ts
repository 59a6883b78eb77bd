import { createHash } from 'node:crypto';
import path from 'node:path';
import type { PaperSection } from '../model/types.ts';
import type { Extraction } from '../papers/extract-text.ts';
import { codeVersion } from './code-version.ts';
import type { Stored } from './stored.ts';
import { readSealedJson, writeSealedFile } from './sealed-file.ts';

/**
 * Papers' pages and text, cached by the file's content hash (as the parse
 * cache keeps parsed meetings, parse-cache.ts), so a build reads a PDF only
 * the first time it sees it. The address covers the build's code and
 * libraries (code-version.ts, pdfjs-dist and mammoth among them), so a
 * change to either reads every paper again. Without a folder, extractions
 * are kept for the life of the process only.
 *
 * An entry checks itself as the parse cache's do (src/text/sealed.ts): its
 * first line is the hash of the rest, and the rest names the paper it is of.
 * An entry that does not match its hash, is of another paper or is not the
 * shape of an extraction is read again from the paper and written anew, so
 * a damaged or edited entry is never published. Entries hold text only,
 * never a path.
 */
export class PaperTextCache implements Stored<string, Extraction> {
  /** Extractions made without a cache folder, kept for this process. */
  private static readonly remembered = new Map<string, Extraction>();

  private readonly folder: string | undefined;

  constructor(folder?: string) {
    this.folder = folder;
  }

  lookup(sha256: string): Extraction | undefined {
    if (!this.folder) return PaperTextCache.remembered.get(`${codeVersion()}:${sha256}`);
    // Absent, or unreadable: either way the paper is read again.
    const entry = readSealedJson(this.entryPath(sha256)) as Partial<CacheEntry> | null | undefined;
    return entry && entry.of === sha256 && isExtraction(entry.extraction) ? entry.extraction : undefined;
  }

  store(sha256: string, extraction: Extraction): void {
    if (!this.folder) {
      PaperTextCache.remembered.set(`${codeVersion()}:${sha256}`, extraction);
      return;
    }
    try {
      writeSealedFile(this.entryPath(sha256), JSON.stringify({ of: sha256, extraction } satisfies CacheEntry));
    } catch {
      // A cache that cannot be written only makes the next build slower.
    }
  }

  private entryPath(sha256: string): string {
    const address = createHash('sha256').update(codeVersion()).update('\0').update(sha256).digest('hex');
    return path.join(this.folder!, address.slice(0, 2), `${address}.json`);
  }
}

/** What an entry of the cache holds: the hash of the paper it is of, and what reading it gave. */
interface CacheEntry {
  of: string;
  extraction: Extraction;
}

/** True when a value read back from the cache has the shape of an extraction, so nothing else reaches a page. */
function isExtraction(value: unknown): value is Extraction {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  if (e.ok === false) return (e.problem === 'encrypted' || e.problem === 'unreadable') && typeof e.detail === 'string';
  if (e.ok !== true) return false;
  if (e.pages !== undefined && !(Number.isSafeInteger(e.pages) && (e.pages as number) >= 0)) return false;
  if (e.text === undefined) return true;
  const sections = (e.text as { sections?: unknown } | null)?.sections;
  return Array.isArray(sections) && sections.every(isSection);
}

function isSection(value: unknown): value is PaperSection {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    (s.heading === undefined || typeof s.heading === 'string') &&
    (s.level === undefined || s.level === 2 || s.level === 3 || s.level === 4) &&
    Array.isArray(s.paragraphs) &&
    s.paragraphs.every((p) => typeof p === 'string')
  );
}
