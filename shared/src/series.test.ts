import { describe, expect, it } from "vitest";
import { SERIES_GAP_DAYS, suggestNextDate } from "./series.js";

const DAY = 86_400_000;

describe("the next meeting of a series", () => {
  it("is suggested ten weeks later, at the same time of day", () => {
    const last = new Date("2026-03-10T09:30:00Z"); // a Tuesday
    const next = suggestNextDate(last);
    expect(next.toISOString()).toBe("2026-05-19T09:30:00.000Z");
    expect((next.getTime() - last.getTime()) / DAY).toBe(SERIES_GAP_DAYS);
  });

  it("never falls on a weekend: Saturday and Sunday move to Monday", () => {
    expect(suggestNextDate(new Date("2026-03-14T09:00:00Z")).toISOString()).toBe("2026-05-25T09:00:00.000Z");
    expect(suggestNextDate(new Date("2026-03-15T09:00:00Z")).toISOString()).toBe("2026-05-25T09:00:00.000Z");
    for (let d = 0; d < 14; d++) {
      const day = suggestNextDate(new Date(Date.UTC(2026, 0, 1 + d, 10))).getUTCDay();
      expect(day === 0 || day === 6).toBe(false);
    }
  });
});
