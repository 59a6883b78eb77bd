import { isMap, isScalar, isSeq, type Node, type YamlSource } from './yaml-source.ts';
import type { Diagnostics, Place } from '../model/diagnostics.ts';
import { isIsoDate, isTimeOfDay } from '../text/dates.ts';
import { closest } from '../text/closest.ts';
import { isSafeLink } from '../text/links.ts';

/** The years a date of the archive may have: wide enough for old parish records, narrow enough to catch 0000 and 9999. */
export const EARLIEST_YEAR = 1500;
export const LATEST_YEAR = 2199;

/**
 * Reads typed values out of one YAML mapping, reporting each value of the
 * wrong kind at its own place. Every reader returns `undefined` for a missing
 * or unusable value, so the caller carries on and all problems are reported.
 */
export class Fields {
  readonly source: YamlSource;
  readonly node: Node | null | undefined;
  private readonly diagnostics: Diagnostics;
  /** How the clerk knows this mapping: "the meeting", "board cyp". */
  private readonly what: string;

  constructor(source: YamlSource, node: Node | null | undefined, diagnostics: Diagnostics, what: string) {
    this.source = source;
    this.node = node;
    this.diagnostics = diagnostics;
    this.what = what;
  }

  static isMapping(node: Node | null | undefined): boolean {
    return isMap(node);
  }

  get place(): Place {
    return this.source.placeOf(this.node);
  }

  has(key: string): boolean {
    return this.valueNode(key) !== undefined;
  }

  valueNode(key: string): Node | undefined {
    if (!isMap(this.node)) return undefined;
    const pair = this.node.items.find((p) => isScalar(p.key) && p.key.value === key);
    const value = pair?.value as Node | null | undefined;
    if (value === null || value === undefined) return undefined;
    if (isScalar(value) && (value.value === null || value.value === '')) return undefined;
    return value;
  }

  placeOf(key: string): Place {
    const value = this.valueNode(key);
    return value ? this.source.placeOf(value) : this.source.placeOfKey(this.node, key);
  }

  /** A text value. Numbers are accepted and kept as written ("15"). */
  text(key: string, options: { required?: boolean; expected?: string } = {}): string | undefined {
    const value = this.valueNode(key);
    if (value === undefined) {
      if (options.required) this.missing(key);
      return undefined;
    }
    if (isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number')) {
      const text = String(value.source ?? value.value).trim();
      return text === '' ? undefined : text;
    }
    this.wrongKind(key, value, options.expected ?? 'a piece of text');
    return undefined;
  }

