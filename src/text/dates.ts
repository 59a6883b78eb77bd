import { DateTime } from 'luxon';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a real calendar date written YYYY-MM-DD (so not 2025-02-30), in the Gregorian calendar as Luxon reads it. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  // Counted here rather than parsed with Luxon, which cost about 50 µs a date: every date field of every meeting is checked.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a 24-hour time written HH:MM. */
export function isTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** The English names of the months, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The parts of a real calendar date YYYY-MM-DD from the year 1000 on, with its day of the week (0 for Sunday); undefined for any other text. */
function calendarDate(iso: string): { year: number; month: number; day: number; weekday: number } | undefined {
  // Date.UTC reads the years 0 to 99 as 1900 to 1999, so earlier years stay with Luxon.
  if (!isIsoDate(iso) || iso < '1000') return undefined;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/**
 * Formats a date once: a large archive shows the same few thousand dates on
 * many pages. `fast` writes the English names itself, as Luxon's `format`
 * in en-GB does: Luxon took about 0.1 ms a date here, a second at 10,000
 * meetings. Anything but a real date from the year 1000 on goes to Luxon.
 */
function memoised(format: string, fast: (date: NonNullable<ReturnType<typeof calendarDate>>) => string) {
  const cache = new Map<string, string>();
  return (iso: string): string => {
    let text = cache.get(iso);
    if (text === undefined) {
      const date = calendarDate(iso);
      text = date ? fast(date) : DateTime.fromISO(iso, { zone: 'utc' }).setLocale('en-GB').toFormat(format);
      cache.set(iso, text);
    }
    return text;
  };
}

/** "Monday 8 September 2025" */
export const longDate = memoised(
  'cccc d LLLL yyyy',
  (date) => `${WEEKDAY_NAMES[date.weekday]} ${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`,
);

/** "8 September 2025" */
export const mediumDate = memoised('d LLLL yyyy', (date) => `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`);

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
  '(\\d{1,2})(?:(?:st|nd|rd|th)(?:\\s+of)?)?\\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\\s+(\\d{4})';

/** The municipal year a date falls in, as its first calendar year (May 2025 to April 2026 is 2025). */
export function municipalYearOf(iso: string, startMonth: number): number {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  return month >= startMonth ? year : year - 1;
}

/** "2025/26" */
export function municipalYearLabel(firstYear: number): string {
  return `${firstYear}/${String((firstYear + 1) % 100).padStart(2, '0')}`;
}
