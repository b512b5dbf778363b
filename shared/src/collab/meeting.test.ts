import { describe, expect, it } from "vitest";
import { readAgenda } from "./agenda.js";
import { meetingMap } from "./layout.js";
import { endMeeting, nextItem, pauseMeeting, resumeMeeting, setCurrentItem, startMeeting } from "./meeting.js";
import { itemElapsedMs, meetingElapsedMs, readMeeting } from "./meeting-state.js";
import { ITEM, MINUTE, at, buildDocument } from "./test-support.js";
import * as Y from "yjs";

function states(doc: Y.Doc): string[] {
  return readAgenda(doc).map((item) => item.state);
}

describe("the meeting clock", () => {
  it("stands still before the meeting starts", () => {
    const doc = buildDocument();
    expect(meetingElapsedMs(doc, at(30))).toBe(0);
    expect(itemElapsedMs(doc, ITEM.welcome, at(30))).toBe(0);
    expect(setCurrentItem(doc, ITEM.welcome, at(1))).toBe(false);
    expect(nextItem(doc, at(1))).toBeNull();
  });

  it("counts the meeting and the current item from the shared start, whatever the reader's now", () => {
    const doc = buildDocument();
    expect(startMeeting(doc, at(0))).toBe(true);
    expect(setCurrentItem(doc, ITEM.welcome, at(1))).toBe(true);
    expect(meetingElapsedMs(doc, at(11))).toBe(11 * MINUTE);
    expect(itemElapsedMs(doc, ITEM.welcome, at(11))).toBe(10 * MINUTE);
    expect(itemElapsedMs(doc, ITEM.situation, at(11))).toBe(0);
    expect(readMeeting(doc)).toMatchObject({
      currentItemId: ITEM.welcome,
      startedAt: "2025-03-10T09:00:00.000Z",
      runningSince: "2025-03-10T09:01:00.000Z",
      accumulatedMs: MINUTE,
    });
  });

  it("stops both clocks while paused and continues from the same totals on resume", () => {
    const doc = buildDocument();
    startMeeting(doc, at(0));
    setCurrentItem(doc, ITEM.welcome, at(0));
    expect(pauseMeeting(doc, at(10))).toBe(true);
    expect(pauseMeeting(doc, at(12))).toBe(false);
    expect(meetingElapsedMs(doc, at(25))).toBe(10 * MINUTE);
    expect(itemElapsedMs(doc, ITEM.welcome, at(25))).toBe(10 * MINUTE);
    expect(resumeMeeting(doc, at(25))).toBe(true);
    expect(resumeMeeting(doc, at(26))).toBe(false);
    expect(meetingElapsedMs(doc, at(30))).toBe(15 * MINUTE);
    expect(itemElapsedMs(doc, ITEM.welcome, at(30))).toBe(15 * MINUTE);
  });

  it("marks the previous item done with its time and the new one current", () => {
    const doc = buildDocument();
    startMeeting(doc, at(0));
    setCurrentItem(doc, ITEM.welcome, at(0));
    setCurrentItem(doc, ITEM.plan, at(12));
    expect(states(doc)).toEqual(["done", "pending", "current"]);
    expect(itemElapsedMs(doc, ITEM.welcome, at(40))).toBe(12 * MINUTE);
    expect(itemElapsedMs(doc, ITEM.plan, at(40))).toBe(28 * MINUTE);
    expect(setCurrentItem(doc, ITEM.plan, at(41))).toBe(false);
  });

  it("continues a revisited item's clock from where it stopped", () => {
    const doc = buildDocument();
    startMeeting(doc, at(0));
    setCurrentItem(doc, ITEM.welcome, at(0));
    setCurrentItem(doc, ITEM.situation, at(5));
    setCurrentItem(doc, ITEM.welcome, at(20));
    expect(itemElapsedMs(doc, ITEM.welcome, at(22))).toBe(7 * MINUTE);
    expect(states(doc)).toEqual(["current", "done", "pending"]);
  });

  it("refuses an item that is not on the agenda", () => {
    const doc = buildDocument();
    startMeeting(doc, at(0));
    expect(setCurrentItem(doc, "00000000-0000-4000-8000-0000000000ff", at(1))).toBe(false);
    expect(readMeeting(doc).currentItemId).toBeNull();
  });

  it("walks the agenda with nextItem, coming back for skipped items, then finishes the last", () => {
    const doc = buildDocument();
    startMeeting(doc, at(0));
    setCurrentItem(doc, ITEM.situation, at(0));
    expect(nextItem(doc, at(30))).toBe(ITEM.plan);
    expect(nextItem(doc, at(50))).toBe(ITEM.welcome);
    expect(states(doc)).toEqual(["current", "done", "done"]);
    expect(nextItem(doc, at(55))).toBeNull();
    expect(states(doc)).toEqual(["done", "done", "done"]);
    expect(readMeeting(doc).currentItemId).toBeNull();
    expect(itemElapsedMs(doc, ITEM.welcome, at(90))).toBe(5 * MINUTE);
    expect(meetingElapsedMs(doc, at(60))).toBe(60 * MINUTE);
  });

  it("starts nextItem from the first item when none is current", () => {
    const doc = buildDocument();
    startMeeting(doc, at(0));
    expect(nextItem(doc, at(2))).toBe(ITEM.welcome);
    expect(meetingElapsedMs(doc, at(3))).toBe(3 * MINUTE);
    expect(itemElapsedMs(doc, ITEM.welcome, at(3))).toBe(1 * MINUTE);
  });

  it("freezes both clocks at the end, finishing the current item and clearing the speaker", () => {
    const doc = buildDocument();
    startMeeting(doc, at(0));
    setCurrentItem(doc, ITEM.welcome, at(0));
    pauseMeeting(doc, at(50));
    resumeMeeting(doc, at(60));
    expect(endMeeting(doc, at(70))).toBe(true);
    expect(endMeeting(doc, at(80))).toBe(false);
    expect(startMeeting(doc, at(90))).toBe(false);
    expect(resumeMeeting(doc, at(90))).toBe(false);
    expect(meetingElapsedMs(doc, at(200))).toBe(60 * MINUTE);
    expect(itemElapsedMs(doc, ITEM.welcome, at(200))).toBe(60 * MINUTE);
    expect(readMeeting(doc)).toMatchObject({
      currentItemId: null,
      endedAt: "2025-03-10T10:10:00.000Z",
      runningSince: null,
    });
    expect(states(doc)).toEqual(["done", "pending", "pending"]);
  });

  it("never runs backwards for a reader whose clock is behind the writer's", () => {
    const doc = buildDocument();
    startMeeting(doc, at(10));
    expect(meetingElapsedMs(doc, at(9))).toBe(0);
  });

  it("reads garbage in the meeting map as empty values", () => {
    const doc = buildDocument();
    const map = meetingMap(doc);
    map.set("startedAt", "yesterday");
    map.set("currentItemId", 7);
    map.set("accumulatedMs", -50);
    map.set("speakingParticipantId", "someone");
    const elapsed = map.get("elapsed");
    if (!(elapsed instanceof Y.Map)) throw new Error("elapsed map missing");
    elapsed.set("not-a-uuid", 5);
    elapsed.set(ITEM.plan, "a lot");
    elapsed.set(ITEM.welcome, 1500);
    expect(readMeeting(doc)).toEqual({
      currentItemId: null,
      startedAt: null,
      pausedAt: null,
      endedAt: null,
      runningSince: null,
      accumulatedMs: 0,
      elapsedMs: { [ITEM.welcome]: 1500 },
      speakingParticipantId: null,
    });
    expect(meetingElapsedMs(doc, at(10))).toBe(0);
  });
});
