import { flushPromises } from "@vue/test-utils";
import { describe, expect, it, vi } from "vitest";
import { effectScope, ref } from "vue";
import type { TaskFilter } from "../graphql/generated/graphql";
import {
  isMine,
  myTasksFilter,
  orderTasks,
  useMyTasks,
  type MyTask,
  type MyTasksApi,
  type TaskOwner,
} from "./useMyTasks";
import { buildTask } from "./build-task";

const titles = (tasks: MyTask[]) => tasks.map((t) => t.title);

describe("orderTasks", () => {
  it("puts overdue tasks first, then by due date, undated last", () => {
    const tasks = [
      buildTask({ title: "undated" }),
      buildTask({ title: "later", dueDate: "2026-05-01" }),
      buildTask({ title: "overdue recent", dueDate: "2026-02-20", overdue: true }),
      buildTask({ title: "soon", dueDate: "2026-03-10" }),
      buildTask({ title: "overdue long ago", dueDate: "2026-01-05", overdue: true }),
    ];
    expect(titles(orderTasks(tasks))).toEqual(["overdue long ago", "overdue recent", "soon", "later", "undated"]);
  });

  it("puts done and dropped tasks after every open one, even with an earlier deadline", () => {
    const tasks = [
      buildTask({ title: "done early", dueDate: "2026-01-01", status: "DONE" }),
      buildTask({ title: "open undated" }),
      buildTask({ title: "in progress", dueDate: "2026-04-01", status: "IN_PROGRESS" }),
      buildTask({ title: "dropped", dueDate: "2025-12-01", status: "DROPPED" }),
    ];
    expect(titles(orderTasks(tasks))).toEqual(["in progress", "open undated", "dropped", "done early"]);
  });

  it("orders tasks due the same day by title, so the list does not jump", () => {
    const tasks = [
      buildTask({ title: "Visit", dueDate: "2026-03-10" }),
      buildTask({ title: "Call", dueDate: "2026-03-10" }),
    ];
    expect(titles(orderTasks(tasks))).toEqual(["Call", "Visit"]);
  });
});

describe("myTasksFilter", () => {
  it("asks for a staff member's tasks by the person their account stands for", () => {
    expect(myTasksFilter({ kind: "person", personId: "p1" }, false)).toEqual({ ownerPersonId: "p1" });
  });

  it("names no owner for a guest: the server returns only the guest's own", () => {
    expect(myTasksFilter({ kind: "guest" }, false)).toEqual({});
  });

  it("asks only for open and in-progress tasks when done ones are hidden", () => {
    expect(myTasksFilter({ kind: "guest" }, true)).toEqual({ statuses: ["OPEN", "IN_PROGRESS"] });
  });

  it("asks for nothing when the account stands for no person", () => {
    expect(myTasksFilter({ kind: "nobody" }, true)).toBeNull();
  });
});

describe("isMine", () => {
  it("keeps a staff member's tasks only while they own them", () => {
    const owner: TaskOwner = { kind: "person", personId: "me" };
    expect(isMine(owner, buildTask())).toBe(true);
    expect(isMine(owner, buildTask({ ownerPerson: { id: "someone else" } }))).toBe(false);
    expect(isMine(owner, buildTask({ ownerPerson: null }))).toBe(false);
  });
});

/** A fake API over a list of tasks, filtering as the server does. */
function fakeApi(initial: MyTask[]) {
  const store = new Map(initial.map((t) => [t.id, t]));
  let listener: ((task: MyTask) => void) | null = null;
  const api: MyTasksApi = {
    fetchPage: vi.fn(async (filter: TaskFilter) => {
      const nodes = [...store.values()].filter(
        (t) =>
          (!filter.ownerPersonId || t.ownerPerson?.id === filter.ownerPersonId) &&
          (!filter.statuses || filter.statuses.includes(t.status)),
      );
      return { nodes, totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null } };
    }),
    saveStatus: vi.fn(async (id, status) => {
      const known = store.get(id);
      if (!known) throw new Error(`no task ${id}`);
      const saved = { ...known, status, overdue: false, updatedAt: "2026-03-02T10:00:00.000Z" };
      store.set(id, saved);
      return saved;
    }),
    watchChanges: vi.fn((onTask) => {
      listener = onTask;
      return () => (listener = null);
    }),
  };
  return { api, push: (task: MyTask) => listener?.(task), listening: () => listener !== null };
}

