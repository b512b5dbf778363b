import { afterEach, describe, expect, it, vi } from "vitest";
import { buildViewer, IDS } from "./test-factories";
import { checkRoomAccess, effectiveViewer, readOnlyReason } from "./useRoom";

const facilitator = buildViewer();

describe("who may type in the room", () => {
  it("lets a participant with the right type while the conference is invited or live", () => {
    expect(readOnlyReason("INVITED", facilitator, "connected")).toBeNull();
    expect(readOnlyReason("LIVE", facilitator, "offline")).toBeNull(); // offline edits merge later
  });

  it("freezes the room once the meeting is closed for signing, even before the policy says so", () => {
    expect(readOnlyReason("SIGNING", facilitator, "connected")).toBe("signing");
    expect(readOnlyReason("CLOSED", { ...facilitator, canEdit: false }, "connected")).toBe("frozen");
  });

  it("lets observers and people without the right read along", () => {
    expect(readOnlyReason("LIVE", { ...facilitator, role: "OBSERVER", canEdit: false }, "connected")).toBe("observer");
    expect(readOnlyReason("LIVE", { ...facilitator, role: null, canEdit: false }, "connected")).toBe("noRights");
  });

  it("takes no edits on a refused connection", () => {
    expect(readOnlyReason("LIVE", facilitator, "refused")).toBe("refused");
  });

  it("hands the panels a viewer who cannot edit while the room is read-only", () => {
    expect(effectiveViewer(facilitator, "frozen").canEdit).toBe(false);
    expect(effectiveViewer(facilitator, null)).toBe(facilitator);
  });
});

describe("asking the API about a socket that keeps failing", () => {
  afterEach(() => vi.unstubAllGlobals());

  function answer(body: unknown) {
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.resolve(new Response(JSON.stringify(body)))),
    );
  }

  it("names a conference the caller may not see, and a session that ended", async () => {
    answer({ errors: [{ message: "no", extensions: { code: "NOT_FOUND" } }] });
    await expect(checkRoomAccess(IDS.conference)).resolves.toBe("notFound");
    answer({ errors: [{ message: "no", extensions: { code: "UNAUTHENTICATED" } }] });
    await expect(checkRoomAccess(IDS.conference)).resolves.toBe("unauthorized");
  });

  it("finds nothing wrong when the conference is readable", async () => {
    answer({ data: { conference: { id: IDS.conference } } });
    await expect(checkRoomAccess(IDS.conference)).resolves.toBeNull();
  });

  it("fails when the API is unreachable too, so the socket keeps retrying", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.reject(new TypeError("network"))),
    );
    await expect(checkRoomAccess(IDS.conference)).rejects.toMatchObject({ code: "NETWORK" });
  });
});
