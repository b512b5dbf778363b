import type { MeQuery, RoomConferenceQuery, RoomParticipantFieldsFragment } from "../graphql/generated/graphql";
import type { RoomParticipant, RoomViewer } from "./types";

type Conference = RoomConferenceQuery["conference"];
type SessionViewer = NonNullable<MeQuery["me"]>;

/**
 * Caret and avatar-ring colours, each dark enough to read against white (at least 4.5:1), and
 * far enough apart that two people typing side by side are told apart.
 */
export const PRESENCE_COLOURS = [
  "#1d4ed8",
  "#b91c1c",
  "#047857",
  "#7c3aed",
  "#c2410c",
  "#0e7490",
  "#be185d",
  "#4d7c0f",
  "#a16207",
  "#4338ca",
  "#0f766e",
  "#9333ea",
] as const;

/**
 * The same colour for the same participant on every screen and in every session, without
 * storing it anywhere: an FNV-1a hash of the id picks one of the palette.
 */
export function colourFor(id: string): string {
  let hash = 0x811c9dc5;
  for (const char of id.toLowerCase()) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return PRESENCE_COLOURS[hash % PRESENCE_COLOURS.length] ?? PRESENCE_COLOURS[0];
}

export function toRoomParticipants(participants: readonly RoomParticipantFieldsFragment[]): RoomParticipant[] {
  return participants.map((p) => ({
    id: p.id,
    name: p.person.fullName,
    role: p.role,
    institution: p.person.institution?.name ?? null,
  }));
}

/**
 * Who is looking at the room. The seat comes from the conference's viewerAccess (the server
 * knows a staff member's seat as well as a guest's); a staff member without one is named by
 * their account.
 */
export function toRoomViewer(conference: Conference, session: SessionViewer | null): RoomViewer {
  const access = conference.viewerAccess;
  const seat = conference.participants.find((p) => p.id === access.participantId) ?? null;
  const participantId = seat?.id ?? null;
  const role = seat?.role ?? access.role ?? null;
  return {
    participantId,
    displayName: seat?.person.fullName ?? session?.account?.displayName ?? "",
    role,
    canEdit: access.canEditLive,
    isFacilitator: participantId !== null && role === "FACILITATOR",
    colour: colourFor(participantId ?? session?.account?.id ?? conference.id),
  };
}

/** The viewer's seat still waits for the confidentiality frame to be accepted. */
export function needsAcknowledgement(conference: Conference): boolean {
  const seat = conference.participants.find((p) => p.id === conference.viewerAccess.participantId);
  return seat !== undefined && seat.confidentialityAcknowledgedAt === null;
}
