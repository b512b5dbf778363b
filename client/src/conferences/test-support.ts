import type { ConferenceMeetingFragment } from "../graphql/generated/graphql";
import type { ConferenceData } from "./useConferencePage";

/** The meeting's what, when and where (the ConferenceMeeting fragment), as the test data has it. */
export const buildMeeting = (overrides: Partial<ConferenceMeetingFragment> = {}): ConferenceMeetingFragment => ({
  kind: "CONFERENCE",
  purpose: "Agree how Bence can read aloud in class by March",
  scheduledStart: "2026-11-23T13:30:00.000Z",
  scheduledEnd: "2026-11-23T15:00:00.000Z",
  plannedDurationMinutes: 90,
  place: "Family centre, room 2",
  onlineLink: null,
  ...overrides,
});

/** A conference as the page query returns it: a prepared draft, with what a test changes. */
export function buildConference(overrides: Partial<ConferenceData> = {}): ConferenceData {
  return {
    id: "conf-1",
    ...buildMeeting(),
    seriesIndex: 1,
    language: "EN",
    status: "DRAFT",
    nextStatuses: ["INVITED", "CANCELLED"],
    readinessProblems: [],
    case: { id: "case-1", familyName: "Kovács", reference: "R-1" },
    inviteeHints: { missing: [], professionalCount: 3, minimumProfessionals: 3, meetsProfessionalMinimum: true },
    viewerAccess: { participantId: null, role: null, canPrepare: true, canRun: true, canEditLive: false },
    participants: [],
    agenda: [],
    agreedTasks: [],
    ...overrides,
  };
}

export const agendaItem = (id: string, title: string, timeboxMinutes: number, position: number) => ({
  id,
  title,
  timeboxMinutes,
  position,
});

/** What the server does with moveAgendaItem: the item at `from` goes to `to`, the others shift. */
export function reorder<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [moved] = copy.splice(from, 1);
  if (moved === undefined) return copy;
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, moved);
  return copy;
}
