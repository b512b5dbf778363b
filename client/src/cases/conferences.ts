import type { ConferenceStatus } from "../graphql/enums";

export interface ConferenceSummary {
  id: string;
  seriesIndex: number;
  status: ConferenceStatus;
  scheduledStart: string | null;
}

/** Which conference a case's row points to, and whether it is under way, coming or behind. */
export interface Featured<T> {
  conference: T;
  when: "now" | "next" | "last";
}

const COMING: readonly ConferenceStatus[] = ["DRAFT", "INVITED"];
const HELD: readonly ConferenceStatus[] = ["SIGNING", "CLOSED"];

const bySeries = <T extends ConferenceSummary>(a: T, b: T) => a.seriesIndex - b.seriesIndex;

/** Scheduled ones by time, unscheduled (still being planned) after them. */
function byTime<T extends ConferenceSummary>(a: T, b: T): number {
  if (a.scheduledStart && b.scheduledStart) return a.scheduledStart.localeCompare(b.scheduledStart) || bySeries(a, b);
  if (a.scheduledStart) return -1;
  if (b.scheduledStart) return 1;
  return bySeries(a, b);
}

/**
 * The conference a case list row shows: the one being held now; else the next one being
 * prepared (a past time that was never started still counts as coming: it is pending); else the
 * last one held; else the last one at all (cancelled), so the row still says what happened.
 */
export function featuredConference<T extends ConferenceSummary>(conferences: readonly T[]): Featured<T> | null {
  const live = conferences.find((c) => c.status === "LIVE");
  if (live) return { conference: live, when: "now" };
  const next = conferences.filter((c) => COMING.includes(c.status)).sort(byTime)[0];
  if (next) return { conference: next, when: "next" };
  const held = conferences.filter((c) => HELD.includes(c.status)).sort(bySeries);
  const last = held.at(-1) ?? [...conferences].sort(bySeries).at(-1);
  return last ? { conference: last, when: "last" } : null;
}

/** Whether "plan the next conference" has a conference to continue from (cancelled ones do not count). */
export const hasSeries = (conferences: readonly ConferenceSummary[]) =>
  conferences.some((c) => c.status !== "CANCELLED");
