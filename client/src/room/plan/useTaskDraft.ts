import type { NewLiveTask } from "@roundtable/shared";
import { computed, reactive, ref } from "vue";
import { localToday } from "../../ui/dates";

/** Why a task cannot be added yet, as keys of `plan.tasks.errors`. */
export type TaskFieldError = "titleRequired" | "duePast" | "dueInvalid";

export interface TaskDraft {
  title: string;
  ownerParticipantId: string | null;
  /** As a date input gives it: "" or YYYY-MM-DD. */
  dueDate: string;
  successIndicator: string;
}

export interface TaskDraftErrors {
  title: TaskFieldError | null;
  dueDate: TaskFieldError | null;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A deadline may be empty, or today or later; YYYY-MM-DD strings compare as dates. */
export function dueDateError(dueDate: string, today: string): TaskFieldError | null {
  if (dueDate === "") return null;
  const parsed = new Date(`${dueDate}T00:00:00Z`);
  if (!DATE_ONLY.test(dueDate) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== dueDate)
    return "dueInvalid";
  return dueDate < today ? "duePast" : null;
}

export function validateDraft(draft: TaskDraft, today: string): TaskDraftErrors {
  return {
    title: draft.title.trim() === "" ? "titleRequired" : null,
    dueDate: dueDateError(draft.dueDate, today),
  };
}

const empty = (): TaskDraft => ({ title: "", ownerParticipantId: null, dueDate: "", successIndicator: "" });

/**
 * The one-row form that adds a task to the cooperation plan. Errors show once someone tries to
 * add (not while they are still typing the first letters); a successful add empties the row.
 */
export function useTaskDraft(options: { add: (task: NewLiveTask) => void; today?: () => string }) {
  const today = options.today ?? (() => localToday());
  const draft = reactive<TaskDraft>(empty());
  const attempted = ref(false);

  const errors = computed<TaskDraftErrors>(() =>
    attempted.value ? validateDraft(draft, today()) : { title: null, dueDate: null },
  );

  function reset() {
    Object.assign(draft, empty());
    attempted.value = false;
  }

  /** Adds the task and empties the row; returns the added title, or null when something is wrong. */
  function submit(): string | null {
    attempted.value = true;
    const found = validateDraft(draft, today());
    if (found.title || found.dueDate) return null;
    const title = draft.title.trim();
    options.add({
      title,
      ownerParticipantId: draft.ownerParticipantId,
      dueDate: draft.dueDate === "" ? null : draft.dueDate,
      successIndicator: draft.successIndicator.trim(),
    });
    reset();
    return title;
  }

  return { draft, errors, submit, reset };
}
