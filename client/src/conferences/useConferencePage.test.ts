import { describe, expect, it } from "vitest";
import { coalesce, pageMode, roomOpen } from "./useConferencePage";

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

describe("coalesce", () => {
  it("runs a burst of calls as the one in progress and one more after it", async () => {
    let runs = 0;
    let release: () => void = () => {};
    const task = coalesce(async () => {
      runs++;
      if (runs === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = task();
    const rest = [task(), task(), task()];
    expect(runs).toBe(1);
    release();
    await Promise.all([first, ...rest]);
    expect(runs).toBe(2);
    await task();
    expect(runs).toBe(3);
  });

  it("keeps working after a run fails", async () => {
    let runs = 0;
    const task = coalesce(async () => {
      runs++;
      if (runs === 1) throw new Error("offline");
    });
    await expect(task()).rejects.toThrow("offline");
    await task();
    expect(runs).toBe(2);
  });
});
