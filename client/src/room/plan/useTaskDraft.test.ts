import type { NewLiveTask } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { dueDateError, useTaskDraft } from "./useTaskDraft";

const MOTHER = "00000000-0000-4000-8000-000000000101";
const TODAY = "2026-03-10";

function draftWithLog() {
  const added: NewLiveTask[] = [];
  const form = useTaskDraft({ add: (task) => added.push(task), today: () => TODAY });
  return { ...form, added };
}

describe("the new-task row", () => {
  it("adds the task with trimmed text, the owner and the deadline, then empties the row", () => {
    const { draft, submit, errors, added } = draftWithLog();
    Object.assign(draft, {
      title: "  Book the psychologist ",
      ownerParticipantId: MOTHER,
      dueDate: "2026-04-01",
      successIndicator: " the child attends the first session ",
    });
    expect(submit()).toBe("Book the psychologist");
    expect(added).toEqual([
      {
        title: "Book the psychologist",
        ownerParticipantId: MOTHER,
        dueDate: "2026-04-01",
        successIndicator: "the child attends the first session",
      },
    ]);
    expect(draft).toEqual({ title: "", ownerParticipantId: null, dueDate: "", successIndicator: "" });
    expect(errors.value).toEqual({ title: null, dueDate: null });
  });

  it("sends no deadline for an empty date field", () => {
    const { draft, submit, added } = draftWithLog();
    draft.title = "GP referral";
    submit();
    expect(added[0]).toMatchObject({ title: "GP referral", ownerParticipantId: null, dueDate: null });
  });

  it("refuses a task without a title and says why, keeping what was typed", () => {
    const { draft, submit, errors, added } = draftWithLog();
    draft.title = "   ";
    draft.dueDate = "2026-04-01";
    expect(errors.value.title).toBeNull(); // nothing shown before the first try
    expect(submit()).toBeNull();
    expect(added).toEqual([]);
    expect(errors.value).toEqual({ title: "titleRequired", dueDate: null });
    expect(draft.dueDate).toBe("2026-04-01");
    draft.title = "Nursery place";
    expect(errors.value.title).toBeNull();
  });

  it("refuses a deadline in the past but takes today", () => {
    const { draft, submit, errors, added } = draftWithLog();
    draft.title = "Call the school";
    draft.dueDate = "2026-03-09";
    expect(submit()).toBeNull();
    expect(errors.value.dueDate).toBe("duePast");
    draft.dueDate = TODAY;
    expect(submit()).toBe("Call the school");
    expect(added).toHaveLength(1);
  });

  it("clears errors when the row is reset", () => {
    const { submit, errors, reset } = draftWithLog();
    submit();
    expect(errors.value.title).toBe("titleRequired");
    reset();
    expect(errors.value.title).toBeNull();
  });
});

describe("deadlines", () => {
  it("accepts real calendar days only", () => {
    expect(dueDateError("", TODAY)).toBeNull();
    expect(dueDateError("2026-02-30", TODAY)).toBe("dueInvalid");
    expect(dueDateError("10/04/2026", TODAY)).toBe("dueInvalid");
    expect(dueDateError("2027-01-01", TODAY)).toBeNull();
  });
});
