import type { ConferenceStatus } from "../graphql/enums";
import type { InvitationViewQuery } from "../graphql/generated/graphql";

export type InvitationView = InvitationViewQuery["conference"];
export type InviteeSeat = InvitationView["participants"][number];

/** The server takes answers until the meeting is over (docs/invitations.md, "Answers"). */
const ANSWERING: readonly ConferenceStatus[] = ["DRAFT", "INVITED", "LIVE"];

export const answersTaken = (status: ConferenceStatus): boolean => ANSWERING.includes(status);

/**
 * Whether a guest arriving at the room sees their invitation first: before the meeting starts
 * the room is empty, so what they need is the invitation and a way to answer it; once the
 * meeting is live the room opens by itself. A cancelled meeting shows the invitation with that.
 */
export const invitationFirst = (status: ConferenceStatus): boolean =>
  status === "DRAFT" || status === "INVITED" || status === "CANCELLED";

/** The caller's own seat, whose invitation they may answer. */
export function ownSeat(conference: InvitationView | null): InviteeSeat | null {
  const id = conference?.viewerAccess.participantId;
  return (id && conference?.participants.find((p) => p.id === id)) || null;
}

/**
 * Who invites, as the letter signs it: the organiser's seat. (The letter falls back to the case
 * manager, whom an invitee cannot see; then the invitation names nobody rather than guess.)
 */
export function inviters(conference: InvitationView | null): InviteeSeat[] {
  return conference?.participants.filter((p) => p.role === "ORGANISER") ?? [];
}

/** The answer as the invitee sees it: none yet, or accepted/declined with when and their note. */
export type OwnAnswer =
  { kind: "none" } | { kind: "accepted" | "declined"; answeredAt: string | null; note: string | null };

export function ownAnswer(seat: InviteeSeat | null): OwnAnswer {
  if (!seat) return { kind: "none" };
  const { invitationState: state, invitation } = seat;
  if (state !== "ACCEPTED" && state !== "DECLINED") return { kind: "none" };
  return {
    kind: state === "ACCEPTED" ? "accepted" : "declined",
    answeredAt: invitation?.answeredAt ?? null,
    note: invitation?.answerNote?.trim() || null,
  };
}
