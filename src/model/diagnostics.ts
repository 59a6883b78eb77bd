import type { Diagnostic, Severity } from './types.ts';

/** A place in a file: 1-based line and column. */
export interface Place {
  line: number;
  column: number;
}

export const START_OF_FILE: Place = { line: 1, column: 1 };

/** Collects the diagnostics of one load, in the order they were found. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];

  error(file: string, place: Place, code: string, message: string, hint?: string): void {
    this.add('error', file, place, code, message, hint);
  }

  warning(file: string, place: Place, code: string, message: string, hint?: string): void {
    this.add('warning', file, place, code, message, hint);
  }

  private add(severity: Severity, file: string, place: Place, code: string, message: string, hint?: string): void {
    this.list.push({
      file,
      line: place.line,
      column: place.column,
      severity,
      code,
      message,
      ...(hint ? { hint } : {}),
    });
  }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorts diagnostics by file, then line and column, so that output is stable. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
  );
}

/** `path:line:column: severity: message`, the form editors and CI understand. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${oneLine(d.file)}:${d.line}:${d.column}: ${d.severity}: ${oneLine(d.message)}`;
  return d.hint ? `${head}\n  hint: ${oneLine(d.hint)}` : head;
}

/**
 * Text quoted from content kept on one line, its line breaks and other
 * control characters shown as escapes (\n, \u0007): a line break in a
 * quoted name could otherwise start a line of the log with "::error", which
 * GitHub Actions reads as a command of its own and shows as an annotation.
 */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
