import type { ConferenceStatus } from "./enums.js";

/**
 * The conference lifecycle: draft → invited → live → signing → closed, and cancelled from
 * draft or invited. signing → live reopens the minutes for amendment (the facilitator or an
 * organiser); closing again renders a new version that must be signed again. The server
 * enforces it; the client uses it to offer only legal moves.
 */
const TRANSITIONS: Readonly<Record<ConferenceStatus, readonly ConferenceStatus[]>> = {
  draft: ["invited", "cancelled"],
  invited: ["live", "cancelled"],
  live: ["signing"],
  signing: ["closed", "live"],
  closed: [],
  cancelled: [],
};

export function nextStatuses(from: ConferenceStatus): readonly ConferenceStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: ConferenceStatus, to: ConferenceStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** What a conference must have before it leaves draft (trap 1 of the practice guide: no purpose). */
export interface ReadinessFacts {
  purpose: string;
  scheduledStart: Date | null;
  hasFacilitator: boolean;
  participantCount: number;
}

export const READINESS_PROBLEMS = [
  "purpose_missing",
  "time_missing",
  "facilitator_missing",
  "no_participants",
] as const;
export type ReadinessProblem = (typeof READINESS_PROBLEMS)[number];

export function readinessProblems(facts: ReadinessFacts): ReadinessProblem[] {
  const problems: ReadinessProblem[] = [];
  if (facts.purpose.trim() === "") problems.push("purpose_missing");
  if (facts.scheduledStart === null) problems.push("time_missing");
  if (!facts.hasFacilitator) problems.push("facilitator_missing");
  if (facts.participantCount === 0) problems.push("no_participants");
  return problems;
}
