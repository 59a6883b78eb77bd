import { readItemHeading } from '../load/item-heading.ts';
import { SHAPE_DESCRIPTIONS, SHAPES, type Shape } from './minutes.ts';
import { readOpeningSentence } from './meeting-facts.ts';
import { MINUTES_LABEL } from './moderngov-text.ts';
import type { SourceLine } from './source-file.ts';

export type Detection = { ok: true; shape: Shape } | { ok: false; problem: string };

/**
 * Tells which shape a copied text has, from the structure each shape always
 * has rather than from any council's wording:
 * - a table page has a "No. | Item |" header, or rows ending in "|" that hold "Minutes:";
 * - an item page has one "Minutes:" label and no item numbers on lines of their own;
 * - an "Agenda and minutes" page has item numbers on lines of their own, or several "Minutes:" labels;
 * - PDF text opens "At a meeting of …", or has attendance lists and minute codes, and no "Minutes:" labels.
 */
export function detectShape(lines: SourceLine[], file: string): Detection {
  const texts = lines.map((l) => l.text.trim()).filter((t) => t !== '');
  const minutesLabels = texts.filter((t) => MINUTES_LABEL.test(t)).length;
  const tableRows = texts.filter((t) => t.endsWith('|')).length;
  const bareNumbers = texts.filter((t) => {
    const heading = readItemHeading(t);
    return heading.number !== undefined && heading.title === undefined && /\d/.test(t) && t.length <= 10;
  }).length;

  if (
    texts.some((t) => /^\|?\s*No\.?\s*\|\s*Item\s*\|/i.test(t)) ||
    (tableRows >= 2 && texts.some((t) => /\bMinutes\s*:/.test(t) && t.includes('|')))
  ) {
    return { ok: true, shape: 'moderngov-table' };
  }
  if (minutesLabels >= 1 && bareNumbers === 0 && minutesLabels === 1) return { ok: true, shape: 'moderngov-item' };
  if (minutesLabels >= 1) return { ok: true, shape: 'moderngov-page' };
  const opening = texts.slice(0, 30).join(' ');
  const hasOpening = texts
    .slice(0, 30)
    .some((_, i) => readOpeningSentence(texts.slice(i, i + 3).join(' ')) !== undefined);
  const hasAttendance = texts.some((t) => /^(?:Present|Apologies(?: for absence)?)\s*:/i.test(t));
  if (hasOpening || hasAttendance || /Public Document Pack/i.test(opening)) return { ok: true, shape: 'pdf-text' };
  return {
    ok: false,
    problem: `could not tell what kind of minutes ${file} holds. The importer knows these shapes:\n${SHAPES.map((s) => `  ${s}: ${SHAPE_DESCRIPTIONS[s]}`).join('\n')}\nIf the file is one of them, pass --shape <shape>.`,
  };
}
