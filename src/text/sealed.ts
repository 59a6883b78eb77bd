import { createHash } from 'node:crypto';

/**
 * A cache entry that checks itself: its first line is the SHA-256 of the
 * rest, so an entry damaged on disk or edited by hand (even into other valid
 * JSON) is found out before it is used, and is made again instead.
 */
export function seal(body: string | Uint8Array): Buffer {
  return sealParts([typeof body === 'string' ? Buffer.from(body, 'utf8') : body]);
}

/** The sealed entry whose body is `parts` one after another, hashed and copied once. */
export function sealParts(parts: readonly Uint8Array[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return Buffer.concat([Buffer.from(`${hash.digest('hex')}\n`, 'utf8'), ...parts]);
}

/** The body of a sealed entry, or undefined when it does not match its hash. */
export function unseal(sealed: Uint8Array): Buffer | undefined {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const newline = bytes.indexOf(0x0a);
  if (newline !== 64) return undefined;
  const body = bytes.subarray(newline + 1);
  return bytes.toString('latin1', 0, 64) === sha256(body) ? body : undefined;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
