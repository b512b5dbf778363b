import { agreementText, initializeConferenceDocument } from "@roundtable/shared";
import { afterEach, describe, expect, it } from "vitest";
import { effectScope, nextTick, shallowRef } from "vue";
import * as Y from "yjs";
import { diffText, mapPosition, useYText } from "./useYText";

/** Two clients of one conference document that have synced once; `sync` exchanges what each lacks. */
function twoClients() {
  const a = new Y.Doc();
  initializeConferenceDocument(a, { agenda: [] });
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sync = () => {
    const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    Y.applyUpdate(b, toB);
    Y.applyUpdate(a, toA);
  };
  return { a, b, sync };
}

const scopes: ReturnType<typeof effectScope>[] = [];
afterEach(() => {
  scopes.splice(0).forEach((scope) => scope.stop());
  document.body.innerHTML = "";
});

/** A textarea on the page bound to the text, as the agreements panel binds it. */
async function boundTextarea(text: Y.Text) {
  const element = document.createElement("textarea");
  document.body.append(element);
  const scope = effectScope();
  scopes.push(scope);
  const bound = scope.run(() => useYText(text, shallowRef(element)));
  if (!bound) throw new Error("scope did not run");
  await nextTick();
  return { element, value: bound.value };
}

/** What a browser does when someone types: the value changes, the caret moves, `input` fires. */
function type(element: HTMLTextAreaElement, at: number, inserted: string, removed = 0) {
  const old = element.value;
  element.value = old.slice(0, at) + inserted + old.slice(at + removed);
  element.setSelectionRange(at + inserted.length, at + inserted.length);
  element.dispatchEvent(new Event("input"));
}

describe("the smallest edit between two texts", () => {
  it("finds an insert, a deletion and a replacement", () => {
    expect(diffText("Phone", "Phone weekly")).toEqual({ index: 5, remove: 0, insert: " weekly" });
    expect(diffText("Phone weekly", "Phone")).toEqual({ index: 5, remove: 7, insert: "" });
    expect(diffText("call on Monday", "call on Friday")).toEqual({ index: 8, remove: 3, insert: "Fri" });
    expect(diffText("same", "same")).toBeNull();
  });

  it("puts a repeated letter where the caret says it was typed", () => {
    expect(diffText("aa", "aaa", 1)).toEqual({ index: 0, remove: 0, insert: "a" });
    expect(diffText("aa", "aaa", 3)).toEqual({ index: 2, remove: 0, insert: "a" });
    expect(diffText("aaa", "aa", 0)).toEqual({ index: 0, remove: 1, insert: "" });
  });

  it("never splits a surrogate pair", () => {
    // 😀 and 😃 share their first UTF-16 unit.
    expect(diffText("x😀", "x😃")).toEqual({ index: 1, remove: 2, insert: "😃" });
  });
});

describe("moving the caret through someone else's change", () => {
  it("moves a caret after the change and leaves one before it", () => {
    expect(mapPosition(8, [{ insert: "Weekly " }])).toBe(15);
    expect(mapPosition(2, [{ retain: 5 }, { insert: "xyz" }])).toBe(2);
    expect(mapPosition(10, [{ retain: 2 }, { delete: 3 }])).toBe(7);
    expect(mapPosition(3, [{ retain: 2 }, { delete: 5 }])).toBe(2);
  });

  it("keeps the caret in front of text inserted exactly there", () => {
    expect(mapPosition(4, [{ retain: 4 }, { insert: "new" }])).toBe(4);
  });
});

describe("a textarea bound to the live document", () => {
  it("shows the text and writes typing into it", async () => {
    const { a } = twoClients();
    const text = agreementText(a, "howToInform");
    text.insert(0, "Phone");
    const { element, value } = await boundTextarea(text);
    expect(element.value).toBe("Phone");
    type(element, 5, " weekly");
    expect(text.toString()).toBe("Phone weekly");
    expect(value.value).toBe("Phone weekly");
  });

  it("keeps both people's words when they type at the same time", async () => {
    const { a, b, sync } = twoClients();
    agreementText(a, "howToInform").insert(0, "Case manager e-mails.");
    sync();
    const first = await boundTextarea(agreementText(a, "howToInform"));
    const second = await boundTextarea(agreementText(b, "howToInform"));

    type(first.element, 0, "Weekly: ");
    type(second.element, 21, " School phones the mother.");
    type(second.element, 20, " everyone");
    sync();

    const expected = "Weekly: Case manager e-mails everyone. School phones the mother.";
    expect(agreementText(a, "howToInform").toString()).toBe(expected);
    expect(first.element.value).toBe(expected);
    expect(second.element.value).toBe(expected);
    expect(second.value.value).toBe(expected);
  });

  it("keeps the local caret where it was in the text when a remote change arrives", async () => {
    const { a, b, sync } = twoClients();
    agreementText(a, "howToInform").insert(0, "Phone the school.");
    sync();
    const local = await boundTextarea(agreementText(a, "howToInform"));
    local.element.focus();
    local.element.setSelectionRange(6, 9); // "the"

    agreementText(b, "howToInform").insert(0, "Monday: ");
    sync();

    expect(local.element.value).toBe("Monday: Phone the school.");
    expect(local.element.value.slice(local.element.selectionStart, local.element.selectionEnd)).toBe("the");
  });

  it("binds once the text arrives and lets go when the scope ends", async () => {
    const { a } = twoClients();
    const element = document.createElement("textarea");
    const source = shallowRef<Y.Text | null>(null);
    const scope = effectScope();
    scope.run(() => useYText(source, shallowRef(element)));
    await nextTick();
    const text = agreementText(a, "otherDecisions");
    text.insert(0, "The child joins the next meeting.");
    source.value = text;
    await nextTick();
    expect(element.value).toBe("The child joins the next meeting.");
    scope.stop();
    text.insert(0, "Later: ");
    expect(element.value).toBe("The child joins the next meeting.");
  });
});
