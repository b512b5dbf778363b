import { describe, expect, it } from "vitest";
import { pageMode, roomOpen } from "./useConferencePage";

describe("the conference page's mode", () => {
  it("prepares only for those who may, before the meeting", () => {
    expect(pageMode("DRAFT", { canPrepare: true })).toBe("prepare");
    expect(pageMode("INVITED", { canPrepare: true })).toBe("prepare");
    expect(pageMode("LIVE", { canPrepare: true })).toBe("summary");
    expect(pageMode("SIGNING", { canPrepare: true })).toBe("summary");
    expect(pageMode("CLOSED", { canPrepare: true })).toBe("summary");
    expect(pageMode("DRAFT", { canPrepare: false })).toBe("summary");
  });

  it("opens the meeting room from the invitations until the meeting ends", () => {
    expect(["DRAFT", "INVITED", "LIVE", "SIGNING", "CLOSED", "CANCELLED"].filter((s) => roomOpen(s as never))).toEqual([
      "INVITED",
      "LIVE",
    ]);
  });
});
