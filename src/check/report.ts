import type { Diagnostic } from '../model/types.ts';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { counted } from '../text/counted.ts';

export type CheckFormat = 'text' | 'github' | 'json';

/** The diagnostics of a check, printed for a person, for GitHub Actions, or as JSON. */
export function formatCheck(diagnostics: readonly Diagnostic[], format: CheckFormat): string {
  if (format === 'json') return `${JSON.stringify({ errors: count(diagnostics, 'error'), warnings: count(diagnostics, 'warning'), diagnostics }, null, 2)}\n`;
  if (format === 'github') {
    return diagnostics
      .map((d) => `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.code)}::${escapeData(d.hint ? `${d.message}. ${d.hint}` : d.message)}`)
      .join('\n')
      .concat(diagnostics.length ? '\n' : '');
  }
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const lines: string[] = [];
  if (errors.length) lines.push('Errors (these stop the site being published):', ...errors.map(formatDiagnostic), '');
  if (warnings.length) lines.push('Warnings (the site is still published):', ...warnings.map(formatDiagnostic), '');
  lines.push(summary(diagnostics));
  return `${lines.join('\n')}\n`;
}

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
