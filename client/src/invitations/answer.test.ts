import { describe, expect, it } from "vitest";
import { answersTaken, invitationFirst, inviters, ownAnswer, ownSeat } from "./answer";
import { buildInvitationView, buildSeat } from "./test-support";

describe("an invitee's own invitation", () => {
  it("finds the caller's seat, and none for a caller without one", () => {
    expect(ownSeat(buildInvitationView())?.id).toBe("p-guest");
    expect(ownSeat(buildInvitationView({ viewerAccess: { participantId: null, role: null } }))).toBeNull();
    expect(ownSeat(null)).toBeNull();
  });

  it("names the organiser's seat as who invites, and nobody rather than a guess without one", () => {
    expect(inviters(buildInvitationView()).map((p) => p.person.fullName)).toEqual(["Anna Szabó"]);
    const withoutOrganiser = buildInvitationView();
    withoutOrganiser.participants = withoutOrganiser.participants.filter((p) => p.role !== "ORGANISER");
    expect(inviters(withoutOrganiser)).toEqual([]);
  });

  it("reads an answer with its time and note, and a sent invitation as not answered", () => {
    expect(ownAnswer(buildSeat())).toEqual({ kind: "none" });
    expect(ownAnswer(null)).toEqual({ kind: "none" });
    const declined = buildSeat({
      invitationState: "DECLINED",
      invitation: {
        lastLetter: "INVITATION",
        lastSentAt: "2026-11-20T09:00:00.000Z",
        answeredAt: "2026-11-21T08:00:00.000Z",
        answerNote: "  My colleague Ágnes comes instead.  ",
      },
    });
    expect(ownAnswer(declined)).toEqual({
      kind: "declined",
      answeredAt: "2026-11-21T08:00:00.000Z",
      note: "My colleague Ágnes comes instead.",
    });
    // An answer the organiser recorded from a phone call has no record of its own.
    expect(ownAnswer(buildSeat({ invitationState: "ACCEPTED", invitation: null }))).toEqual({
      kind: "accepted",
      answeredAt: null,
      note: null,
    });
  });

  it("takes answers until the meeting is over, as the server does", () => {
    const statuses = ["DRAFT", "INVITED", "LIVE", "SIGNING", "CLOSED", "CANCELLED"] as const;
    expect(statuses.filter(answersTaken)).toEqual(["DRAFT", "INVITED", "LIVE"]);
  });

  it("shows a guest the invitation instead of the room until the meeting is live", () => {
    const statuses = ["DRAFT", "INVITED", "LIVE", "SIGNING", "CLOSED", "CANCELLED"] as const;
    expect(statuses.filter(invitationFirst)).toEqual(["DRAFT", "INVITED", "CANCELLED"]);
  });
});
