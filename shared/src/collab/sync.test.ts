import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { moveAgendaItem, readAgenda, updateAgendaItem } from "./agenda.js";
import { nextItem, pauseMeeting, setCurrentItem, startMeeting } from "./meeting.js";
import { itemElapsedMs, meetingElapsedMs, readMeeting } from "./meeting-state.js";
import { snapshotDocument } from "./snapshot.js";
import { raiseHand, readSpeakers } from "./speakers.js";
import { addTask, moveTask, readTasks, updateTask } from "./tasks.js";
import { ITEM, MINUTE, PERSON, at, buildDocument, forkDocument, sync } from "./test-support.js";

/** The server's document and two clients that have synced with it. */
function twoClients(): [Y.Doc, Y.Doc] {
  const server = buildDocument();
  return [forkDocument(server), forkDocument(server)];
}

function expectConverged(a: Y.Doc, b: Y.Doc): void {
  expect(JSON.stringify(snapshotDocument(a))).toBe(JSON.stringify(snapshotDocument(b)));
}

describe("two clients editing at once", () => {
  it("queue both raised hands in the same order", () => {
    const [a, b] = twoClients();
    raiseHand(a, PERSON.mother, "room", at(1));
    raiseHand(b, PERSON.teacher, "remote", at(1));
    sync(a, b);
    expectConverged(a, b);
    expect(
      readSpeakers(a)
        .map((entry) => entry.participantId)
        .sort(),
    ).toEqual([PERSON.mother, PERSON.teacher].sort());
  });

  it("show one place in the queue for a participant who raised a hand on two devices", () => {
    const [a, b] = twoClients();
    raiseHand(a, PERSON.mother, "room", at(1));
    raiseHand(b, PERSON.mother, "remote", at(2));
    sync(a, b);
    expectConverged(a, b);
    expect(readSpeakers(a)).toHaveLength(1);
  });

  it("keep both added tasks in the same order", () => {
    const [a, b] = twoClients();
    const fromA = addTask(a, { title: "Book the psychologist" });
    const fromB = addTask(b, { title: "GP referral" });
    sync(a, b);
    expectConverged(a, b);
    expect(
      readTasks(a)
        .map((task) => task.id)
        .sort(),
    ).toEqual([fromA, fromB].sort());
  });

  it("keep both edits to different fields of one task", () => {
    const [a, b] = twoClients();
    const id = addTask(a, { title: "Nursery place" });
    sync(a, b);
    updateTask(a, id, { dueDate: "2025-04-30" });
    updateTask(b, id, { ownerParticipantId: PERSON.healthVisitor });
    sync(a, b);
    expectConverged(a, b);
    expect(readTasks(b)[0]).toMatchObject({ dueDate: "2025-04-30", ownerParticipantId: PERSON.healthVisitor });
  });

  it("show a task moved by both once, and heal the copies on the next move", () => {
    const [a, b] = twoClients();
    const first = addTask(a, { title: "first" });
    const second = addTask(a, { title: "second" });
    sync(a, b);
    moveTask(a, first, 1);
    moveTask(b, first, 1);
    sync(a, b);
    expectConverged(a, b);
    expect(readTasks(a).map((task) => task.id)).toEqual([second, first]);
    moveTask(a, first, 0);
    sync(a, b);
    expect(readTasks(b).map((task) => task.id)).toEqual([first, second]);
    expect(b.getArray("tasks").length).toBe(2);
  });

  it("agree on one current item and one clock after two facilitators switch items at once", () => {
    const server = buildDocument();
    startMeeting(server, at(0));
    setCurrentItem(server, ITEM.welcome, at(0));
    const a = forkDocument(server);
    const b = forkDocument(server);
    setCurrentItem(a, ITEM.situation, at(10));
    setCurrentItem(b, ITEM.plan, at(10));
    sync(a, b);
    expectConverged(a, b);
    const winner = readMeeting(a).currentItemId;
    expect([ITEM.situation, ITEM.plan]).toContain(winner);
    const agenda = readAgenda(a);
    expect(agenda.filter((item) => item.state === "current").map((item) => item.id)).toEqual([winner]);
    expect(agenda.find((item) => item.id === ITEM.welcome)?.state).toBe("done");
    expect(agenda.filter((item) => item.state === "pending")).toHaveLength(1);
    expect(itemElapsedMs(a, ITEM.welcome, at(30))).toBe(10 * MINUTE);
    expect(itemElapsedMs(b, winner ?? "", at(30))).toBe(20 * MINUTE);
    expect(meetingElapsedMs(b, at(30))).toBe(30 * MINUTE);
  });

  it("keep the clock stopped when a pause and an item change cross", () => {
    const server = buildDocument();
    startMeeting(server, at(0));
    setCurrentItem(server, ITEM.welcome, at(0));
    const a = forkDocument(server);
    const b = forkDocument(server);
    pauseMeeting(a, at(10));
    nextItem(b, at(10));
    sync(a, b);
    expectConverged(a, b);
    expect(meetingElapsedMs(a, at(40))).toBe(10 * MINUTE);
    expect(meetingElapsedMs(b, at(50))).toBe(10 * MINUTE);
  });

  it("keep a title edit on one item while another is moved", () => {
    const [a, b] = twoClients();
    moveAgendaItem(a, ITEM.plan, 0);
    updateAgendaItem(b, ITEM.welcome, { title: "Welcome" });
    sync(a, b);
    expectConverged(a, b);
    expect(readAgenda(a).map((item) => [item.id, item.title])).toEqual([
      [ITEM.plan, "Cooperation plan"],
      [ITEM.welcome, "Welcome"],
      [ITEM.situation, "The family's situation and strengths"],
    ]);
  });
});
