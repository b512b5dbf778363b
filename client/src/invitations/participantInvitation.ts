import type { ConferenceStatus } from "../graphql/enums";
import type { InvitationLetter, InvitationOverviewQuery, InvitationState } from "../graphql/generated/graphql";

export type OverviewData = InvitationOverviewQuery["conference"];
export type OverviewSeat = OverviewData["participants"][number];

/** How one participant's invitation stands, for the organiser's participant list. */
export interface InvitationSummary {
  state: InvitationState;
  /** Sent and not answered (yet). */
  waiting: boolean;
  /** The participant's note with their answer. */
  note: string | null;
  answeredAt: string | null;
  lastLetter: InvitationLetter | null;
  lastSentAt: string | null;
  /** No e-mail address: the organiser invites them another way (a link given over, a phone call). */
  noAddress: boolean;
  /** "Send the invitation again with a new link" is possible now. */
  canSend: boolean;
}

/** The server sends invitations while the conference is invited or live (docs/invitations.md). */
const SENDING: readonly ConferenceStatus[] = ["INVITED", "LIVE"];

export function summarise(overview: OverviewData | null, participantId: string): InvitationSummary | null {
  const seat = overview?.participants.find((p) => p.id === participantId);
  if (!overview || !seat) return null;
  const noAddress = (overview.notReachableByEmail ?? []).some((p) => p.id === participantId);
  const invitation = seat.invitation;
  return {
    state: seat.invitationState,
    waiting: seat.invitationState === "SENT",
    note: invitation?.answerNote?.trim() || null,
    answeredAt: invitation?.answeredAt ?? null,
    lastLetter: invitation?.lastLetter ?? null,
    lastSentAt: invitation?.lastSentAt ?? null,
    noAddress,
    canSend: !noAddress && SENDING.includes(overview.status),
  };
}
