import { describe, expect, it } from "vitest";
import { agendaItemProblems, moveTarget, timeBudget, totalMinutes } from "./agenda";

const items = (...minutes: number[]) => minutes.map((timeboxMinutes) => ({ timeboxMinutes }));

describe("the agenda's time", () => {
  it("adds up the timeboxes", () => {
    expect(totalMinutes(items(10, 20, 30))).toBe(60);
    expect(totalMinutes([])).toBe(0);
  });

  it("says how many minutes are left, or over, against the planned duration", () => {
    expect(timeBudget(items(30, 30), 90)).toEqual({ total: 60, planned: 90, left: 30, state: "under" });
    expect(timeBudget(items(45, 45), 90).state).toBe("exact");
    expect(timeBudget(items(60, 45), 90)).toMatchObject({ left: -15, state: "over" });
    expect(timeBudget([], 90).state).toBe("empty");
  });
});

describe("reordering", () => {
  it("moves up and down within the list, not past its ends", () => {
    expect(moveTarget(1, -1, 3)).toBe(0);
    expect(moveTarget(1, 1, 3)).toBe(2);
    expect(moveTarget(0, -1, 3)).toBeNull();
    expect(moveTarget(2, 1, 3)).toBeNull();
    expect(moveTarget(5, -1, 3)).toBeNull();
  });
});

describe("an agenda item before it is sent", () => {
  it("needs a title and a timebox of 1 to 240 minutes", () => {
    expect(agendaItemProblems({ title: "Strengths", timeboxMinutes: 15 })).toEqual({});
    expect(agendaItemProblems({ title: "  ", timeboxMinutes: 15 })).toEqual({ title: "titleMissing" });
    expect(agendaItemProblems({ title: "x", timeboxMinutes: null })).toEqual({ timebox: "timeboxMissing" });
    expect(agendaItemProblems({ title: "x", timeboxMinutes: 0 })).toEqual({ timebox: "timeboxRange" });
    expect(agendaItemProblems({ title: "x", timeboxMinutes: 241 })).toEqual({ timebox: "timeboxRange" });
  });
});
