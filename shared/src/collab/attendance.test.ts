import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readAttendance, setAttendance } from "./attendance.js";
import { attendanceMap } from "./layout.js";

const ANNA = "6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7";
const PETER = "0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9";

describe("attendance in the live document", () => {
  it("marks, changes and clears a participant's attendance", () => {
    const doc = new Y.Doc();
    setAttendance(doc, ANNA, "in_room");
    setAttendance(doc, PETER, "remote");
    setAttendance(doc, ANNA, "excused");
    expect(readAttendance(doc)).toEqual({ [ANNA]: "excused", [PETER]: "remote" });
    setAttendance(doc, PETER, null);
    expect(readAttendance(doc)).toEqual({ [ANNA]: "excused" });
  });

  it("refuses what is not a participant id or an attendance", () => {
    const doc = new Y.Doc();
    expect(() => setAttendance(doc, "anna", "in_room")).toThrow(RangeError);
    expect(() => setAttendance(doc, ANNA, "asleep" as never)).toThrow(RangeError);
    expect(readAttendance(doc)).toEqual({});
  });

  it("skips marks another client wrote wrongly", () => {
    const doc = new Y.Doc();
    attendanceMap(doc).set(ANNA, "maybe");
    attendanceMap(doc).set("not-an-id", "in_room");
    attendanceMap(doc).set(PETER, "absent");
    expect(readAttendance(doc)).toEqual({ [PETER]: "absent" });
  });
});
