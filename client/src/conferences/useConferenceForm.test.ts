import { describe, expect, it } from "vitest";
import {
  changedFields,
  combineStart,
  emptyForm,
  formFromConference,
  toInput,
  toPatch,
  useConferenceForm,
  parseTime,
  splitStart,
  validateForm,
  type ConferenceFormValues,
} from "./useConferenceForm";

const saved = {
  purpose: "Agree how Lili can go to kindergarten every day",
  kind: "CONFERENCE" as const,
  language: "HU" as const,
  scheduledStart: "2026-11-23T13:30:00.000Z",
  plannedDurationMinutes: 120,
  place: "Riverside family centre, room 2",
  onlineLink: null,
};

const valid = (): ConferenceFormValues => ({ ...emptyForm("EN"), purpose: "Plan the next steps together" });

describe("the conference form's rules", () => {
  it("starts with a 90-minute case conference in the given language", () => {
    expect(emptyForm("CS")).toMatchObject({ kind: "CONFERENCE", language: "CS", plannedDurationMinutes: 90 });
  });

  it("requires a purpose that is more than white space", () => {
    expect(validateForm({ ...valid(), purpose: "   " })).toEqual({ purpose: "REQUIRED" });
    expect(validateForm(valid())).toEqual({});
  });

  it("keeps the duration between a quarter of an hour and eight hours", () => {
    expect(validateForm({ ...valid(), plannedDurationMinutes: 10 }).plannedDurationMinutes).toBe("OUT_OF_RANGE");
    expect(validateForm({ ...valid(), plannedDurationMinutes: 481 }).plannedDurationMinutes).toBe("OUT_OF_RANGE");
    expect(validateForm({ ...valid(), plannedDurationMinutes: null }).plannedDurationMinutes).toBe("REQUIRED");
    expect(validateForm({ ...valid(), plannedDurationMinutes: 480 })).toEqual({});
  });

  it("needs both the day and the time of day, or neither", () => {
    const day = new Date(2026, 10, 23);
    expect(validateForm({ ...valid(), date: day, time: "" }).time).toBe("REQUIRED");
    expect(validateForm({ ...valid(), date: null, time: "14:30" }).date).toBe("REQUIRED");
    expect(validateForm({ ...valid(), date: day, time: "25:00" }).time).toBe("INVALID_TIME");
    expect(validateForm({ ...valid(), date: day, time: "14:3_" }).time).toBe("INVALID_TIME");
    expect(validateForm({ ...valid(), date: day, time: "14:30" })).toEqual({});
  });

  it("accepts only a web address as the online link, or none", () => {
    expect(validateForm({ ...valid(), onlineLink: "meet.example.org/abc" }).onlineLink).toBe("INVALID_URL");
    expect(validateForm({ ...valid(), onlineLink: "ftp://files.example.org" }).onlineLink).toBe("INVALID_URL");
    expect(validateForm({ ...valid(), onlineLink: "https://meet.example.org/abc" })).toEqual({});
    expect(validateForm({ ...valid(), onlineLink: "  " })).toEqual({});
  });
});

describe("what is sent", () => {
  it("creates with trimmed text, empty place and link as none, and the local day and time as one moment", () => {
    const input = toInput("case-1", {
      ...valid(),
      purpose: "  Plan  ",
      date: new Date(2026, 10, 23),
      time: "14:30",
      place: " ",
    });
    expect(input).toEqual({
      caseId: "case-1",
      purpose: "Plan",
      kind: "CONFERENCE",
      language: "EN",
      scheduledStart: new Date(2026, 10, 23, 14, 30).toISOString(),
      plannedDurationMinutes: 90,
      place: null,
      onlineLink: null,
    });
  });

  it("patches only what changed, and clears the place with null", () => {
    const before = formFromConference(saved);
    const after = { ...before, place: "", plannedDurationMinutes: 150 };
    expect(toPatch(before, after)).toEqual({ place: null, plannedDurationMinutes: 150 });
  });

  it("sees the start as unchanged when it is the same moment, and as changed with a new time", () => {
    const before = formFromConference(saved);
    expect(changedFields(before, { ...before, date: new Date(before.date ?? 0), time: `${before.time} ` })).toEqual([]);
    const later = { ...before, time: "23:59" };
    expect(toPatch(before, later)).toEqual({ scheduledStart: combineStart(later.date, "23:59")?.toISOString() });
  });

  it("splits a saved start into its local day and time, and back", () => {
    const start = new Date(saved.scheduledStart);
    const { date, time } = splitStart(start);
    expect(combineStart(date, time)?.getTime()).toBe(start.getTime());
    expect(splitStart(null)).toEqual({ date: null, time: "" });
  });

  it("reads times of day with one or two hour digits", () => {
    expect(parseTime("9:05")).toEqual({ hours: 9, minutes: 5 });
    expect(parseTime("09.05")).toEqual({ hours: 9, minutes: 5 });
    expect(parseTime("24:00")).toBeNull();
    expect(parseTime("noon")).toBeNull();
  });
});

describe("useConferenceForm", () => {
  it("is dirty only while the values differ from the saved ones", () => {
    const form = useConferenceForm(formFromConference(saved));
    expect(form.dirty.value).toBe(false);
    form.values.value.purpose = "Something else";
    expect(form.dirty.value).toBe(true);
    form.values.value.purpose = `${saved.purpose}  `;
    expect(form.dirty.value).toBe(false);
  });

  it("shows problems from the first save attempt on, following the typing", () => {
    const form = useConferenceForm(emptyForm("EN"));
    expect(form.problems.value.purpose).toBe("REQUIRED");
    expect(form.shownProblem("purpose")).toBeNull();
    expect(form.hasShownProblems.value).toBe(false);

    expect(form.attempt()).toBe(false);
    expect(form.shownProblem("purpose")).toBe("REQUIRED");
    expect(form.hasShownProblems.value).toBe(true);

    form.values.value.purpose = "Plan together";
    expect(form.shownProblem("purpose")).toBeNull();
    form.values.value.onlineLink = "meet";
    expect(form.shownProblem("onlineLink")).toBe("INVALID_URL");
  });

  it("takes the saved values as the new baseline after a save", () => {
    const form = useConferenceForm(emptyForm("EN"));
    form.values.value.purpose = "Plan together";
    expect(form.attempt()).toBe(true);
    form.reset(form.values.value);
    expect(form.dirty.value).toBe(false);
    expect(form.shownProblem("purpose")).toBeNull();
    expect(form.toPatch()).toEqual({});
  });

  it("does not share the baseline's date with the edited values", () => {
    const form = useConferenceForm(formFromConference(saved));
    expect(form.values.value.date).not.toBe(form.baseline.value.date);
    expect(form.values.value.date?.getTime()).toBe(form.baseline.value.date?.getTime());
  });
});
