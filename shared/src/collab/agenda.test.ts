import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addAgendaItem, moveAgendaItem, readAgenda, removeAgendaItem, updateAgendaItem } from "./agenda.js";
import { agendaArray, minutesMap } from "./layout.js";
import { minutesFragment } from "./minutes.js";
import { ITEM, buildDocument, forkDocument, sync } from "./test-support.js";

const NEW_ITEM = "00000000-0000-4000-8000-0000000000dd";

function titles(doc: Y.Doc): string[] {
  return readAgenda(doc).map((item) => item.title);
}

describe("the agenda", () => {
  it("reads the initial agenda in order, all pending, with presenters defaulting to empty", () => {
    expect(readAgenda(buildDocument())).toEqual([
      { id: ITEM.welcome, title: "Welcome and frame", timeboxMinutes: 10, state: "pending", presenters: "facilitator" },
      {
        id: ITEM.situation,
        title: "The family's situation and strengths",
        timeboxMinutes: 60,
        state: "pending",
        presenters: "",
      },
      { id: ITEM.plan, title: "Cooperation plan", timeboxMinutes: 45, state: "pending", presenters: "everyone" },
    ]);
  });

  it("adds an item at an index with its minutes fragment, in one update", () => {
    const doc = buildDocument();
    let updates = 0;
    doc.on("update", () => updates++);
    const id = addAgendaItem(doc, { id: NEW_ITEM, title: "Child's view", timeboxMinutes: 15 }, 1);
    expect(id).toBe(NEW_ITEM);
    expect(updates).toBe(1);
    expect(titles(doc)).toEqual([
      "Welcome and frame",
      "Child's view",
      "The family's situation and strengths",
      "Cooperation plan",
    ]);
    expect(minutesMap(doc).get(NEW_ITEM)).toBeInstanceOf(Y.XmlFragment);
  });

  it("appends by default and generates a uuid when none is given", () => {
    const doc = buildDocument();
    const id = addAgendaItem(doc, { title: "Next steps", timeboxMinutes: 5 });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(readAgenda(doc).at(-1)).toMatchObject({ id, title: "Next steps", state: "pending" });
  });

  it("refuses bad input before writing anything", () => {
    const doc = buildDocument();
    const before = Y.encodeStateVector(doc);
    expect(() => addAgendaItem(doc, { title: " ", timeboxMinutes: 5 })).toThrow(RangeError);
    expect(() => addAgendaItem(doc, { title: "x", timeboxMinutes: 2.5 })).toThrow(RangeError);
    expect(() => addAgendaItem(doc, { id: "item-1", title: "x", timeboxMinutes: 5 })).toThrow(RangeError);
    expect(() => addAgendaItem(doc, { id: ITEM.plan, title: "again", timeboxMinutes: 5 })).toThrow(/already exists/);
    expect(() => updateAgendaItem(doc, ITEM.plan, { timeboxMinutes: -1 })).toThrow(RangeError);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("updates only the given fields and reports unknown ids", () => {
    const doc = buildDocument();
    expect(updateAgendaItem(doc, ITEM.situation, { timeboxMinutes: 50, presenters: "health visitor" })).toBe(true);
    expect(readAgenda(doc)[1]).toEqual({
      id: ITEM.situation,
      title: "The family's situation and strengths",
      timeboxMinutes: 50,
      state: "pending",
      presenters: "health visitor",
    });
    expect(updateAgendaItem(doc, NEW_ITEM, { title: "ghost" })).toBe(false);
  });

  it("moves an item to an index, clamping out-of-range targets, and keeps its fields", () => {
    const doc = buildDocument();
    updateAgendaItem(doc, ITEM.plan, { presenters: "case manager" });
    expect(moveAgendaItem(doc, ITEM.plan, 0)).toBe(true);
    expect(readAgenda(doc).map((item) => item.id)).toEqual([ITEM.plan, ITEM.welcome, ITEM.situation]);
    expect(readAgenda(doc)[0]?.presenters).toBe("case manager");
    moveAgendaItem(doc, ITEM.plan, 99);
    expect(readAgenda(doc).map((item) => item.id)).toEqual([ITEM.welcome, ITEM.situation, ITEM.plan]);
    moveAgendaItem(doc, ITEM.welcome, 1);
    expect(readAgenda(doc).map((item) => item.id)).toEqual([ITEM.situation, ITEM.welcome, ITEM.plan]);
    expect(moveAgendaItem(doc, NEW_ITEM, 0)).toBe(false);
  });

  it("removes an item and every copy of it, keeping the minutes typed under it", () => {
    const doc = buildDocument();
    const copy = forkDocument(doc);
    moveAgendaItem(doc, ITEM.situation, 0);
    moveAgendaItem(copy, ITEM.situation, 2);
    sync(doc, copy);
    minutesFragment(doc, ITEM.situation).insert(0, [new Y.XmlText("Said before it was removed.")]);
    expect(removeAgendaItem(doc, ITEM.situation)).toBe(true);
    expect(removeAgendaItem(doc, ITEM.situation)).toBe(false);
    expect(titles(doc)).toEqual(["Welcome and frame", "Cooperation plan"]);
    expect(agendaArray(doc).length).toBe(2);
    expect(minutesMap(doc).get(ITEM.situation)).toBeInstanceOf(Y.XmlFragment);
  });

  it("skips entries without a uuid id or a title and normalises bad fields", () => {
    const doc = buildDocument([]);
    agendaArray(doc).push([
      "a string",
      new Y.Map<unknown>([["title", "no id"]]),
      new Y.Map<unknown>([
        ["id", "not-a-uuid"],
        ["title", "bad id"],
      ]),
      new Y.Map<unknown>([
        ["id", ITEM.welcome],
        ["title", 42],
      ]),
      new Y.Map<unknown>([
        ["id", ITEM.situation],
        ["title", "Situation"],
        ["timeboxMinutes", "ten"],
        ["state", "exploded"],
        ["presenters", { name: "x" }],
      ]),
      new Y.Map<unknown>([
        ["id", ITEM.situation],
        ["title", "a duplicate copy"],
      ]),
    ]);
    expect(readAgenda(doc)).toEqual([
      { id: ITEM.situation, title: "Situation", timeboxMinutes: 0, state: "pending", presenters: "" },
    ]);
  });
});
