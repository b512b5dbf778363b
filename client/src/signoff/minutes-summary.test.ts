import { describe, expect, it } from "vitest";
import { readMinutesSummary } from "./minutes-summary";
import { sampleContent } from "./test-support";

describe("reading a version's content", () => {
  it("takes the present, the minutes per item, the tasks and the agreements", () => {
    const summary = readMinutesSummary(sampleContent);
    expect(summary?.caseReference).toBe("R-1");
    expect(summary?.present).toEqual(["Éva Tóth", "Gábor Kiss"]);
    expect(summary?.agenda[0]?.blocks).toEqual([
      { type: "paragraph", text: "Bence reads every evening." },
      { type: "bulletList", items: ["Grandmother helps", "Library card"] },
    ]);
    expect(summary?.agenda[1]?.blocks).toEqual([]);
    expect(summary?.tasks).toEqual([
      { id: "t1", title: "Meet the class teacher", ownerName: "Gábor Kiss", dueDate: "2026-12-01" },
    ]);
    expect(summary?.agreements.nextMeetingDate).toBe("2027-02-10");
  });

  it("gives nothing for a format it does not know, so the panel offers the PDF instead", () => {
    expect(readMinutesSummary({ ...sampleContent, format: 2 })).toBeNull();
    expect(readMinutesSummary({})).toBeNull();
  });

  it("leaves out blocks of an unknown shape rather than failing", () => {
    const content = {
      ...sampleContent,
      agenda: [{ id: "a", title: "Item", minutes: [{ type: "table" }, { type: "paragraph", text: "kept" }] }],
    };
    expect(readMinutesSummary(content)?.agenda[0]?.blocks).toEqual([{ type: "paragraph", text: "kept" }]);
  });
});
