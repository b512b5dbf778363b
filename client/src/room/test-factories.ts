import type { MeQuery, RoomConferenceQuery } from "../graphql/generated/graphql";
import { colourFor } from "./people";
import type { RoomViewer } from "./types";

type Conference = RoomConferenceQuery["conference"];
type Participant = Conference["participants"][number];

export const IDS = {
  conference: "3f2b8c1e-5d4a-4b6c-9e8f-0a1b2c3d4e5f",
  facilitator: "6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7",
  mother: "0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9",
  teacher: "1b2c3d4e-5f60-4172-8384-a5b6c7d8e9f0",
  account: "9e8d7c6b-5a49-4837-a261-5f4e3d2c1b0a",
} as const;

export function buildParticipant(overrides: Partial<Participant> = {}): Participant {
  return {
    id: IDS.facilitator,
    role: "FACILITATOR",
    attendance: null,
    confidentialityAcknowledgedAt: null,
    person: { id: "p-1", fullName: "Eszter Kovács", institution: { id: "i-1", name: "Family Support Service" } },
    ...overrides,
  };
}

/** A live conference with a facilitator, a mother and a teacher; the caller sits in no seat. */
export function buildConference(overrides: Partial<Conference> = {}): Conference {
  return {
    id: IDS.conference,
    status: "LIVE",
    purpose: "Supporting Bence's return to school",
    kind: "CONFERENCE",
    scheduledStart: "2026-03-02T09:00:00.000Z",
    scheduledEnd: "2026-03-02T12:00:00.000Z",
    plannedDurationMinutes: 180,
    place: "Riverside family centre, room 2",
    onlineLink: null,
    participants: [
      buildParticipant(),
      buildParticipant({
        id: IDS.mother,
        role: "PARENT",
        person: { id: "p-2", fullName: "Judit Nagy", institution: null },
      }),
      buildParticipant({
        id: IDS.teacher,
        role: "PROFESSIONAL",
        attendance: "EXCUSED",
        person: { id: "p-3", fullName: "Tamás Horváth", institution: { id: "i-2", name: "Riverside School" } },
      }),
    ],
    viewerAccess: { participantId: null, role: null, canEditLive: true, canRun: false },
    ...overrides,
  };
}

/** The facilitator of buildConference looking at the room, free to write. */
export function buildViewer(overrides: Partial<RoomViewer> = {}): RoomViewer {
  return {
    participantId: IDS.facilitator,
    displayName: "Eszter Kovács",
    role: "FACILITATOR",
    canEdit: true,
    isFacilitator: true,
    colour: colourFor(IDS.facilitator),
    ...overrides,
  };
}

export function staffSession(displayName = "Anna Szabó"): NonNullable<MeQuery["me"]> {
  return {
    conferenceId: null,
    participantId: null,
    account: { id: IDS.account, displayName, email: "anna@example.org", role: "STAFF", personId: null },
  };
}
