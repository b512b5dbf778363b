import type { MyTask } from "./useMyTasks";

let serial = 0;

/** A task as "my tasks" reads it, for tests: open, undated, owned by person "me". */
export function buildTask(overrides: Partial<MyTask> = {}): MyTask {
  serial += 1;
  return {
    id: `task-${serial}`,
    title: `Task ${serial}`,
    dueDate: null,
    overdue: false,
    status: "OPEN",
    successIndicator: null,
    updatedAt: "2026-03-01T10:00:00.000Z",
    ownerPerson: { id: "me" },
    case: { id: "case-1", reference: "RT-2026-014" },
    agreedIn: null,
    ...overrides,
  };
}
