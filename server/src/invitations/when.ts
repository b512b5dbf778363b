/**
 * A meeting's time as people read it in the letter's language: the date with the weekday, the
 * start and end on a 24-hour clock, and the time zone's name, since guests may read it elsewhere.
 */
export interface MeetingTime {
  /** "2027. január 12., kedd" — for the subject line. */
  date: string;
  /** "2027. január 12., kedd, 10:00–13:00 (közép-európai téli idő)" */
  full: string;
  /** "3 óra és 30 perc" */
  duration: string;
}

export function meetingTime(start: Date, durationMinutes: number, timeZone: string, locale: string): MeetingTime {
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone });
  const clock = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
  const zoneName =
    new Intl.DateTimeFormat(locale, { timeZoneName: "long", timeZone })
      .formatToParts(start)
      .find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  const date = dateFormat.format(start);
  const endDate = dateFormat.format(end);
  // A meeting past midnight names the day it ends on.
  const until = endDate === date ? clock.format(end) : `${endDate}, ${clock.format(end)}`;
  return {
    date,
    full: `${date}, ${clock.format(start)}–${until} (${zoneName})`,
    duration: durationWords(durationMinutes, locale),
  };
}

export function durationWords(minutes: number, locale: string): string {
  const unit = (u: "hour" | "minute", n: number) =>
    new Intl.NumberFormat(locale, { style: "unit", unit: u, unitDisplay: "long" }).format(n);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    ...(hours > 0 ? [unit("hour", hours)] : []),
    ...(rest > 0 || hours === 0 ? [unit("minute", rest)] : []),
  ];
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(parts);
}

/** A day without the time, "2027. január 26." — for when a link stops working. */
export function dayWords(at: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(at);
}
