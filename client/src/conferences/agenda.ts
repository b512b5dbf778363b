/** The agenda's arithmetic and ordering, kept apart from the screen so it can be tested alone. */

export interface TimeboxedItem {
  timeboxMinutes: number;
}

export function totalMinutes(items: readonly TimeboxedItem[]): number {
  return items.reduce((sum, item) => sum + item.timeboxMinutes, 0);
}

export type BudgetState = "empty" | "under" | "exact" | "over";

export interface TimeBudget {
  total: number;
  planned: number;
  /** Minutes left unplanned (positive) or planned beyond the meeting's duration (negative). */
  left: number;
  state: BudgetState;
}

/** How the agenda's timeboxes compare with the meeting's planned duration: the time frame (trap 5). */
export function timeBudget(items: readonly TimeboxedItem[], plannedMinutes: number): TimeBudget {
  const total = totalMinutes(items);
  const left = plannedMinutes - total;
  const state: BudgetState = items.length === 0 ? "empty" : left > 0 ? "under" : left === 0 ? "exact" : "over";
  return { total, planned: plannedMinutes, left, state };
}

/** Where an item at `index` lands when moved by `delta` places, or null when it cannot move. */
export function moveTarget(index: number, delta: number, length: number): number | null {
  const target = index + delta;
  if (index < 0 || index >= length || target < 0 || target >= length || delta === 0) return null;
  return target;
}

/** The timebox limits the API enforces (AgendaItemInput). */
export const TIMEBOX = { min: 1, max: 240 } as const;

export interface AgendaItemDraft {
  title: string;
  timeboxMinutes: number | null;
}

export type AgendaItemProblem = "titleMissing" | "timeboxMissing" | "timeboxRange";

/** What is wrong with an item before it is sent, so the fields can say it without a round trip. */
export function agendaItemProblems(draft: AgendaItemDraft): { title?: AgendaItemProblem; timebox?: AgendaItemProblem } {
  const problems: { title?: AgendaItemProblem; timebox?: AgendaItemProblem } = {};
  if (draft.title.trim() === "") problems.title = "titleMissing";
  if (draft.timeboxMinutes === null) problems.timebox = "timeboxMissing";
  else if (
    !Number.isInteger(draft.timeboxMinutes) ||
    draft.timeboxMinutes < TIMEBOX.min ||
    draft.timeboxMinutes > TIMEBOX.max
  )
    problems.timebox = "timeboxRange";
  return problems;
}
