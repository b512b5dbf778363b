import { describe, expect, it } from "vitest";
import {
  changedFields,
  emptyForm,
  formFromConference,
  toInput,
  toPatch,
  useConferenceForm,
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

  it("accepts only a web address as the online link, or none", () => {
    expect(validateForm({ ...valid(), onlineLink: "meet.example.org/abc" }).onlineLink).toBe("INVALID_URL");
    expect(validateForm({ ...valid(), onlineLink: "ftp://files.example.org" }).onlineLink).toBe("INVALID_URL");
    expect(validateForm({ ...valid(), onlineLink: "https://meet.example.org/abc" })).toEqual({});
    expect(validateForm({ ...valid(), onlineLink: "  " })).toEqual({});
  });
});

describe("what is sent", () => {
  it("creates with trimmed text, empty place and link as none, and the time in UTC", () => {
    const start = new Date("2026-11-23T13:30:00Z");
    const input = toInput("case-1", { ...valid(), purpose: "  Plan  ", scheduledStart: start, place: " " });
    expect(input).toEqual({
      caseId: "case-1",
      purpose: "Plan",
      kind: "CONFERENCE",
      language: "EN",
      scheduledStart: "2026-11-23T13:30:00.000Z",
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

  it("sees a time as unchanged when it is the same moment in a new Date", () => {
    const before = formFromConference(saved);
    const after = { ...before, scheduledStart: new Date(saved.scheduledStart) };
    expect(changedFields(before, after)).toEqual([]);
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

  it("shows a field's problem only after it was left or a save was tried", () => {
    const form = useConferenceForm(emptyForm("EN"));
    expect(form.problems.value.purpose).toBe("REQUIRED");
    expect(form.shownProblem("purpose")).toBeNull();
    form.touch("purpose");
    expect(form.shownProblem("purpose")).toBe("REQUIRED");

    const other = useConferenceForm(emptyForm("EN"));
    expect(other.attempt()).toBe(false);
    expect(other.shownProblem("purpose")).toBe("REQUIRED");
    expect(other.hasShownProblems.value).toBe(true);
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
    expect(form.values.value.scheduledStart).not.toBe(form.baseline.value.scheduledStart);
    expect(form.values.value.scheduledStart?.getTime()).toBe(form.baseline.value.scheduledStart?.getTime());
  });
});
