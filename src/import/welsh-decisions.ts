import { MINUTE_REFERENCE } from '../load/decision-forms.ts';

/**
 * Decisions as Welsh minutes write them, marked with a colon after the word
 * as English decisions are ("… and unanimously agreed: that …"); no word is
 * added or removed:
 * - "Cynigiwyd gan y Cyng. X, eiliwyd gan y Cyng. Y a chytunwyd yn unfrydol bod …"
 *   (it was proposed by …, seconded by … and unanimously agreed that …);
 * - "… ac roedd pawb yn unfrydol y dylai …" (… and all were unanimous that … should);
 * - "Cytunwyd (yn unfrydol) y dylai …" (it was (unanimously) agreed that …);
 * each perhaps after the paragraph's own point, "ii)", or the minute it follows up, "5xi)".
 */
const POINT = `(?:(?:${MINUTE_REFERENCE}|\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,5})\\))\\s+)?`;
const AFTER_LEAD_IN = new RegExp(
  `^(${POINT}(?:Cynigiwyd|Cynigodd)\\s[^:]{1,200}?\\s(?:a|ac)\\s+)(chytunwyd(?:\\s+yn\\s+unfrydol)?|roedd pawb yn unfrydol)\\s+(?=\\p{Ll})`,
  'u',
);
const OPENING = new RegExp(`^(${POINT})(Cytunwyd(?:\\s+yn\\s+unfrydol)?)\\s+(?=\\p{Ll})`, 'u');

/** The paragraph with its Welsh decision marked, or undefined when it holds none in these forms. */
export function markWelshDecision(text: string): string | undefined {
  if (AFTER_LEAD_IN.test(text)) return text.replace(AFTER_LEAD_IN, '$1$2: ');
  if (OPENING.test(text)) return text.replace(OPENING, '$1$2: ');
  return undefined;
}
