import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { effectScope, nextTick, shallowRef } from "vue";
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { TYPING_IDLE_MS, typingNames, useTyping } from "./useTyping";

const ITEM = "00000000-0000-4000-8000-00000000000b";
const OTHER_ITEM = "00000000-0000-4000-8000-00000000000c";
const ANNA = "00000000-0000-4000-8000-000000000102";
const BELA = "00000000-0000-4000-8000-000000000103";

const presence = (participantId: string, displayName: string) => ({
  participantId,
  displayName,
  role: "professional",
  where: "remote",
  colour: "#1d4ed8",
});

const clients: Awareness[] = [];
afterEach(() => clients.splice(0).forEach((awareness) => awareness.destroy()));

/** Two clients whose awareness reaches each other, as through the server. */
function linkedClients() {
  const mine = new Awareness(new Y.Doc());
  const theirs = new Awareness(new Y.Doc());
  clients.push(mine, theirs);
  const relay = (from: Awareness, to: Awareness) =>
    from.on("update", ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...added, ...updated, ...removed]), "relay");
    });
  relay(mine, theirs);
  relay(theirs, mine);
  return { mine, theirs };
}

describe("who is typing", () => {
  it("names others typing in this item, each person once, without the viewer", () => {
    const states = new Map<number, unknown>([
      [1, { ...presence(ANNA, "Anna Kovács"), typing: { itemId: ITEM, at: 1 } }],
      [2, { ...presence(ANNA, "Anna Kovács"), typing: { itemId: ITEM, at: 2 } }], // her phone
      [3, { ...presence(BELA, "Béla Nagy"), typing: { itemId: OTHER_ITEM, at: 3 } }],
      [4, { user: { name: " Case worker ", color: "#047857" }, typing: { itemId: ITEM, at: 4 } }],
      [5, { ...presence(BELA, "Béla Nagy"), typing: null }],
      [6, { ...presence(BELA, "Béla Nagy"), typing: { itemId: ITEM, at: 6 } }], // the viewer elsewhere
      [7, { typing: { itemId: ITEM, at: 7 } }], // nobody to name
    ]);
    expect(typingNames(states, { clientId: 9, participantId: BELA }, ITEM)).toEqual(["Anna Kovács", "Case worker"]);
    expect(typingNames(states, { clientId: 1, participantId: null }, ITEM)).toEqual([
      "Anna Kovács",
      "Case worker",
      "Béla Nagy",
    ]);
  });
});

describe("publishing that the viewer types", () => {
  const scopes: ReturnType<typeof effectScope>[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    scopes.splice(0).forEach((scope) => scope.stop());
    vi.useRealTimers();
  });

  function typing(awareness: Awareness, itemId = shallowRef(ITEM), participantId: string | null = null) {
    const scope = effectScope();
    scopes.push(scope);
    const result = scope.run(() => useTyping(awareness, itemId, participantId));
    if (!result) throw new Error("scope did not run");
    return result;
  }

  it("shows the other person while they type and clears them after a pause", () => {
    const { mine, theirs } = linkedClients();
    mine.setLocalState(presence(BELA, "Béla Nagy"));
    theirs.setLocalState(presence(ANNA, "Anna Kovács"));
    const mineView = typing(mine, shallowRef(ITEM), BELA);
    const theirsView = typing(theirs, shallowRef(ITEM), ANNA);

    theirsView.noteTyping();
    expect(mineView.names.value).toEqual(["Anna Kovács"]);
    vi.advanceTimersByTime(TYPING_IDLE_MS - 500);
    theirsView.noteTyping(); // still typing: the pause starts again
    vi.advanceTimersByTime(TYPING_IDLE_MS - 500);
    expect(mineView.names.value).toEqual(["Anna Kovács"]);
    vi.advanceTimersByTime(500);
    expect(mineView.names.value).toEqual([]);
    expect(theirs.getLocalState()).toMatchObject({ participantId: ANNA, typing: null });
  });

  it("sends one awareness change when typing starts, not one per key", () => {
    const { mine, theirs } = linkedClients();
    theirs.setLocalState(presence(ANNA, "Anna Kovács"));
    typing(mine);
    const own = typing(theirs);
    let changes = 0;
    mine.on("change", () => changes++);
    for (let key = 0; key < 20; key++) own.noteTyping();
    expect(changes).toBe(1);
  });

  it("stops typing in the old item when the editor moves to another", async () => {
    const { mine, theirs } = linkedClients();
    theirs.setLocalState(presence(ANNA, "Anna Kovács"));
    const watcher = typing(mine);
    const item = shallowRef(ITEM);
    const own = typing(theirs, item);
    own.noteTyping();
    expect(watcher.names.value).toEqual(["Anna Kovács"]);
    item.value = OTHER_ITEM;
    await nextTick();
    expect(watcher.names.value).toEqual([]);
  });
});
