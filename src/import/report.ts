import type { ImportResult } from './import-minutes.ts';
import { SHAPE_DESCRIPTIONS } from './minutes.ts';
import { counted } from '../text/counted.ts';

/** The report after importing one file, for the clerk: what was found, what was kept, what was dropped. */
export function formatReport(result: ImportResult): string {
  if (!result.ok) return `Nothing was written for ${result.source}: ${result.problem}\n`;
  const r = result.report;
  const out: string[] = [];
  const withDoubts =
    result.doubts.length > 0
      ? `, with ${counted(result.doubts.length, 'doubt')} (a draft: npm run check warns until each is settled)`
      : '';
  out.push(
    result.written
      ? `Wrote ${result.target} from ${result.source}${withDoubts}`
      : `Dry run: would write ${result.target} from ${result.source}${withDoubts} (nothing was written)`,
  );
  out.push(`  shape:        ${r.shape} (${SHAPE_DESCRIPTIONS[r.shape]})`);
  out.push(
    `  meeting:      ${r.boardId}, ${r.date}${r.start ? `, from ${r.start}` : ''}${r.end ? ` to ${r.end}` : ''}${r.venue ? `, ${r.venue}` : ''}`,
  );
  out.push(
    `  found:        ${counted(r.items, 'item')} (${r.cutShort} cut short), ${counted(r.decisions, 'decision')}, ${counted(r.actions, 'action')}, ${counted(r.attendees, 'attendee')}, ${counted(r.declarations, 'declaration')}, ${counted(r.documents, 'document')}`,
  );
  const percent = r.sourceWords === 0 ? 100 : (100 * r.keptWords) / r.sourceWords;
  out.push(
    `  kept:         ${r.keptWords} of ${r.sourceWords} words of the source (${percent.toFixed(1)}%); ${counted(r.sourceWords - r.keptWords, 'word')} dropped as page furniture`,
  );
  for (const note of result.notes) out.push(`  note:         ${note}`);
  if (r.fields.length > 0) {
    out.push(`  read into the front matter (${counted(r.fields.length, 'piece')}):`);
    for (const entry of r.fields) out.push(`    line ${entry.line}: ${entry.what}: ${entry.text}`);
  }
  if (r.furniture.length > 0) {
    out.push(`  dropped as page furniture (${counted(r.furniture.length, 'piece')}):`);
    for (const entry of r.furniture)
      out.push(`    line ${entry.line}: ${entry.what}${entry.text ? `: ${entry.text}` : ''}`);
  } else out.push('  dropped as page furniture: nothing');
  if (r.unknownNames.length > 0) {
    out.push('  names that match nobody in _data/people.yaml (kept as written; add an alias to link them):');
    for (const name of r.unknownNames)
      out.push(`    ${name.written}${name.closest.length ? ` (closest: ${name.closest.join(', ')})` : ''}`);
  }
  if (result.doubts.length > 0) {
    out.push(
      '  doubts (also listed under import_doubts in the file; check each against the source, correct the text, and remove its line):',
    );
    for (const doubt of result.doubts) out.push(`    source line ${doubt.line}: ${doubt.what}; ${doubt.todo}`);
  }
  if (r.warnings.length > 0) {
    out.push('  npm run check will warn:');
    for (const warning of r.warnings) out.push(`    line ${warning.line}: ${warning.message}`);
  }
  return `${out.join('\n')}\n`;
}

/** One line per file of a folder: what became of it. */
export function formatSummary(results: ImportResult[]): string {
  const rows: string[][] = [
    ['file', 'verdict', 'shape', 'date', 'items', 'decisions', 'attendees', 'declarations', 'kept'],
  ];
  for (const result of results) {
    const file = result.source.split(/[\\/]/).at(-1)!;
    if (!result.ok) {
      const why =
        result.doubts && result.doubts.length > 0
          ? `refused: ${counted(result.doubts.length, 'doubt')} (see its report)`
          : `refused: ${result.problem.split('\n')[0]}`;
      rows.push([file, why, '', '', '', '', '', '', '']);
      continue;
    }
    const r = result.report;
    const percent = r.sourceWords === 0 ? 100 : (100 * r.keptWords) / r.sourceWords;
    const verdict = `${result.written ? 'written' : 'would be written'}${result.doubts.length > 0 ? ` with ${counted(result.doubts.length, 'doubt')}` : ''}: ${result.target}`;
    rows.push([
      file,
      verdict,
      r.shape,
      r.date,
      String(r.items),
      String(r.decisions),
      String(r.attendees),
      String(r.declarations),
      `${percent.toFixed(1)}%`,
    ]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const clean = results.filter((r) => r.ok && r.doubts.length === 0).length;
  const doubtful = results.filter((r) => r.ok && r.doubts.length > 0).length;
  const refused = results.length - clean - doubtful;
  return `${[line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n')}\n${clean} of ${results.length} files imported without doubt, ${doubtful} with doubts, ${refused} refused.\n`;
}
