import { DateTime } from 'luxon';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a real calendar date written YYYY-MM-DD (so not 2025-02-30). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

/** True for a 24-hour time written HH:MM. */
export function isTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}

/** Formats a date once: a large archive shows the same few thousand dates on many pages. */
function memoised(format: string): (iso: string) => string {
  const cache = new Map<string, string>();
  return (iso) => {
    let text = cache.get(iso);
    if (text === undefined) {
      text = DateTime.fromISO(iso, { zone: 'utc' }).setLocale('en-GB').toFormat(format);
      cache.set(iso, text);
    }
    return text;
  };
}

/** "Monday 8 September 2025" */
export const longDate = memoised('cccc d LLLL yyyy');

/** "8 September 2025" */
export const mediumDate = memoised('d LLLL yyyy');

/** "6.30pm", as UK minutes write times. */
export function clockTime(time: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const suffix = hours < 12 ? 'am' : 'pm';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}.${String(minutes).padStart(2, '0')}${suffix}`;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Reads a date as minutes write it ("9 June 2025", "9th June, 2025",
 * "Monday, 8th September, 2025") into YYYY-MM-DD, or undefined.
 */
export function dateFromProse(day: string, month: string, year: string): string | undefined {
  const monthIndex = MONTHS.indexOf(month.toLowerCase());
  if (monthIndex < 0) return undefined;
  const iso = `${year}-${String(monthIndex + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

export const PROSE_DATE_PATTERN =
  '(\\d{1,2})(?:st|nd|rd|th)?\\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\\s+(\\d{4})';

/** The municipal year a date falls in, as its first calendar year (May 2025 to April 2026 is 2025). */
export function municipalYearOf(iso: string, startMonth: number): number {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  return month >= startMonth ? year : year - 1;
}

/** "2025/26" */
export function municipalYearLabel(firstYear: number): string {
  return `${firstYear}/${String((firstYear + 1) % 100).padStart(2, '0')}`;
}
