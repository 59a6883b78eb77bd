import { dateFromProse, MONTH_NAMES, PROSE_DATE_PATTERN } from '../text/dates.ts';

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** The prose date for text whose runs of spaces are one space (see oneSpaced): with \s+ beside (.+?), a long run took time growing with its square. */
const ONE_SPACED_DATE = PROSE_DATE_PATTERN.replaceAll('\\s+', ' ');
const TIME =
  '(\\d{1,2})(?:[.:](\\d{2}))?\\s*([ap])\\.?\\s?m\\.?|(\\d{1,2})[.:](\\d{2})(?!\\d)|(?:12\\s*)?(noon|midday)';

/** "6.30 p.m." → "18:30"; "10am" → "10:00"; "14:00" → "14:00"; "noon" → "12:00". */
export function timeFromProse(text: string): string | undefined {
  const match = new RegExp(`^(?:${TIME})`, 'i').exec(text.trim());
  if (!match) return undefined;
  if (match[6]) return '12:00';
  let hours: number;
  let minutes: number;
  if (match[3]) {
    hours = (Number(match[1]) % 12) + (match[3].toLowerCase() === 'p' ? 12 : 0);
    minutes = Number(match[2] ?? 0);
  } else {
    hours = Number(match[4]);
    minutes = Number(match[5]);
  }
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export interface TitleLine {
  boardName: string;
  date: string;
  start?: string;
}

/**
 * ModernGov's title line: "<board> - Monday, 8th September, 2025 6.30 p.m."
 * (the time is sometimes missing, the weekday sometimes too).
 */
export function readTitleLine(line: string): TitleLine | undefined {
  const match = new RegExp(`^(.+?) [-–—] (?:${WEEKDAY},? )?${ONE_SPACED_DATE} ?(?:,? ?(?:at )?(.*))?$`, 'is').exec(
    oneSpaced(line),
  );
  if (!match) return undefined;
  const date = dateFromProse(match[2]!, match[3]!, match[4]!);
  if (!date) return undefined;
  const start = match[5] ? timeFromProse(match[5]) : undefined;
  return { boardName: match[1]!.trim(), date, ...(start ? { start } : {}) };
}

/**
 * ModernGov's item page: "Meeting: 10/11/2025 - <board> (Item 25.)". The item
 * number holds no bracket but a pair ("7(a)"): a scan for the closing bracket
 * then stops at the next opening one, where it ran to the end of the line
 * from every "(Item" before.
 */
export function readMeetingLine(line: string): { date: string; boardName?: string; item?: string } | undefined {
  const match =
    /^Meeting: ?(\d{1,2})\/(\d{1,2})\/(\d{4}) ?(?:[-–] ?(.+?))? ?(?:\(Item ((?:[^()]|\([^()]*\))+?)\.?\))?$/is.exec(
      oneSpaced(line),
    );
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  const check = dateFromProse(String(Number(match[1])), MONTH_NAMES[Number(match[2]) - 1] ?? '', match[3]!);
  if (check !== iso) return undefined;
  return {
    date: iso,
    ...(match[4] ? { boardName: match[4].trim() } : {}),
    ...(match[5] ? { item: match[5].trim() } : {}),
  };
}

export interface OpeningSentence {
  boardName: string;
  date: string;
  start?: string;
  venue?: string;
}

/**
 * The opening of signed minutes: "At a meeting of the <board> on Monday,
 * 15 July 2024 [at 6.30 p.m.] in the <venue>" (also "held on", "held at"),
 * and the Irish councils' "Minutes of proceedings at (annual) meeting of the
 * <board> held in <venue>, on Friday, 6th December, 2024, at 2 p.m.".
 */
export function readOpeningSentence(text: string): OpeningSentence | undefined {
  const match = new RegExp(
    `^(?:At|Minutes of(?: (?:the )?proceedings (?:at|of))?) (?:a |the )?(?:(?:annual|special|ordinary|monthly) )?meeting of (?:the )?(.+?)(?: held (?:in|at) (.+?))?,? (?:held )?on (?:${WEEKDAY},? )?(?:the )?${ONE_SPACED_DATE}(.*)$`,
    'is',
  ).exec(text.trim().replace(/\s+/g, ' '));
  if (!match) return undefined;
  const date = dateFromProse(match[3]!, match[4]!, match[5]!);
  if (!date) return undefined;
  const heldIn = match[2]?.trim();
  let rest = match[6]!.trim().replace(/^,\s*/, '');
  let start: string | undefined;
  const at = /^(?:at|commencing at) (.+?)(?= (?:in|at) |[,.]?$)/i.exec(rest);
  if (at) {
    start = timeFromProse(at[1]!);
    rest = rest.slice(at[0].length).trim().replace(/^,\s*/, '');
  }
  const place = /^(?:in|at) (?:the )?(.+?)\.?$/i.exec(rest);
  const venue = heldIn ?? place?.[1]!.trim();
  return {
    boardName: match[1]!.trim(),
    date,
    ...(start ? { start } : {}),
    ...(venue ? { venue } : {}),
  };
}

/** "Meeting ended at 8.30 p.m.", "The meeting closed at 9.15pm" → "20:30". */
export function readEndLine(line: string): string | undefined {
  const match = /^(?:The )?meeting (?:ended|closed|finished|concluded|terminated|rose) at (.+?)\.?$/i.exec(
    oneSpaced(line),
  );
  return match ? timeFromProse(match[1]!) : undefined;
}

/**
 * The line trimmed, with each run of spaces as one: the patterns here then
 * never try a long run of spaces again and again (their time grew with the
 * square of its length), and they need no \s+ between words.
 */
function oneSpaced(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}
