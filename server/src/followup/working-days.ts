/**
 * Calendar arithmetic for the follow-up clocks, on local dates ('YYYY-MM-DD') of the service's
 * time zone: a deadline is a day on the service's calendar, not an instant. Pure: no clock, no
 * configuration read here; the caller passes the working calendar.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;

/** Which days are not worked besides weekends, and which weekend days are (Hungary moves some). */
export interface WorkingCalendar {
  /** Holidays on one date: '2027-03-26' (Good Friday that year). */
  holidays: ReadonlySet<LocalDate>;
  /** Holidays every year on the same day: '12-25'. */
  yearlyHolidays: ReadonlySet<string>;
  /** Saturdays or Sundays that are working days (a "munkanap-áthelyezés"). */
  workingWeekendDays: ReadonlySet<LocalDate>;
}

export const NO_HOLIDAYS: WorkingCalendar = {
  holidays: new Set(),
  yearlyHolidays: new Set(),
  workingWeekendDays: new Set(),
};

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a local date: only used to count and step days, never shown. */
function toUtc(date: LocalDate): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  if (new Date(ms).getUTCDate() !== d) throw new RangeError(`not a date: ${date}`);
  return ms;
}

const fromUtc = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10);

export function isLocalDate(value: string): boolean {
  try {
    toUtc(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `from` to `to`: 1 for the next day, negative when `to` is earlier. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The same day `months` later; a day the month lacks becomes its last (31 Aug + 6 months → 29 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const d = new Date(toUtc(date));
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return fromUtc(target.getTime());
}

export function isWorkingDay(date: LocalDate, calendar: WorkingCalendar): boolean {
  if (calendar.workingWeekendDays.has(date)) return true;
  const weekday = new Date(toUtc(date)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !calendar.holidays.has(date) && !calendar.yearlyHolidays.has(date.slice(5));
}

/**
 * The day `n` working days after `date`; the day itself does not count (a Friday meeting with
 * minutes due in 3 working days and a holiday on Monday: Thursday). n = 0 gives the date itself.
 */
export function addWorkingDays(date: LocalDate, n: number, calendar: WorkingCalendar): LocalDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let day = date;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}

/**
 * Working days after `from` up to and including `to`, so that
 * `addWorkingDays(from, workingDaysBetween(from, to))` is the last working day on or before `to`.
 * Negative when `to` is earlier: the working days from `to` (exclusive) back to `from` (inclusive).
 */
export function workingDaysBetween(from: LocalDate, to: LocalDate, calendar: WorkingCalendar): number {
  const span = daysBetween(from, to);
  const [start, sign] = span >= 0 ? [from, 1] : [to, -1];
  let count = 0;
  for (let i = 1; i <= Math.abs(span); i++) if (isWorkingDay(addDays(start, i), calendar)) count++;
  return sign * count;
}

/** The local date of an instant in a time zone ('Europe/Budapest'). */
export function localDateIn(instant: Date, timeZone: string): LocalDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
}

/** The hour (0–23) of an instant in a time zone. */
export function localHourIn(instant: Date, timeZone: string): number {
  const hour = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(instant);
  return Number(hour);
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export interface DateList {
  dates: LocalDate[];
  yearly: string[];
}

/**
 * A configured list of days: 'YYYY-MM-DD' for one date, 'MM-DD' for every year, separated by
 * commas, whitespace or new lines; '#' starts a comment to the end of the line (for a file).
 * Throws a message naming the first entry that is not a real date.
 */
export function parseDateList(text: string): DateList {
  const list: DateList = { dates: [], yearly: [] };
  const entries = text
    .split("\n")
    .map((line) => line.replace(/#.*/, ""))
    .join(",")
    .split(/[\s,]+/)
    .filter(Boolean);
  for (const entry of entries) {
    if (isLocalDate(entry)) list.dates.push(entry);
    // 2024 is a leap year, so 02-29 is accepted as a yearly day.
    else if (/^\d{2}-\d{2}$/.test(entry) && isLocalDate(`2024-${entry}`)) list.yearly.push(entry);
    else throw new RangeError(`"${entry}" is not a date (YYYY-MM-DD, or MM-DD for every year)`);
  }
  return list;
}

export function workingCalendar(holidays: DateList[], workingWeekendDays: DateList): WorkingCalendar {
  if (workingWeekendDays.yearly.length > 0) {
    throw new RangeError("working weekend days are single dates (YYYY-MM-DD), not yearly");
  }
  return {
    holidays: new Set(holidays.flatMap((h) => h.dates)),
    yearlyHolidays: new Set(holidays.flatMap((h) => h.yearly)),
    workingWeekendDays: new Set(workingWeekendDays.dates),
  };
}
