import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Diagnostic, Report } from '../model/types.ts';
import { codeVersion } from './code-version.ts';
import { SealedRecord } from './sealed-file.ts';

/** A report file as the loader finds it: where it is, and its text. */
export interface ReportSource {
  file: string;
  boardId: string;
  slug: string;
  text: string;
}

/** What reading one report gave: the report, unless the file was too broken to read, and its diagnostics. */
export interface ReadReport {
  report?: Report;
  diagnostics: Diagnostic[];
}

interface Entry extends ReadReport {
  /** A hash of everything the reading depends on: the build's code, the file's place and its text. */
  address: string;
}

/**
 * The boards' reports as an earlier build read them, by file, so that a
 * build does not parse every annual report's Markdown again (174 reports took
 * some 94 ms of each build at 2,500 meetings). An entry is used only for the
 * same code (code-version.ts), path, board and text, which its address
 * hashes; the text is still read, only its parse is kept. The record is one
 * sealed file (sealed-file.ts) beside the parsed meetings: damaged or edited,
 * it is set aside whole and every report is read again. An entry whose report
 * is not of the file asked for counts as absent.
 */
export class ReportCache {
  private readonly record: SealedRecord<Entry>;
  /** True once this build parsed a report: else the record is rewritten only if a report is gone. */
  private parsed = false;

  constructor(folder: string | undefined) {
    this.record = new SealedRecord(folder && path.join(folder, 'parsed-reports.json'), isEntry);
  }

  /** What the earlier build read of this file, if the same; else what `read` reads now, kept for the next build. */
  read(source: ReportSource, read: () => ReadReport): ReadReport {
    const address = addressOf(source);
    const before = this.record.before[source.file];
    const kept = before && before.address === address && ofSource(before, source) ? before : this.parse(address, read);
    this.record.now[source.file] = kept;
    return { ...(kept.report ? { report: kept.report } : {}), diagnostics: kept.diagnostics };
  }

  /** Writes what this build read, unless it is what the last build kept (as in a build that parsed no report). */
  save(): void {
    const { before, now } = this.record;
    if (this.parsed || Object.keys(before).length !== Object.keys(now).length) this.record.save();
  }

  private parse(address: string, read: () => ReadReport): Entry {
    this.parsed = true;
    return { address, ...read() };
  }
}

function addressOf({ file, boardId, slug, text }: ReportSource): string {
  const hash = createHash('sha256');
  for (const part of [codeVersion(), file, boardId, slug, text]) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** True when the entry's report and diagnostics are of this file. */
function ofSource(entry: Entry, { file, boardId, slug }: ReportSource): boolean {
  const { report } = entry;
  return (
    (!report ||
      (report.file === file &&
        report.boardId === boardId &&
        report.slug === slug &&
        report.key === `${boardId}/reports/${slug}`)) &&
    entry.diagnostics.every((d) => d.file === file)
  );
}

function isEntry(entry: unknown): entry is Entry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { address, report, diagnostics } = entry as Partial<Entry>;
  return (
    typeof address === 'string' &&
    Array.isArray(diagnostics) &&
    diagnostics.every(isDiagnostic) &&
    (report === undefined || isReport(report))
  );
}

function isDiagnostic(d: unknown): d is Diagnostic {
  if (typeof d !== 'object' || d === null) return false;
  const { file, line, column, severity, code, message } = d as Partial<Diagnostic>;
  return (
    typeof file === 'string' &&
    typeof line === 'number' &&
    typeof column === 'number' &&
    (severity === 'error' || severity === 'warning') &&
    typeof code === 'string' &&
    typeof message === 'string'
  );
}

function isReport(r: unknown): r is Report {
  if (typeof r !== 'object' || r === null) return false;
  const { key, boardId, slug, title, type, period, html, text, source, file } = r as Partial<Report>;
  return (
    [key, boardId, slug, title, type, html, text, file].every((s) => typeof s === 'string') &&
    typeof period === 'object' &&
    period !== null &&
    typeof source === 'object' &&
    source !== null
  );
}
