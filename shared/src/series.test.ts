import { describe, expect, it } from "vitest";
import { SERIES_GAP_DAYS, suggestNextDate } from "./series.js";

const DAY = 86_400_000;
const daysBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / DAY;

describe("the next meeting of a series", () => {
  it("is suggested ten weeks later, at the same time of day", () => {
    const last = new Date("2026-03-10T09:30:00Z"); // a Tuesday
    const next = suggestNextDate(last);
    expect(SERIES_GAP_DAYS).toBe(70);
    expect(next.toISOString()).toBe("2026-05-19T09:30:00.000Z");
    expect(daysBetween(last, next)).toBe(SERIES_GAP_DAYS);
  });

  it("never falls on a weekend: Saturday and Sunday move to Monday", () => {
    expect(suggestNextDate(new Date("2026-03-14T09:00:00Z")).toISOString()).toBe("2026-05-25T09:00:00.000Z");
    expect(suggestNextDate(new Date("2026-03-15T09:00:00Z")).toISOString()).toBe("2026-05-25T09:00:00.000Z");
  });

  it("for every day of a fortnight: 70 days later on a weekday, otherwise the Monday after", () => {
    for (let d = 0; d < 14; d++) {
      const last = new Date(Date.UTC(2026, 11, 20 + d, 14, 15)); // across a year end
      const next = suggestNextDate(last);
      const lands = new Date(last.getTime() + SERIES_GAP_DAYS * DAY).getUTCDay();
      const expectedGap = SERIES_GAP_DAYS + (lands === 6 ? 2 : lands === 0 ? 1 : 0);
      expect(daysBetween(last, next), last.toISOString()).toBe(expectedGap);
      expect(next.getUTCDay()).not.toBe(0);
      expect(next.getUTCDay()).not.toBe(6);
      expect(next.getUTCHours() * 60 + next.getUTCMinutes()).toBe(14 * 60 + 15);
    }
  });

  it("does not change the date it was given", () => {
    const last = new Date("2026-03-14T09:00:00Z");
    suggestNextDate(last);
    expect(last.toISOString()).toBe("2026-03-14T09:00:00.000Z");
  });
});
