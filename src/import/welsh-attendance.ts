/**
 * Attendance as Welsh minutes write it, read as the English lists are:
 * "PRESENNOL" / "Yn bresennol" (present), "Ymddiheuriadau" (apologies),
 * "Cynghorwyr" (Councillors), "a’r Cynghorydd Sir" (and County Councillor),
 * and "ac" or "a" (and) before the last name.
 */
export const WELSH_ATTENDANCE_LABELS = {
  present: /^(?:Yn\s+)?(?:B|P)resennol\s*:\s*/i,
  apologies: /^Ymddiheuriadau\s*:\s*/i,
  others: /^Hefyd\s+yn\s+bresennol\s*:\s*/i,
  absent: /^Yn\s+absennol\s*:\s*/i,
} as const;

/** Welsh words of a list of names, as English: "Cynghorwyr A, B a’r Cynghorydd Sir C" → "Councillors A, B and County Councillor C". */
export function welshNamesAsEnglish(text: string): string {
  if (!/\bCyng(?:horwyr|horydd|\.)/.test(text)) return text;
  return text
    .replace(/\s+a[’']r\s+(?=Cynghorydd\b)/gu, ' and ')
    .replace(/\s+(?:ac|a)\s+(?=\p{Lu})/gu, ' and ')
    .replace(/\bCynghorwyr\b/g, 'Councillors')
    .replace(/\bCynghorydd Sir\b/g, 'County Councillor')
    .replace(/\bCynghorydd\b/g, 'Councillor')
    .replace(/\bCyng\.\s*/g, 'Cllr ');
}
