import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { tasksArray } from "./layout.js";
import { addTask, moveTask, readTasks, removeTask, updateTask } from "./tasks.js";
import { PERSON, buildDocument } from "./test-support.js";

const TASK = {
  psychologist: "00000000-0000-4000-8000-000000000201",
  gp: "00000000-0000-4000-8000-000000000202",
  nursery: "00000000-0000-4000-8000-000000000203",
} as const;

function withThreeTasks(): Y.Doc {
  const doc = buildDocument();
  addTask(doc, { id: TASK.psychologist, title: "Book the psychologist" });
  addTask(doc, { id: TASK.gp, title: "GP referral" });
  addTask(doc, { id: TASK.nursery, title: "Nursery place" });
  return doc;
}

function ids(doc: Y.Doc): string[] {
  return readTasks(doc).map((task) => task.id);
}

describe("the live task list", () => {
  it("adds a task with defaults for the optional fields, in one update", () => {
    const doc = buildDocument();
    let updates = 0;
    doc.on("update", () => updates++);
    const id = addTask(doc, { title: "Book the psychologist" });
    expect(updates).toBe(1);
    expect(readTasks(doc)).toEqual([
      {
        id,
        title: "Book the psychologist",
        ownerParticipantId: null,
        dueDate: null,
        successIndicator: "",
        status: "open",
      },
    ]);
  });

  it("keeps every given field", () => {
    const doc = buildDocument();
    const task = {
      id: TASK.gp,
      title: "GP referral",
      ownerParticipantId: PERSON.mother,
      dueDate: "2025-04-01",
      successIndicator: "the father goes to the GP for the referral",
      status: "in_progress" as const,
    };
    addTask(doc, task);
    expect(readTasks(doc)).toEqual([task]);
  });

  it("inserts at an index counted in the visible list", () => {
    const doc = withThreeTasks();
    addTask(doc, { id: "00000000-0000-4000-8000-000000000204", title: "Family meeting" }, 1);
    expect(readTasks(doc).map((task) => task.title)).toEqual([
      "Book the psychologist",
      "Family meeting",
      "GP referral",
      "Nursery place",
    ]);
  });

  it("updates only the patched fields and reports unknown ids", () => {
    const doc = withThreeTasks();
    expect(
      updateTask(doc, TASK.gp, { status: "done", dueDate: "2025-05-31", ownerParticipantId: PERSON.teacher }),
    ).toBe(true);
    expect(readTasks(doc)[1]).toEqual({
      id: TASK.gp,
      title: "GP referral",
      ownerParticipantId: PERSON.teacher,
      dueDate: "2025-05-31",
      successIndicator: "",
      status: "done",
    });
    updateTask(doc, TASK.gp, { ownerParticipantId: null, dueDate: null });
    expect(readTasks(doc)[1]).toMatchObject({ ownerParticipantId: null, dueDate: null, status: "done" });
    expect(updateTask(doc, "00000000-0000-4000-8000-0000000002ff", { title: "ghost" })).toBe(false);
  });

  it("refuses invalid dates, owners, titles and statuses without writing", () => {
    const doc = withThreeTasks();
    const before = Y.encodeStateVector(doc);
    expect(() => addTask(doc, { title: "x", dueDate: "2025-02-30" })).toThrow(RangeError);
    expect(() => addTask(doc, { title: "x", dueDate: "1 April" })).toThrow(RangeError);
    expect(() => addTask(doc, { title: "x", ownerParticipantId: "mum" })).toThrow(RangeError);
    expect(() => addTask(doc, { id: TASK.gp, title: "again" })).toThrow(/already exists/);
    expect(() => updateTask(doc, TASK.gp, { title: "" })).toThrow(RangeError);
    expect(() => updateTask(doc, TASK.gp, JSON.parse('{"status":"finished"}'))).toThrow(RangeError);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("moves a task forwards and backwards, keeping its fields", () => {
    const doc = withThreeTasks();
    updateTask(doc, TASK.psychologist, { successIndicator: "the child attends" });
    expect(moveTask(doc, TASK.psychologist, 2)).toBe(true);
    expect(ids(doc)).toEqual([TASK.gp, TASK.nursery, TASK.psychologist]);
    expect(readTasks(doc)[2]?.successIndicator).toBe("the child attends");
    moveTask(doc, TASK.psychologist, -3);
    expect(ids(doc)).toEqual([TASK.psychologist, TASK.gp, TASK.nursery]);
    expect(moveTask(doc, "00000000-0000-4000-8000-0000000002ff", 0)).toBe(false);
  });

  it("removes a task", () => {
    const doc = withThreeTasks();
    expect(removeTask(doc, TASK.gp)).toBe(true);
    expect(removeTask(doc, TASK.gp)).toBe(false);
    expect(ids(doc)).toEqual([TASK.psychologist, TASK.nursery]);
  });

  it("skips entries without id or title and normalises bad optional fields", () => {
    const doc = buildDocument();
    tasksArray(doc).push([
      42,
      new Y.Map<unknown>([["id", TASK.gp]]),
      new Y.Map<unknown>([
        ["id", "task-1"],
        ["title", "bad id"],
      ]),
      new Y.Map<unknown>([
        ["id", TASK.nursery],
        ["title", "Nursery place"],
        ["ownerParticipantId", "the mother"],
        ["dueDate", "2025-13-01"],
        ["successIndicator", 3],
        ["status", "finished"],
      ]),
    ]);
    expect(readTasks(doc)).toEqual([
      {
        id: TASK.nursery,
        title: "Nursery place",
        ownerParticipantId: null,
        dueDate: null,
        successIndicator: "",
        status: "open",
      },
    ]);
  });
});
