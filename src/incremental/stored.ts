/**
 * What every cache of src/incremental answers: the value it holds for a key,
 * and keeping one for the next build. A value comes back only when its entry
 * is whole, matches its SHA-256 seal (src/text/sealed.ts) and is of the key
 * asked for; anything else counts as absent, so the caller makes the value
 * afresh and a damaged or edited cache is never published.
 */
export interface Stored<Key, Value> {
  /** The value kept for `key`, checked; undefined when there is none, or none that can be trusted. */
  lookup(key: Key): Value | undefined;
  /** Keeps `value` for `key`, for this build's later lookups and the next build's. A cache that cannot be written only makes the next build slower. */
  store(key: Key, value: Value): void;
}
