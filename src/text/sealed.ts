import { createHash } from 'node:crypto';

/**
 * A cache entry that checks itself: its first line is the SHA-256 of the
 * rest, so an entry damaged on disk or edited by hand (even into other valid
 * JSON) is found out before it is used, and is made again instead.
 */
export function seal(body: string | Uint8Array): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  return Buffer.concat([Buffer.from(`${sha256(bytes)}\n`, 'utf8'), bytes]);
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
