import { describe, expect, it } from "vitest";
import {
  canManageMinutes,
  lineState,
  needsNote,
  ownLine,
  roomSigners,
  shortHash,
  showsSignoff,
  signedCount,
  unanswered,
  versionStanding,
} from "./signoff";
import { buildLine, buildVersion, facilitatorAccess } from "./test-support";

const guest = { participantId: "p-guest", role: "PROFESSIONAL" as const, canPrepare: false, canRun: false };

describe("who may do what with the minutes", () => {
  it("lets the team, an organiser seat and the facilitator reopen or close unsigned, not the note taker", () => {
    expect(canManageMinutes({ participantId: null, role: null, canPrepare: true, canRun: true })).toBe(true);
    expect(canManageMinutes({ participantId: "p", role: "ORGANISER", canPrepare: false, canRun: false })).toBe(true);
    expect(canManageMinutes(facilitatorAccess)).toBe(true);
    expect(canManageMinutes({ participantId: "p", role: "NOTE_TAKER", canPrepare: false, canRun: true })).toBe(false);
    expect(canManageMinutes(guest)).toBe(false);
  });

  it("offers in the room those present who have not answered, except the viewer", () => {
    const version = buildVersion({
      signatures: [
        buildLine({ participantId: "p-fac" }),
        buildLine({ participantId: "p-guest" }),
        buildLine({ participantId: "p-nt", outcome: "SIGNED", at: "2026-11-23T15:05:00.000Z" }),
        buildLine({ participantId: "p-dad", outcome: "DISSENT", note: "Not what I said" }),
      ],
    });
    expect(roomSigners(version, facilitatorAccess).map((l) => l.participantId)).toEqual(["p-guest"]);
    expect(unanswered(version).map((l) => l.participantId)).toEqual(["p-fac", "p-guest"]);
    expect(signedCount(version)).toBe(1);
  });

  it("finds the viewer's own line only when they were present", () => {
    const version = buildVersion();
    expect(ownLine(version, guest)?.name).toBe("Gábor Kiss");
    expect(ownLine(version, { ...guest, participantId: "p-away" })).toBeNull();
    expect(ownLine(version, { ...guest, participantId: null })).toBeNull();
  });
});

describe("what the panel says about a version", () => {
  it("asks for a note with a dissent or a correction request, not with a signature", () => {
    expect([needsNote("SIGNED"), needsNote("DISSENT"), needsNote("CORRECTION_REQUESTED")]).toEqual([false, true, true]);
  });

  it("names a line without an answer pending", () => {
    expect(lineState(buildLine())).toBe("PENDING");
    expect(lineState(buildLine({ outcome: "MISSING" }))).toBe("MISSING");
  });

  it("shortens the hash to what one compares by eye", () => {
    expect(shortHash("3f2a9c41b7d08e5566aa")).toBe("3f2a9c41b7d0");
  });

  it("marks the newest version current while signing, final once closed, the older ones superseded", () => {
    const v1 = buildVersion();
    const v2 = buildVersion({ id: "v2", number: 2 });
    expect(versionStanding(v1, v2, "SIGNING")).toBe("superseded");
    expect(versionStanding(v2, v2, "SIGNING")).toBe("current");
    expect(versionStanding(v2, v2, "CLOSED")).toBe("final");
    // Reopened for amendment: the last version stays the newest until the next closing.
    expect(versionStanding(v2, v2, "LIVE")).toBe("current");
  });

  it("belongs to a meeting that has ended", () => {
    const shown = (["DRAFT", "INVITED", "LIVE", "SIGNING", "CLOSED", "CANCELLED"] as const).filter(showsSignoff);
    expect(shown).toEqual(["SIGNING", "CLOSED"]);
  });
});
