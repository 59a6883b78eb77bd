import { escapeHtml } from '../text/markdown.ts';

/** HTML that is already safe: rendered Markdown, or the output of `html`. */
export class SafeHtml {
  readonly value: string;

  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export function raw(value: string): SafeHtml {
  return new SafeHtml(value);
}

type Value = string | number | SafeHtml | undefined | null | false | Value[];

/**
 * A tagged template that escapes every value put into it, unless it is
 * SafeHtml. Lists are joined; undefined, null and false print nothing.
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += print(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

function print(value: Value): string {
  if (value === undefined || value === null || value === false) return '';
  if (Array.isArray(value)) return value.map(print).join('');
  if (value instanceof SafeHtml) return value.value;
  return escapeHtml(String(value));
}
