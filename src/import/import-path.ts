import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { archiveFor, importMinutes, type ImportOptions, type ImportResult } from './import-minutes.ts';
import { SHAPES, type Shape } from './minutes.ts';
import { formatReport, formatSummary } from './report.ts';

export interface RawOptions extends Omit<ImportOptions, 'shape' | 'status'> {
  shape?: string;
  status?: string;
}

export interface Outcome {
  output: string;
  errors: string;
  exitCode: number;
  results: ImportResult[];
}

/**
 * Imports a file, or every file of a folder (in name order), and puts
 * together what the command prints: the meeting itself on a dry run of one
 * file, each file's report, and for a folder one summary table.
 */
export async function importPath(target: string, raw: RawOptions): Promise<Outcome> {
  const fail = (message: string): Outcome => ({ output: '', errors: `${message}\n`, exitCode: 2, results: [] });
  const shape = raw.shape ?? 'auto';
  if (shape !== 'auto' && !(SHAPES as readonly string[]).includes(shape)) {
    return fail(`unknown shape "${shape}": the importer knows auto, ${SHAPES.join(', ')}`);
  }
  if (raw.status !== undefined && raw.status !== 'draft' && raw.status !== 'approved')
    return fail(`--status is draft or approved, not "${raw.status}"`);
  if (!existsSync(target)) return fail(`${target} does not exist`);
  const { status, shape: _shape, ...rest } = raw;
  const options: ImportOptions = {
    ...rest,
    shape: shape as Shape | 'auto',
    ...(status ? { status: status as 'draft' | 'approved' } : {}),
  };
  const archive = archiveFor(options.root);

  if (!statSync(target).isDirectory()) {
    const result = await importMinutes(target, options, archive);
    if (!result.ok) return { output: '', errors: formatReport(result), exitCode: result.exitCode, results: [result] };
    // Exit 0 only for a file read without doubt; one written with accepted doubts exits 1.
    return {
      output: `${options.dryRun ? `${result.text}\n` : ''}${formatReport(result)}`,
      errors: '',
      exitCode: result.doubts.length > 0 ? 1 : 0,
      results: [result],
    };
  }
  const files = readdirSync(target)
    .filter((name) => !name.startsWith('.') && !/_files$/.test(name))
    .sort()
    .map((name) => path.join(target, name))
    .filter((file) => statSync(file).isFile());
  if (files.length === 0) return fail(`${target} holds no files to import`);
  const writtenThisRun = new Map<string, string>();
  const results: ImportResult[] = [];
  for (const file of files) results.push(await importMinutes(file, { ...options, writtenThisRun }, archive));
  const output = results.map(formatReport).join('\n');
  const exitCode = Math.max(0, ...results.map((r) => (r.ok ? (r.doubts.length > 0 ? 1 : 0) : r.exitCode)));
  return { output: `${output}\n${formatSummary(results)}`, errors: '', exitCode, results };
}
