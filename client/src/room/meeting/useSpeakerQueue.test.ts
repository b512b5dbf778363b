import { afterEach, describe, expect, it, vi } from "vitest";
import { effectScope, ref, type EffectScope } from "vue";
import type * as Y from "yjs";
import type { RoomParticipant } from "../types";
import { PERSON, at, buildDocument, forkDocument, liveSource, sync } from "./test-support";
import { useSpeakerQueue, type SpeakerQueue } from "./useSpeakerQueue";

const PEOPLE: RoomParticipant[] = [
  { id: PERSON.mother, name: "Eva Kovács", role: "PARENT", institution: null },
  { id: PERSON.teacher, name: "Jana Dvořák", role: "PROFESSIONAL", institution: "Elementary school" },
  { id: PERSON.healthVisitor, name: "Mária Tóth", role: "PROFESSIONAL", institution: "Health visitors" },
];

let scopes: EffectScope[] = [];
afterEach(() => {
  for (const scope of scopes) scope.stop();
  scopes = [];
  vi.useRealTimers();
});

function queueOf(doc: Y.Doc, people: RoomParticipant[] | (() => RoomParticipant[]) = PEOPLE): SpeakerQueue {
  const scope = effectScope();
  scopes.push(scope);
  const queue = scope.run(() => useSpeakerQueue(liveSource(doc), people));
  if (!queue) throw new Error("no queue");
  return queue;
}

const names = (q: SpeakerQueue) => q.queue.value.map((entry) => entry.name);

describe("the speaker queue", () => {
  it("lists raised hands in order with name, place and time", () => {
    vi.useFakeTimers();
    const q = queueOf(buildDocument());
    vi.setSystemTime(at(3));
    q.raise(PERSON.teacher, "remote");
    vi.setSystemTime(at(4));
    q.raise(PERSON.mother, "room");
    expect(q.queue.value).toEqual([
      { participantId: PERSON.teacher, name: "Jana Dvořák", where: "remote", raisedAt: at(3).toISOString() },
      { participantId: PERSON.mother, name: "Eva Kovács", where: "room", raisedAt: at(4).toISOString() },
    ]);
  });

  it("keeps one hand per person, in its first place", () => {
    const q = queueOf(buildDocument());
    expect(q.raise(PERSON.mother, "room")).toBe(true);
    q.raise(PERSON.teacher, "remote");
    expect(q.raise(PERSON.mother, "remote")).toBe(false);
    expect(names(q)).toEqual(["Eva Kovács", "Jana Dvořák"]);
    expect(q.queue.value[0]?.where).toBe("room");
  });

  it("keeps one hand per person raised on two devices at once", () => {
    const phone = buildDocument();
    const laptop = forkDocument(phone);
    const onPhone = queueOf(phone);
    const onLaptop = queueOf(laptop);
    onPhone.raise(PERSON.mother, "remote");
    onLaptop.raise(PERSON.mother, "remote");
    sync(phone, laptop);
    expect(onPhone.queue.value).toHaveLength(1);
    expect(onLaptop.queue.value).toHaveLength(1);
  });

  it("shows the same order on every screen, whoever raised first by their own clock", () => {
    const room = buildDocument();
    const remote = forkDocument(room);
    const inRoom = queueOf(room);
    const atHome = queueOf(remote);
    inRoom.raise(PERSON.mother, "room");
    atHome.raise(PERSON.teacher, "remote");
    sync(room, remote);
    expect(names(inRoom)).toHaveLength(2);
    expect(names(atHome)).toEqual(names(inRoom));
  });

  it("lowers a hand and says whether there was one", () => {
    const q = queueOf(buildDocument());
    q.raise(PERSON.mother, "room");
    q.raise(PERSON.teacher, "remote");
    expect(q.hasHand(PERSON.mother)).toBe(true);
    expect(q.lower(PERSON.mother)).toBe(true);
    expect(q.lower(PERSON.mother)).toBe(false);
    expect(q.hasHand(PERSON.mother)).toBe(false);
    expect(names(q)).toEqual(["Jana Dvořák"]);
  });

  it("gives the word: the speaker leaves the queue and everyone sees who speaks", () => {
    const room = buildDocument();
    const remote = forkDocument(room);
    const facilitator = queueOf(room);
    const guest = queueOf(remote);
    facilitator.raise(PERSON.mother, "room");
    facilitator.raise(PERSON.teacher, "remote");
    facilitator.give(PERSON.teacher);
    sync(room, remote);
    expect(guest.speaking.value).toEqual({ participantId: PERSON.teacher, name: "Jana Dvořák" });
    expect(names(guest)).toEqual(["Eva Kovács"]);
    facilitator.give(null);
    sync(room, remote);
    expect(guest.speaking.value).toBeNull();
  });

  it("names people once the participant list knows them", () => {
    const people = ref<RoomParticipant[]>([]);
    const q = queueOf(buildDocument(), () => people.value);
    q.raise(PERSON.healthVisitor, "room");
    q.give(PERSON.mother);
    expect(q.queue.value[0]?.name).toBeNull();
    expect(q.speaking.value?.name).toBeNull();
    people.value = PEOPLE;
    expect(q.queue.value[0]?.name).toBe("Mária Tóth");
    expect(q.speaking.value?.name).toBe("Eva Kovács");
  });
});
