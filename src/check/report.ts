import type { Diagnostic } from '../model/types.ts';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { counted } from '../text/counted.ts';

export type CheckFormat = 'text' | 'github' | 'json';

export interface CheckOptions {
  /** Every warning in full, rather than each kind with its first few places (the text form only). */
  all?: boolean;
}

/** How many places of one kind of warning the text form shows before it counts the rest. */
export const PLACES_SHOWN = 3;

/**
 * The diagnostics of a check, printed for a person, for GitHub Actions, or as
 * JSON. For a person, every error is listed, and warnings are grouped by kind:
 * a large archive can have the same unknown name in a thousand files, and a
 * clerk needs the kinds and a few places, not four thousand lines. The other
 * forms, and `all`, list every warning.
 */
export function formatCheck(
  diagnostics: readonly Diagnostic[],
  format: CheckFormat,
  options: CheckOptions = {},
): string {
  if (format === 'json')
    return `${JSON.stringify({ errors: count(diagnostics, 'error'), warnings: count(diagnostics, 'warning'), diagnostics }, null, 2)}\n`;
  if (format === 'github') {
    return diagnostics
      .map(
        (d) =>
          `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.code)}::${escapeData(d.hint ? `${d.message}. ${d.hint}` : d.message)}`,
      )
      .join('\n')
      .concat(diagnostics.length ? '\n' : '');
  }
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const lines: string[] = [];
  if (errors.length) lines.push('Errors (these stop the site being published):', ...errors.map(formatDiagnostic), '');
  if (warnings.length)
    lines.push(
      'Warnings (the site is still published):',
      ...(options.all ? warnings.map(formatDiagnostic) : groupedWarnings(warnings)),
      '',
    );
  lines.push(summary(diagnostics));
  return `${lines.join('\n')}\n`;
}

/** Each kind of warning with its count, its first few places, and how many more there are. */
function groupedWarnings(warnings: readonly Diagnostic[]): string[] {
  const kinds = new Map<string, Diagnostic[]>();
  for (const warning of warnings) {
    const kind = kinds.get(warning.code);
    if (kind) kind.push(warning);
    else kinds.set(warning.code, [warning]);
  }
  // A kind that fits in full is shown as it is; only a longer one is cut short.
  if ([...kinds.values()].every((kind) => kind.length <= PLACES_SHOWN + 1)) return warnings.map(formatDiagnostic);
  const lines: string[] = [];
  for (const [code, kind] of [...kinds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const files = new Set(kind.map((d) => d.file)).size;
    lines.push(
      `${code}: ${counted(kind.length, 'warning')} in ${counted(files, 'file')}${KINDS[code] ? ` (${KINDS[code]})` : ''}`,
    );
    const shown = kind.length <= PLACES_SHOWN + 1 ? kind : kind.slice(0, PLACES_SHOWN);
    lines.push(...shown.map((d) => indent(formatDiagnostic(d))));
    if (shown.length < kind.length)
      lines.push(`  … and ${kind.length - shown.length} more of this kind (npm run check -- --all lists every one)`);
  }
  return lines;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/** What each common kind of warning is about, in a clerk's words. */
const KINDS: Partial<Record<string, string>> = {
  'alias-ambiguous': 'a name that belongs to two people',
  'approval-conflict': 'minutes that two meetings say they approved, on different dates',
  'approval-overdue': 'minutes still a draft after later meetings',
  'attendance-unconfirmed': 'draft minutes whose attendance is still the membership npm run new wrote',
  'decision-not-read': 'RESOLVED where it is not read as a decision',
  'field-unknown': 'a field the archive does not know',
  'file-hidden': 'a hidden file or folder in content/, which is not published',
  'file-unexpected': 'a file that is not published',
  'item-empty': 'an item with no text',
  'item-number-gap': 'item numbers skipped',
  'item-order': 'an item numbered lower than the one before it',
  'item-unknown': 'an item the minutes do not have',
  'person-unknown': 'a name that matches nobody in _data/people.yaml',
  'status-stale': 'minutes marked draft that a later meeting approved',
};

export function summary(diagnostics: readonly Diagnostic[]): string {
  const errors = count(diagnostics, 'error');
  const warnings = count(diagnostics, 'warning');
  if (errors === 0 && warnings === 0) return 'All content is fine: no errors, no warnings.';
  return `${counted(errors, 'error')}, ${counted(warnings, 'warning')}.`;
}

function count(diagnostics: readonly Diagnostic[], severity: Diagnostic['severity']): number {
  return diagnostics.filter((d) => d.severity === severity).length;
}

// GitHub's workflow command escaping.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
