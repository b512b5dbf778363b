import { computed, onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from "vue";
import { request, subscribe } from "../graphql/client";
import type { TaskStatus } from "../graphql/enums";
import type { MyTasksTaskFragment, TaskFilter } from "../graphql/generated/graphql";
import { usePagedList, type Page } from "../graphql/usePagedList";
import { MyTasksQuery, MyTasksSetStatusMutation, MyTasksTaskChangedSubscription } from "./operations";

export type MyTask = MyTasksTaskFragment;

/**
 * Whose tasks these are. Staff: the person their account stands for. A guest: whatever `tasks`
 * returns to them, which the server's read scope limits to their own. Staff whose account
 * stands for no person can own no task.
 */
export type TaskOwner = { kind: "person"; personId: string } | { kind: "guest" } | { kind: "nobody" };

export const CLOSED_STATUSES: readonly TaskStatus[] = ["DONE", "DROPPED"];
export const isClosed = (task: Pick<MyTask, "status">) => CLOSED_STATUSES.includes(task.status);

/** What ordering looks at, so the case page's open tasks share the order. */
type Orderable = Pick<MyTask, "id" | "title" | "dueDate" | "overdue" | "status">;

/** 0 overdue, 1 open with a deadline, 2 open without one, 3 done or dropped. */
function rank(task: Orderable): number {
  if (isClosed(task)) return 3;
  if (task.overdue) return 0;
  return task.dueDate ? 1 : 2;
}

/**
 * Overdue first, then by due date, undated after them; done and dropped tasks (when shown) last,
 * since there is nothing left to do about them. Ties by title, so the order never jumps.
 */
export function orderTasks<T extends Orderable>(tasks: readonly T[], locale = "en"): T[] {
  const collator = new Intl.Collator(locale);
  return [...tasks].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (a.dueDate !== b.dueDate) {
      if (!a.dueDate) return 1;
      if (!b.dueDate) return -1;
      return a.dueDate.localeCompare(b.dueDate);
    }
    return collator.compare(a.title, b.title) || a.id.localeCompare(b.id);
  });
}

/** The API filter for an owner, or null when there is nothing to ask for. */
export function myTasksFilter(owner: TaskOwner, hideClosed: boolean): TaskFilter | null {
  if (owner.kind === "nobody") return null;
  return {
    ...(owner.kind === "person" ? { ownerPersonId: owner.personId } : {}),
    ...(hideClosed ? { statuses: ["OPEN", "IN_PROGRESS"] } : {}),
  };
}

/** Whether a changed task (from the live feed) belongs in this list. */
export function isMine(owner: TaskOwner, task: MyTask): boolean {
  if (owner.kind === "nobody") return false;
  // A guest's feed carries only what the server lets them read: their own tasks.
  return owner.kind === "guest" || task.ownerPerson?.id === owner.personId;
}

/** The newer of two versions of a task (a page and the live feed may both bring one). */
const newer = (a: MyTask, b: MyTask) => (b.updatedAt > a.updatedAt ? b : a);

export interface MyTasksApi {
  fetchPage(filter: TaskFilter, after: string | null): Promise<Page<MyTask>>;
  saveStatus(id: string, status: TaskStatus, note: string | null): Promise<MyTask>;
  /** Calls back with every task that changed; returns how to stop. */
  watchChanges(onTask: (task: MyTask) => void): () => void;
}

export const PAGE_SIZE = 50;

export const apiMyTasks: MyTasksApi = {
  fetchPage: async (filter, after) => (await request(MyTasksQuery, { first: PAGE_SIZE, after, filter })).tasks,
  saveStatus: async (id, status, note) => (await request(MyTasksSetStatusMutation, { id, status, note })).setTaskStatus,
  watchChanges: (onTask) => subscribe(MyTasksTaskChangedSubscription, {}, (data) => onTask(data.taskChanged)),
};

/**
 * The viewer's own tasks across cases, kept current by the live feed (the meeting's projection
 * publishes each task it writes). A task whose status the viewer changes here stays in view even
 * when done tasks are hidden, so it does not vanish under their hand; it goes at the next filter
 * change or visit.
 */
export function useMyTasks(owner: MaybeRefOrGetter<TaskOwner>, api: MyTasksApi = apiMyTasks, locale = () => "en") {
  const hideClosed = ref(true);
  const filter = computed(() => myTasksFilter(toValue(owner), hideClosed.value));
  const empty: Page<MyTask> = { nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
  const list = usePagedList(filter, (f, after) => (f ? api.fetchPage(f, after) : Promise.resolve(empty)));

  /** Versions newer than the loaded pages, by id; null: no longer mine. */
  const changed = shallowRef(new Map<string, MyTask | null>());
  const keptInView = shallowRef(new Set<string>());
  watch(filter, () => {
    changed.value = new Map();
    keptInView.value = new Set();
  });

  function receive(task: MyTask): void {
    const next = new Map(changed.value);
    const known = next.get(task.id);
    next.set(task.id, isMine(toValue(owner), task) ? (known ? newer(known, task) : task) : null);
    changed.value = next;
  }

  const tasks = computed(() => {
    const byId = new Map<string, MyTask>();
    for (const task of list.items.value) {
      const known = byId.get(task.id);
      byId.set(task.id, known ? newer(known, task) : task);
    }
    for (const [id, task] of changed.value) {
      const known = byId.get(id);
      if (task === null) byId.delete(id);
      else byId.set(id, known ? newer(known, task) : task);
    }
    const shown = [...byId.values()].filter((t) => !(hideClosed.value && isClosed(t) && !keptInView.value.has(t.id)));
    return orderTasks(shown, locale());
  });

  async function changeStatus(task: MyTask, status: TaskStatus, note: string | null): Promise<MyTask> {
    const saved = await api.saveStatus(task.id, status, note?.trim() ? note.trim() : null);
    keptInView.value = new Set([...keptInView.value, task.id]);
    receive(saved);
    return saved;
  }

  let stop: (() => void) | null = null;
  watch(
    () => toValue(owner).kind !== "nobody",
    (active) => {
      stop?.();
      stop = active ? api.watchChanges(receive) : null;
    },
    { immediate: true },
  );
  onScopeDispose(() => stop?.());

  return {
    tasks,
    hideClosed,
    loading: list.loading,
    loadingMore: list.loadingMore,
    error: list.error,
    hasNextPage: list.hasNextPage,
    loadMore: list.loadMore,
    reload: list.reload,
    changeStatus,
    /** For the live feed (and tests): a task that changed somewhere. */
    receive,
  };
}