  date(key: string, options: { required?: boolean } = {}): string | undefined {
    const value = this.text(key, { ...options, expected: 'a date written YYYY-MM-DD' });
    if (value === undefined) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      this.problem(
        key,
        'date-format',
        `${this.what}: "${key}" should be a date written YYYY-MM-DD, not "${value}"`,
        'For example 2025-09-08.',
      );
      return undefined;
    }
    if (!isIsoDate(value)) {
      this.problem(
        key,
        'date-impossible',
        `${this.what}: "${key}" is ${value}, a date that does not exist`,
        'Check the day and the month.',
      );
      return undefined;
    }
    const year = Number(value.slice(0, 4));
    if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
      this.problem(
        key,
        'date-implausible',
        `${this.what}: "${key}" is ${value}, outside the years ${EARLIEST_YEAR} to ${LATEST_YEAR} that any record of the archive can have`,
        'Check the year.',
      );
      return undefined;
    }
    return value;
  }

  time(key: string): string | undefined {
    const value = this.text(key, { expected: 'a time written HH:MM' });
    if (value === undefined) return undefined;
    if (!isTimeOfDay(value)) {
      this.problem(
        key,
        'time-format',
        `${this.what}: "${key}" should be a time on the 24-hour clock written HH:MM, not "${value}"`,
        'For example "18:30", in quotes.',
      );
      return undefined;
    }
    return value;
  }

  /** A web address that is safe to publish as a link. */
  link(key: string): string | undefined {
    const value = this.text(key, { expected: 'a web address' });
    if (value === undefined) return undefined;
    if (!isSafeLink(value)) {
      this.problem(
        key,
        'link-unsafe',
        `${this.what}: "${key}" is not a web address the site can link to: "${value.slice(0, 60)}"`,
        'Links must start with https://, http://, mailto: or tel:, or be an address within the site.',
      );
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], options: { required?: boolean } = {}): T | undefined {
    const value = this.text(key, options);
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problem(key, 'value-unknown', `${this.what}: "${key}" is "${value}"; it must be one of ${allowed.join(', ')}`);
    return undefined;
  }

  /** A yes-or-no setting, written `true` or `false`. */
  flag(key: string): boolean | undefined {
    const value = this.valueNode(key);
    if (value === undefined) return undefined;
    if (isScalar(value) && typeof value.value === 'boolean') return value.value;
    this.problem(
      key,
      'value-unknown',
      `${this.what}: "${key}" should be true or false, not "${isScalar(value) ? String(value.source ?? value.value) : 'a list or a set of fields'}"`,
    );
    return undefined;
  }

  /** A list; a single value where a list belongs is taken as a list of one. */
  list(key: string): Node[] {
    const value = this.valueNode(key);
    if (value === undefined) return [];
    if (isSeq(value)) return value.items.filter((item): item is Node => item !== null && item !== undefined) as Node[];
    if (isScalar(value)) return [value];
    this.wrongKind(key, value, 'a list');
    return [];
  }

  /** A list of texts (for `aliases`, `topics`). */
  texts(key: string): string[] {
    const out: string[] = [];
    for (const item of this.list(key)) {
      if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number'))
        out.push(String(item.value).trim());
      else
        this.diagnostics.error(
          this.source.file,
          this.source.placeOf(item),
          'wrong-type',
          `${this.what}: each entry of "${key}" should be a piece of text`,
        );
    }
    return out.filter((text) => text !== '');
  }

  mapping(key: string, what: string): Fields | undefined {
    const value = this.valueNode(key);
    if (value === undefined) return undefined;
    if (!isMap(value)) {
      this.wrongKind(key, value, 'a set of fields');
      return undefined;
    }
    return new Fields(this.source, value, this.diagnostics, what);
  }

  /**
   * Warns about each field that is not one of `known`, suggesting the closest.
   * A field nearest to one of `switches` is an error instead: a misspelt
   * switch would quietly change what the site publishes.
   */
  checkKnown(known: readonly string[], switches: readonly string[] = []): void {
    if (!isMap(this.node)) return;
    for (const pair of this.node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (known.includes(key)) continue;
      const nearest = closest(key, known, 1)[0];
      const severity = nearest && switches.includes(nearest) ? 'error' : 'warning';
      this.diagnostics[severity](
        this.source.file,
        this.source.placeOf(pair.key as Node),
        'field-unknown',
        `${this.what}: "${key}" is not a field the archive knows, so it is ignored`,
        nearest ? `Did you mean "${nearest}"?` : `The fields are: ${known.join(', ')}.`,
      );
    }
  }

  missing(key: string): void {
    this.diagnostics.error(
      this.source.file,
      this.place,
      'field-missing',
      `${this.what}: "${key}" is missing`,
      `Add a line "${key}: ..." to it.`,
    );
  }

  /** A warning about a field's value: the file is published, but the clerk should look. */
  caution(key: string, code: string, message: string, hint?: string): void {
    this.diagnostics.warning(this.source.file, this.placeOf(key), code, message, hint);
  }

  problem(key: string, code: string, message: string, hint?: string): void {
    this.diagnostics.error(this.source.file, this.placeOf(key), code, message, hint);
  }

  private wrongKind(key: string, value: Node, expected: string): void {
    const found = isSeq(value) ? 'a list' : isMap(value) ? 'a set of fields' : 'something else';
    this.diagnostics.error(
      this.source.file,
      this.source.placeOf(value),
      'wrong-type',
      `${this.what}: "${key}" should be ${expected}, but it is ${found}`,
    );
  }
}
