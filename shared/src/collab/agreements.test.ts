import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { agreementText, readAgreements, setNextMeetingDate } from "./agreements.js";
import { agreementsMap } from "./layout.js";
import { buildDocument, forkDocument, sync } from "./test-support.js";

describe("the agreements", () => {
  it("starts empty with no next meeting", () => {
    expect(readAgreements(buildDocument())).toEqual({ howToInform: "", nextMeetingDate: null, otherDecisions: "" });
  });

  it("reads the texts and the next meeting date", () => {
    const doc = buildDocument();
    agreementText(doc, "howToInform").insert(0, "Weekly e-mail from the case manager");
    agreementText(doc, "otherDecisions").insert(0, "Child joins the next meeting");
    setNextMeetingDate(doc, "2025-05-20");
    expect(readAgreements(doc)).toEqual({
      howToInform: "Weekly e-mail from the case manager",
      nextMeetingDate: "2025-05-20",
      otherDecisions: "Child joins the next meeting",
    });
    setNextMeetingDate(doc, null);
    expect(readAgreements(doc).nextMeetingDate).toBeNull();
  });

  it("merges concurrent typing into the same text", () => {
    const a = buildDocument();
    const b = forkDocument(a);
    agreementText(a, "howToInform").insert(0, "Phone. ");
    agreementText(b, "howToInform").insert(0, "E-mail. ");
    sync(a, b);
    const merged = readAgreements(a).howToInform;
    expect([...merged.split(". ")].sort()).toEqual(["", "E-mail", "Phone"]);
    expect(readAgreements(b).howToInform).toBe(merged);
  });

  it("refuses a date that does not exist", () => {
    expect(() => setNextMeetingDate(buildDocument(), "2025-02-29")).toThrow(RangeError);
  });

  it("reads wrong types as empty", () => {
    const doc = buildDocument();
    agreementsMap(doc).set("howToInform", "a plain string");
    agreementsMap(doc).set("otherDecisions", new Y.Map());
    agreementsMap(doc).set("nextMeetingDate", 20250520);
    expect(readAgreements(doc)).toEqual({ howToInform: "", nextMeetingDate: null, otherDecisions: "" });
  });
});
