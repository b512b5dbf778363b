import { buildMeeting } from "../conferences/test-support";
import type { Delivery } from "./deliveries";
import type { InvitationView, InviteeSeat } from "./answer";

/** A seat as the invitation query returns it, with what a test changes. */
export function buildSeat(overrides: Partial<InviteeSeat> = {}): InviteeSeat {
  return {
    id: "p-guest",
    role: "PROFESSIONAL",
    invitationState: "SENT",
    invitation: {
      lastLetter: "INVITATION",
      lastSentAt: "2026-11-20T09:00:00.000Z",
      answeredAt: null,
      answerNote: null,
    },
    person: { id: "person-guest", fullName: "Gábor Kiss", profession: "SCHOOL_COUNSELLOR", institution: null },
    ...overrides,
  };
}

/** An invited conference as a guest sees it: the organiser, the facilitator and the guest's own seat. */
export function buildInvitationView(overrides: Partial<InvitationView> = {}): InvitationView {
  return {
    id: "conf-1",
    status: "INVITED",
    ...buildMeeting({ onlineLink: "https://meet.example/kovacs" }),
    viewerAccess: { participantId: "p-guest", role: "PROFESSIONAL" },
    participants: [
      buildSeat({
        id: "p-organiser",
        role: "ORGANISER",
        invitation: null,
        person: {
          id: "person-anna",
          fullName: "Anna Szabó",
          profession: "CASE_MANAGER",
          institution: { id: "i-1", name: "Family Support Service" },
        },
      }),
      buildSeat({ id: "p-facilitator", role: "FACILITATOR", invitation: null }),
      buildSeat(),
    ],
    ...overrides,
  };
}

export function buildDelivery(overrides: Partial<Delivery> = {}): Delivery {
  return {
    id: "m-1",
    kind: "INVITATION",
    status: "SENT",
    recipientName: "Gábor Kiss",
    recipientAddress: "gabor.kiss@school.example",
    subject: "Invitation: case conference",
    attempts: 1,
    lastError: null,
    lastAttemptAt: "2026-11-20T09:00:01.000Z",
    nextAttemptAt: null,
    sentAt: "2026-11-20T09:00:02.000Z",
    createdAt: "2026-11-20T09:00:00.000Z",
    conferenceId: "conf-1",
    ...overrides,
  };
}
