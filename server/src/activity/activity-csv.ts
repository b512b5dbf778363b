import type { Language } from "@roundtable/shared";
import { localDateIn } from "../followup/working-days.js";
import { ACTIVITY_LABELS } from "./activity-labels.js";
import type { ActivityEntry } from "./activity-log.js";
import { textCell, toCsv, type Delimiter } from "./csv.js";

/** The clock time of an instant in the service's time zone, HH:MM. */
const clock = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);

/**
 * The activity log as a spreadsheet: one row per entry, headers and words in `language`, dates and
 * times on the service's clock. Participants as "Name (Institution): attendance", separated by "; ".
 */
export function activityCsv(
  entries: ActivityEntry[],
  options: { language: Language; timeZone: string; delimiter: Delimiter },
): string {
  const words = ACTIVITY_LABELS[options.language];
  const c = words.columns;
  const header = [
    c.date,
    c.time,
    c.entry,
    c.seriesIndex,
    c.meetingKind,
    c.purpose,
    c.status,
    c.organisers,
    c.participants,
    c.inRoom,
    c.remote,
    c.absent,
    c.excused,
    c.unknown,
    c.details,
  ];
  const rows = entries.map((e) => {
    const participants = (e.participants ?? [])
      .map((p) => {
        const where = p.institution ?? words.roles[p.role];
        return `${p.name} (${where}): ${words.attendance[p.attendance ?? "unknown"]}`;
      })
      .join("; ");
    const counts = e.attendance;
    const details = [
      e.messages && words.messages(e.messages.count, e.messages.delivered),
      e.signatures && words.signatures(e.signatures.signed, e.signatures.present),
    ].filter((d): d is string => !!d);
    return [
      localDateIn(e.at, options.timeZone),
      clock(e.at, options.timeZone),
      words.entries[e.kind],
      String(e.seriesIndex),
      words.meetingKinds[e.conferenceKind],
      textCell(e.purpose),
      words.statuses[e.status],
      textCell(e.organisers.join("; ")),
      textCell(participants),
      counts ? String(counts.inRoom) : "",
      counts ? String(counts.remote) : "",
      counts ? String(counts.absent) : "",
      counts ? String(counts.excused) : "",
      counts ? String(counts.unknown) : "",
      details.join("; "),
    ];
  });
  return toCsv([header, ...rows], options.delimiter);
}
