import { setAttendance, type PresenceState } from "@roundtable/shared";
import { afterEach, describe, expect, it } from "vitest";
import { effectScope, nextTick, ref, shallowRef } from "vue";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { colourFor, toRoomParticipants } from "./people";
import { buildConference, buildViewer, IDS } from "./test-factories";
import type { RoomViewer } from "./types";
import type { ConnectionState } from "./useLiveDocument";
import { buildPresence, presenceEntries, readWhere, rememberWhere, usePresence } from "./usePresence";

const participants = toRoomParticipants(buildConference().participants);

function peer(participantId: string, where: "room" | "remote"): PresenceState {
  return { participantId, displayName: "x", role: "parent", where, colour: "#1d4ed8" };
}

afterEach(() => localStorage.clear());

describe("the presence this client publishes", () => {
  it("carries the seat, the name, the role in lower case, where and the colour", () => {
    expect(buildPresence(buildViewer(), "room")).toEqual({
      participantId: IDS.facilitator,
      displayName: "Eszter Kovács",
      role: "facilitator",
      where: "room",
      colour: colourFor(IDS.facilitator),
    });
    expect(buildPresence(buildViewer({ role: "NOTE_TAKER" }), "remote")?.role).toBe("note_taker");
  });

  it("is nothing for a viewer without a seat, whose presence the server would drop", () => {
    expect(buildPresence(buildViewer({ participantId: null, role: null }), "remote")).toBeNull();
  });

  it("shortens a name longer than the parser takes", () => {
    expect(buildPresence(buildViewer({ displayName: "A".repeat(150) }), "room")?.displayName).toHaveLength(100);
  });
});

describe("the presence list", () => {
  const base = {
    participants,
    peers: [] as PresenceState[],
    marks: {},
    recorded: {},
    self: { participantId: null, connected: true, where: "remote" as const },
  };

  it("lists every participant, connected or not", () => {
    const entries = presenceEntries({ ...base, peers: [peer(IDS.mother, "room")] });
    expect(entries.map((e) => [e.participant.name, e.connected, e.where])).toEqual([
      ["Eszter Kovács", false, null],
      ["Judit Nagy", true, "room"],
      ["Tamás Horváth", false, null],
    ]);
  });

  it("counts someone on two devices once, in the room if either device says so", () => {
    const entries = presenceEntries({ ...base, peers: [peer(IDS.mother, "room"), peer(IDS.mother, "remote")] });
    expect(entries.filter((e) => e.connected)).toHaveLength(1);
    expect(entries[1]?.where).toBe("room");
  });

  it("shows the viewer's own choice while connected, and not connected while offline", () => {
    const self = { participantId: IDS.facilitator, connected: true, where: "room" as const };
    expect(presenceEntries({ ...base, self })[0]).toMatchObject({ isSelf: true, connected: true, where: "room" });
    expect(presenceEntries({ ...base, self: { ...self, connected: false } })[0]?.connected).toBe(false);
  });

  it("takes attendance marked in the meeting over what was recorded before it", () => {
    const entries = presenceEntries({
      ...base,
      marks: { [IDS.mother]: "in_room" },
      recorded: { [IDS.mother]: "remote", [IDS.teacher]: "excused" },
    });
    expect(entries.map((e) => e.attendance)).toEqual([null, "in_room", "excused"]);
  });
});

describe("where I am", () => {
  it("is remote on a device that never said otherwise", () => {
    expect(readWhere(IDS.conference)).toBe("remote");
  });

  it("is remembered per conference", () => {
    rememberWhere(IDS.conference, "room");
    expect(readWhere(IDS.conference)).toBe("room");
    expect(readWhere("another-conference")).toBe("remote");
  });

  it("ignores a stored value that is not a place", () => {
    localStorage.setItem(`roundtable.where.${IDS.conference}`, "on the moon");
    expect(readWhere(IDS.conference)).toBe("remote");
  });
});

describe("usePresence", () => {
  function liveDocument() {
    const doc = new Y.Doc();
    const revision = shallowRef(0);
    doc.on("update", () => revision.value++);
    return { doc, awareness: new Awareness(doc), state: ref<ConnectionState>("connected"), revision };
  }

  function mount(live = liveDocument(), who = ref<RoomViewer | null>(buildViewer())) {
    const scope = effectScope();
    const presence = scope.run(() => usePresence(IDS.conference, live, who, participants, {}));
    if (!presence) throw new Error("no presence");
    return { live, presence, scope, who };
  }

  it("publishes the toggle in awareness and remembers it for the next visit", async () => {
    const { live, presence, scope } = mount();
    await nextTick();
    expect(live.awareness.getLocalState()).toMatchObject({ participantId: IDS.facilitator, where: "remote" });
    presence.where.value = "room";
    await nextTick();
    expect(live.awareness.getLocalState()).toMatchObject({ where: "room" });
    expect(readWhere(IDS.conference)).toBe("room");
    scope.stop();
    const again = mount();
    expect(again.presence.where.value).toBe("room");
    again.scope.stop();
  });

  it("keeps the fields another part of the room put in the same awareness state", async () => {
    const live = liveDocument();
    live.awareness.setLocalStateField("cursor", { anchor: 1 });
    const { scope } = mount(live);
    await nextTick();
    expect(live.awareness.getLocalState()).toMatchObject({ cursor: { anchor: 1 }, participantId: IDS.facilitator });
    scope.stop();
  });

  it("publishes nothing for a viewer without a seat", async () => {
    const { live, scope } = mount(undefined, ref(buildViewer({ participantId: null, role: null })));
    await nextTick();
    expect(live.awareness.getLocalState()).toEqual({});
    scope.stop();
  });

  it("follows other clients' presence and the attendance marked in the document", async () => {
    const { live, presence, scope } = mount();
    const other = new Awareness(new Y.Doc());
    other.setLocalState(peer(IDS.mother, "room"));
    applyAwarenessUpdate(live.awareness, encodeAwarenessUpdate(other, [other.clientID]), "remote");
    presence.mark(IDS.teacher, "absent");
    expect(presence.entries.value.map((e) => [e.connected, e.where, e.attendance])).toEqual([
      [true, "remote", null],
      [true, "room", null],
      [false, null, "absent"],
    ]);
    setAttendance(live.doc, IDS.teacher, null);
    expect(presence.entries.value[2]?.attendance).toBeNull();
    scope.stop();
  });
});
