import { describe, expect, it } from "vitest";
import { localToday } from "./dates";

describe("localToday", () => {
  it("is the calendar day where the user is, not in UTC", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(localToday(new Date(2026, 11, 31, 0, 15))).toBe("2026-12-31");
  });
});