function mount(owner: TaskOwner, api: MyTasksApi) {
  const scope = effectScope();
  const my = scope.run(() => useMyTasks(ref(owner), api));
  if (!my) throw new Error("the scope did not run");
  return { my, stop: () => scope.stop() };
}

describe("useMyTasks", () => {
  it("lists the viewer's open tasks, overdue first", async () => {
    const fake = fakeApi([
      buildTask({ title: "later", dueDate: "2026-05-01" }),
      buildTask({ title: "overdue", dueDate: "2026-01-01", overdue: true }),
      buildTask({ title: "done", status: "DONE" }),
      buildTask({ title: "not mine", ownerPerson: { id: "other" } }),
    ]);
    const { my } = mount({ kind: "person", personId: "me" }, fake.api);
    await flushPromises();
    expect(titles(my.tasks.value)).toEqual(["overdue", "later"]);
  });

  it("shows done tasks too once the filter is off", async () => {
    const fake = fakeApi([buildTask({ title: "open" }), buildTask({ title: "done", status: "DONE" })]);
    const { my } = mount({ kind: "person", personId: "me" }, fake.api);
    await flushPromises();
    my.hideClosed.value = false;
    await flushPromises();
    expect(titles(my.tasks.value)).toEqual(["open", "done"]);
  });

  it("keeps a task the viewer just marked done in view, with its new status", async () => {
    const task = buildTask({ title: "call the school" });
    const fake = fakeApi([task]);
    const { my } = mount({ kind: "person", personId: "me" }, fake.api);
    await flushPromises();
    await my.changeStatus(task, "DONE", "  went well ");
    expect(fake.api.saveStatus).toHaveBeenCalledWith(task.id, "DONE", "went well");
    expect(my.tasks.value.map((t) => [t.title, t.status])).toEqual([["call the school", "DONE"]]);
  });

  it("sends no note when the note is blank", async () => {
    const task = buildTask();
    const fake = fakeApi([task]);
    const { my } = mount({ kind: "guest" }, fake.api);
    await flushPromises();
    await my.changeStatus(task, "IN_PROGRESS", "   ");
    expect(fake.api.saveStatus).toHaveBeenCalledWith(task.id, "IN_PROGRESS", null);
  });

  it("adds a task given to the viewer in a meeting, and drops one handed to someone else", async () => {
    const handedOver = buildTask({ title: "handed over" });
    const fake = fakeApi([handedOver]);
    const { my } = mount({ kind: "person", personId: "me" }, fake.api);
    await flushPromises();
    fake.push(buildTask({ title: "new from the meeting", dueDate: "2026-04-01" }));
    fake.push({ ...handedOver, ownerPerson: { id: "other" }, updatedAt: "2026-03-05T00:00:00.000Z" });
    expect(titles(my.tasks.value)).toEqual(["new from the meeting"]);
  });

  it("lets a task someone else closed leave the list of open tasks", async () => {
    const task = buildTask({ title: "closed in the meeting" });
    const fake = fakeApi([task]);
    const { my } = mount({ kind: "guest" }, fake.api);
    await flushPromises();
    fake.push({ ...task, status: "DROPPED", updatedAt: "2026-03-05T00:00:00.000Z" });
    expect(my.tasks.value).toEqual([]);
  });

  it("asks nothing and listens to nothing for an account without a person", async () => {
    const fake = fakeApi([buildTask()]);
    const { my } = mount({ kind: "nobody" }, fake.api);
    await flushPromises();
    expect(my.tasks.value).toEqual([]);
    expect(fake.api.fetchPage).not.toHaveBeenCalled();
    expect(fake.listening()).toBe(false);
  });

  it("stops listening when the page goes away", async () => {
    const fake = fakeApi([]);
    const { stop } = mount({ kind: "guest" }, fake.api);
    await flushPromises();
    expect(fake.listening()).toBe(true);
    stop();
    expect(fake.listening()).toBe(false);
  });
});
