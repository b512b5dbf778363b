import type { ICalDayJsStub } from "ical-generator";

/**
 * Wall-clock times and VTIMEZONE blocks from the runtime's own time-zone database (Intl), so
 * invitations say 10:00 in Budapest without a time-zone package.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** The date and time a clock on the wall in `timeZone` shows at `at`. */
export function wallClock(at: Date, timeZone: string): WallClock {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partsFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: value("year"),
    month: value("month"),
    day: value("day"),
    hour: value("hour"),
    minute: value("minute"),
    second: value("second"),
  };
}

/** Minutes east of UTC in `timeZone` at `at` (+60 for Budapest in winter). */
export function offsetMinutes(at: Date, timeZone: string): number {
  const w = wallClock(at, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / MINUTE);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** iCalendar's local DATE-TIME form, 20270112T100000. */
function icalLocal(w: WallClock): string {
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

function icalOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** The instants in [from, to) where the zone's offset changes, to the minute. */
function transitions(timeZone: string, from: number, to: number): { at: number; before: number; after: number }[] {
  const found: { at: number; before: number; after: number }[] = [];
  let previous = offsetMinutes(new Date(from), timeZone);
  for (let t = from + DAY; t < to + DAY; t += DAY) {
    const current = offsetMinutes(new Date(t), timeZone);
    if (current === previous) continue;
    // The change happened during the last day: narrow it down to the minute.
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetMinutes(new Date(mid), timeZone) === previous) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, before: previous, after: current });
    previous = current;
  }
  return found;
}

/**
 * A VTIMEZONE for `timeZone` with its actual changes from the year before `around` to the year
 * after (RFC 5545 §3.6.5, one observance per change, no rules to get wrong), so a calendar that
 * does not know the zone's name still places the meeting at the right instant.
 */
export function vtimezone(timeZone: string, around: Date): string {
  const year = around.getUTCFullYear();
  const from = Date.UTC(year - 1, 0, 1);
  const to = Date.UTC(year + 2, 0, 1);
  const changes = transitions(timeZone, from, to);
  const initial = offsetMinutes(new Date(from), timeZone);
  const standard = Math.min(initial, ...changes.map((c) => c.after));
  const observance = (at: number, before: number, after: number) => {
    const kind = after > standard ? "DAYLIGHT" : "STANDARD";
    // DTSTART of an observance is the local time of the change, read on the clock before it.
    const local = new Date(at + before * MINUTE);
    const w: WallClock = {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
      second: 0,
    };
    return [
      `BEGIN:${kind}`,
      `DTSTART:${icalLocal(w)}`,
      `TZOFFSETFROM:${icalOffset(before)}`,
      `TZOFFSETTO:${icalOffset(after)}`,
      `END:${kind}`,
    ];
  };
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timeZone}`,
    ...observance(from, initial, initial),
    ...changes.flatMap((c) => observance(c.at, c.before, c.after)),
    "END:VTIMEZONE",
  ].join("\r\n");
}

/**
 * An instant as ical-generator's date stub seen in `timeZone`: with an event time zone set, the
 * library writes a native Date in the server process's own zone, so it gets this instead.
 */
export function zonedForIcal(at: Date, timeZone: string): ICalDayJsStub {
  const stub = (zone: string): ICalDayJsStub => ({
    format(pattern?: string) {
      const w = wallClock(at, zone);
      if (pattern === "YYYYMMDD") return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}`;
      if (pattern === "HHmmss") return `${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
      return at.toISOString();
    },
    isValid: () => !Number.isNaN(at.getTime()),
    toDate: () => new Date(at),
    toJSON: () => at.toISOString(),
    tz: (other?: string) => stub(other ?? zone),
    utc: () => stub("UTC"),
  });
  return stub(timeZone);
}
