import { describe, expect, it } from "vitest";
import { canTransition, nextStatuses, readinessProblems } from "./conference-status.js";
import { CONFERENCE_STATUSES } from "./enums.js";

describe("the conference status machine", () => {
  it("allows exactly draft → invited → live → signing → closed, reopening signing → live, and cancelling from draft or invited", () => {
    const legal = CONFERENCE_STATUSES.flatMap((from) =>
      CONFERENCE_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(legal.sort()).toEqual(
      [
        "draft→invited",
        "draft→cancelled",
        "invited→live",
        "invited→cancelled",
        "live→signing",
        "signing→closed",
        "signing→live",
      ].sort(),
    );
  });

  it("reopens minutes in signing for amendment, but nothing once closed", () => {
    expect(nextStatuses("signing")).toEqual(["closed", "live"]);
    expect(canTransition("closed", "live")).toBe(false);
  });

  it("has no way out of closed or cancelled", () => {
    expect(nextStatuses("closed")).toEqual([]);
    expect(nextStatuses("cancelled")).toEqual([]);
  });

  it("lists every missing precondition for leaving draft, and none when all are met", () => {
    expect(
      readinessProblems({ purpose: " ", scheduledStart: null, hasFacilitator: false, participantCount: 0 }),
    ).toEqual(["purpose_missing", "time_missing", "facilitator_missing", "no_participants"]);
    expect(
      readinessProblems({
        purpose: "Plan support",
        scheduledStart: new Date(),
        hasFacilitator: true,
        participantCount: 3,
      }),
    ).toEqual([]);
  });
});
