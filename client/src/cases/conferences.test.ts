import { describe, expect, it } from "vitest";
import { featuredConference, hasSeries, type ConferenceSummary } from "./conferences";

const conf = (seriesIndex: number, status: ConferenceSummary["status"], scheduledStart: string | null = null) => ({
  id: `c${seriesIndex}`,
  seriesIndex,
  status,
  scheduledStart,
});

describe("featuredConference", () => {
  it("points to a conference being held now before anything else", () => {
    const found = featuredConference([conf(1, "CLOSED"), conf(2, "LIVE"), conf(3, "DRAFT")]);
    expect(found).toEqual({ conference: conf(2, "LIVE"), when: "now" });
  });

  it("points to the earliest conference being prepared, unscheduled ones after scheduled", () => {
    const found = featuredConference([
      conf(1, "CLOSED", "2026-01-10T09:00:00Z"),
      conf(3, "DRAFT"),
      conf(2, "INVITED", "2026-03-10T09:00:00Z"),
    ]);
    expect(found?.when).toBe("next");
    expect(found?.conference.id).toBe("c2");
  });

  it("points to the last conference held when none is coming", () => {
    const found = featuredConference([
      conf(1, "CLOSED", "2026-01-10T09:00:00Z"),
      conf(2, "SIGNING", "2026-03-10T09:00:00Z"),
      conf(3, "CANCELLED", "2026-05-10T09:00:00Z"),
    ]);
    expect(found).toEqual({ conference: conf(2, "SIGNING", "2026-03-10T09:00:00Z"), when: "last" });
  });

  it("still names a cancelled conference when it is all there is", () => {
    expect(featuredConference([conf(1, "CANCELLED")])).toEqual({ conference: conf(1, "CANCELLED"), when: "last" });
  });

  it("names none for a case without conferences", () => {
    expect(featuredConference([])).toBeNull();
  });
});

describe("hasSeries", () => {
  it("offers a next conference only after one that was not cancelled", () => {
    expect(hasSeries([])).toBe(false);
    expect(hasSeries([conf(1, "CANCELLED")])).toBe(false);
    expect(hasSeries([conf(1, "CANCELLED"), conf(2, "DRAFT")])).toBe(true);
  });
});
