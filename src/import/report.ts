import type { ImportResult } from './import-minutes.ts';
import { SHAPE_DESCRIPTIONS } from './minutes.ts';
import { counted } from '../text/counted.ts';

/** The report after importing one file, for the clerk: what was found, what was kept, what was dropped. */
export function formatReport(result: ImportResult): string {
  if (!result.ok) return `Nothing was written for ${result.source}: ${result.problem}\n`;
  const r = result.report;
  const out: string[] = [];
  out.push(result.written ? `Wrote ${result.target} from ${result.source}` : `Dry run: would write ${result.target} from ${result.source} (nothing was written)`);
  out.push(`  shape:        ${r.shape} (${SHAPE_DESCRIPTIONS[r.shape]})`);
  out.push(`  meeting:      ${r.boardId}, ${r.date}${r.start ? `, from ${r.start}` : ''}${r.end ? ` to ${r.end}` : ''}${r.venue ? `, ${r.venue}` : ''}`);
  out.push(`  found:        ${counted(r.items, 'item')} (${r.cutShort} cut short), ${counted(r.decisions, 'decision')}, ${counted(r.actions, 'action')}, ${counted(r.attendees, 'attendee')}, ${counted(r.declarations, 'declaration')}, ${counted(r.documents, 'document')}`);
  const percent = r.sourceWords === 0 ? 100 : (100 * r.keptWords) / r.sourceWords;
  out.push(`  kept:         ${r.keptWords} of ${r.sourceWords} words of the source (${percent.toFixed(1)}%); ${counted(r.sourceWords - r.keptWords, 'word')} dropped as page furniture`);
  for (const note of result.notes) out.push(`  note:         ${note}`);
  if (r.fields.length > 0) {
    out.push(`  read into the front matter (${counted(r.fields.length, 'piece')}):`);
    for (const entry of r.fields) out.push(`    line ${entry.line}: ${entry.what}: ${entry.text}`);
  }
  if (r.furniture.length > 0) {
    out.push(`  dropped as page furniture (${counted(r.furniture.length, 'piece')}):`);
    for (const entry of r.furniture) out.push(`    line ${entry.line}: ${entry.what}${entry.text ? `: ${entry.text}` : ''}`);
  } else out.push('  dropped as page furniture: nothing');
  if (r.unknownNames.length > 0) {
    out.push('  names that match nobody in _data/people.yaml (kept as written; add an alias to link them):');
    for (const name of r.unknownNames) out.push(`    ${name.written}${name.closest.length ? ` (closest: ${name.closest.join(', ')})` : ''}`);
  }
  if (r.warnings.length > 0) {
    out.push('  npm run check will warn:');
    for (const warning of r.warnings) out.push(`    line ${warning.line}: ${warning.message}`);
  }
  return `${out.join('\n')}\n`;
}

/** One line per file of a folder: what became of it. */
export function formatSummary(results: ImportResult[]): string {
  const rows: string[][] = [['file', 'result', 'shape', 'date', 'items', 'decisions', 'attendees', 'declarations', 'kept']];
  for (const result of results) {
    const file = result.source.split(/[\\/]/).at(-1)!;
    if (!result.ok) {
      rows.push([file, `not imported: ${result.problem.split('\n')[0]}`, '', '', '', '', '', '', '']);
      continue;
    }
    const r = result.report;
    const percent = r.sourceWords === 0 ? 100 : (100 * r.keptWords) / r.sourceWords;
    rows.push([file, result.written ? `wrote ${result.target}` : `would write ${result.target}`, r.shape, r.date, String(r.items), String(r.decisions), String(r.attendees), String(r.declarations), `${percent.toFixed(1)}%`]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const imported = results.filter((r) => r.ok).length;
  return `${[line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n')}\n${imported} of ${results.length} files imported.\n`;
}
