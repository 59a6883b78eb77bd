import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unseal } from '../text/sealed.ts';
import type { Stored } from './stored.ts';
import { writeSealedFile } from './sealed-file.ts';

/**
 * Each meeting's part of one file that lists every meeting (its rows of
 * `decisions.csv`, its entry of `meetings.json`, its event of the meetings'
 * calendar), kept between builds by the meeting's input key (input-keys.ts),
 * so that a build after one meeting is added makes one meeting's part and
 * takes the others as the last build left them, instead of making the whole
 * file again: at 10,000 meetings the open data's lists and the calendar cost
 * 2.3 s of CPU in every build. The key covers the build's code, the site's
 * settings, boards and people, and everything of the meeting such a part can
 * show, so a part kept under the key is the part a clean build makes.
 *
 * One file per list, written whole (to a temporary name, then renamed) and
 * sealed (src/text/sealed.ts): a first line of JSON naming each part's key
 * and length in bytes, then the parts one after another. A file whose seal
 * does not match, or whose lengths do not add up to what follows, counts as
 * empty, and every part is made again. Saving keeps only the parts this
 * build used, so those of deleted and changed meetings do not pile up.
 */
export class MeetingPartsCache implements Stored<string, Buffer> {
  private readonly file: string;
  /** The parts as the file holds them, read when first asked for. */
  private before: Map<string, Buffer> | undefined;
  private readonly used = new Map<string, Buffer>();
  private changed = false;

  /** The parts of the list `name` (a file name: `decisions.csv`), kept in `folder`. */
  constructor(folder: string, name: string) {
    this.file = path.join(folder, `${name}.parts`);
  }

  /** The bytes of the part kept for `key`, as the file holds them (not copied). */
  lookup(key: string): Buffer | undefined {
    const kept = this.used.get(key) ?? this.kept().get(key);
    if (kept !== undefined) this.used.set(key, kept);
    return kept;
  }

  store(key: string, part: Buffer): void {
    this.used.set(key, part);
    this.changed = true;
  }

  /** The bytes of the part kept for `key`, or of the one `make` makes, kept for the next build. */
  part(key: string, make: () => string): Buffer {
    let part = this.lookup(key);
    if (part === undefined) this.store(key, (part = Buffer.from(make(), 'utf8')));
    return part;
  }

  /** Writes the parts this build used for the next build, when they differ from those the file holds. */
  save(): void {
    if (!this.changed && this.used.size === this.kept().size) return;
    const keys = [...this.used.keys()];
    const parts = [...this.used.values()];
    const bytes = parts.map((part) => part.length);
    try {
      const header = Buffer.from(`${JSON.stringify({ keys, bytes })}\n`, 'utf8');
      writeSealedFile(this.file, [header, ...parts]);
    } catch {
      // A cache that cannot be written only makes the next build slower.
    }
  }

  private kept(): Map<string, Buffer> {
    return (this.before ??= readParts(this.file));
  }
}

/** The parts a file holds by key; none when it is absent, damaged or not of this form. */
function readParts(file: string): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  try {
    const body = unseal(readFileSync(file));
    if (!body) return parts;
    const newline = body.indexOf(0x0a);
    if (newline < 0) return parts;
    const { keys, bytes } = JSON.parse(body.toString('utf8', 0, newline)) as { keys?: unknown; bytes?: unknown };
    if (!Array.isArray(keys) || !Array.isArray(bytes) || keys.length !== bytes.length) return parts;
    let start = newline + 1;
    for (const [i, key] of keys.entries()) {
      const length: unknown = bytes[i];
      if (typeof key !== 'string' || !Number.isSafeInteger(length) || (length as number) < 0) return new Map();
      const end = start + (length as number);
      if (end > body.length) return new Map();
      parts.set(key, body.subarray(start, end));
      start = end;
    }
    return start === body.length ? parts : new Map();
  } catch {
    // Absent or unreadable: every part is made again.
    return new Map();
  }
}
