import { describe, expect, it } from "vitest";
import { summarise, type OverviewData, type OverviewSeat } from "./participantInvitation";

const seat = (id: string, overrides: Partial<OverviewSeat> = {}): OverviewSeat => ({
  id,
  invitationState: "SENT",
  invitation: {
    lastLetter: "INVITATION",
    firstSentAt: "2026-11-20T09:00:00.000Z",
    lastSentAt: "2026-11-20T09:00:00.000Z",
    answeredAt: null,
    answerNote: null,
  },
  ...overrides,
});

function overview(overrides: Partial<OverviewData> = {}): OverviewData {
  return {
    id: "conf-1",
    status: "INVITED",
    notReachableByEmail: [{ id: "p-mother" }],
    participants: [
      seat("p-teacher"),
      seat("p-doctor", {
        invitationState: "DECLINED",
        invitation: {
          lastLetter: "INVITATION_UPDATE",
          firstSentAt: "2026-11-20T09:00:00.000Z",
          lastSentAt: "2026-11-21T10:00:00.000Z",
          answeredAt: "2026-11-21T12:00:00.000Z",
          answerNote: "On call that day; the health visitor comes.",
        },
      }),
      seat("p-mother", { invitationState: "NOT_SENT", invitation: null }),
    ],
    ...overrides,
  };
}

describe("a participant's invitation for the organiser", () => {
  it("shows a sent invitation as waiting for an answer, and offers sending it again", () => {
    expect(summarise(overview(), "p-teacher")).toMatchObject({
      state: "SENT",
      waiting: true,
      lastLetter: "INVITATION",
      noAddress: false,
      canSend: true,
    });
  });

  it("shows a decline with its note and the last letter (an update)", () => {
    expect(summarise(overview(), "p-doctor")).toMatchObject({
      state: "DECLINED",
      waiting: false,
      note: "On call that day; the health visitor comes.",
      answeredAt: "2026-11-21T12:00:00.000Z",
      lastLetter: "INVITATION_UPDATE",
      lastSentAt: "2026-11-21T10:00:00.000Z",
    });
  });

  it("says who has no e-mail address, to be invited another way, and offers no e-mail to them", () => {
    expect(summarise(overview(), "p-mother")).toMatchObject({ noAddress: true, canSend: false, lastLetter: null });
  });

  it("offers sending only while the conference is invited or live, as the server sends", () => {
    expect(summarise(overview({ status: "DRAFT" }), "p-teacher")?.canSend).toBe(false);
    expect(summarise(overview({ status: "LIVE" }), "p-teacher")?.canSend).toBe(true);
    expect(summarise(overview({ status: "CANCELLED" }), "p-teacher")?.canSend).toBe(false);
  });

  it("knows nothing of a participant it has not read yet", () => {
    expect(summarise(overview(), "p-new")).toBeNull();
    expect(summarise(null, "p-teacher")).toBeNull();
  });
});
